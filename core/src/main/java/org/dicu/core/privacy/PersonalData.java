package org.dicu.core.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an accessor whose value is personal data: a name, birth date, identity number, phone,
 * email, address or free-text narrative about a person.
 *
 * <p>Marked values are redacted in {@code toString()}, never copied into validation messages or
 * exception messages, and removed by de-identification.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PersonalData {}
