package org.dicu.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The value style of every dicu type: JavaBean accessors ({@code getId()}, {@code isDeceased()}) so
 * that Bean Validation sees them as properties, builder methods without prefix, no Guava, and
 * depluralised {@code add*} methods. Builders have a public constructor ({@code new
 * ImmutableX.Builder()}), so that data-binding libraries need no deep reflection into the module.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    jdkOnly = true,
    depluralize = true,
    builder = "new",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
public @interface DicuStyle {}
