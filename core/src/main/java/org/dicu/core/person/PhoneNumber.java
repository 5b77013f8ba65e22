package org.dicu.core.person;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks that a string is a valid phone number in E.164 form ({@code +} and the country code,
 * such as {@code +84912345678}), as libphonenumber's metadata defines valid numbers.
 *
 * <p>Supported type: {@code String}. {@code null} is considered valid.
 */
@Documented
@Constraint(validatedBy = PhoneNumberValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(PhoneNumber.List.class)
public @interface PhoneNumber {

  /**
   * Returns the message template.
   *
   * @return the message template
   */
  String message() default "{dicu.person.phone-invalid}";

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

  /** Several {@link PhoneNumber} constraints on the same element. */
  @Documented
  @Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
  @Retention(RetentionPolicy.RUNTIME)
  @interface List {
    /**
     * Returns the constraints.
     *
     * @return the constraints
     */
    PhoneNumber[] value();
  }
}
