package org.dicu.core.casework;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks, in the {@link org.dicu.core.validation.Completeness} group, that a trafficking case has the fields HTCDS 2.0 marks as core.
 *
 * <p>Each broken rule is reported on the offending property with its own rule code (see
 * {@link org.dicu.core.validation.Rule}). {@code null} is considered valid.
 */
@Documented
@Constraint(validatedBy = CaseCompletenessValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CaseCompleteness {

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
