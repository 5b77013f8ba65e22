package org.dicu.core.gcm;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks the cross-field rules of a GCM progress report: its period in order and the agency that prepared it known.
 *
 * <p>Each broken rule is reported on the offending property with its own rule code (see
 * {@link org.dicu.core.validation.Rule}). {@code null} is considered valid.
 */
@Documented
@Constraint(validatedBy = ReportRulesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReportRules {

  /**
   * Returns the message template; each broken rule uses its own.
   *
   * @return the message template
   */
  String message() default "{dicu.rules}";

  /**
   * Returns the validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
