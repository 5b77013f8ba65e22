package org.dicu.core.casework;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks the cross-field domain rules of a trafficking case: dates in order and not in the future, age and child status, what a decided trafficking status needs, closure, consent for referrals, Art. 37 entitlements and the agencies referenced.
 *
 * <p>Each broken rule is reported on the offending property with its own rule code (see
 * {@link org.dicu.core.validation.Rule}). {@code null} is considered valid.
 */
@Documented
@Constraint(validatedBy = CaseRulesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CaseRules {

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
