package org.dicu.serialization.stream;

import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The methods of builders as lambdas, which the direct way calls instead of invoking them by
 * reflection, an array of arguments and two more calls for every property of every record.
 */
final class Setters {

  private static final MethodType FACTORY = MethodType.methodType(BiFunction.class);
  private static final MethodType APPLY =
      MethodType.methodType(Object.class, Object.class, Object.class);
  /**
   * The lambda of each method met so far, or none: Jackson makes a property again at each step of
   * resolving it, and each lambda is a class of its own.
   */
  private static final Map<Method, Optional<BiFunction<Object, Object, Object>>> LAMBDAS =
      new ConcurrentHashMap<>();

  private Setters() {}

  /**
   * The lambda of the method that sets a property, when it is a builder's: one that takes the
   * value and returns the builder.
   *
   * @return the lambda, or null when the member is no such method or this module cannot link to
   *     it; the property is then set by reflection
   */
  static BiFunction<Object, Object, Object> of(AnnotatedMember member) {
    return member instanceof AnnotatedMethod ? of(((AnnotatedMethod) member).getAnnotated()) : null;
  }

  /**
   * The lambda of a builder method that takes one value and returns the builder.
   *
   * @return the lambda, or null when the method is no such method or this module cannot link to
   *     it
   */
  static BiFunction<Object, Object, Object> of(Method method) {
    return LAMBDAS.computeIfAbsent(method, m -> Optional.ofNullable(lambdaOf(m))).orElse(null);
  }

  @SuppressWarnings("unchecked")
  private static BiFunction<Object, Object, Object> lambdaOf(Method method) {
    if (method.getParameterCount() != 1 || method.getReturnType() == void.class
        || !Modifier.isPublic(method.getModifiers())
        || !Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
      return null;
    }
    try {
      MethodHandle handle = MethodHandles.publicLookup().unreflect(method);
      return (BiFunction<Object, Object, Object>) LambdaMetafactory.metafactory(
          MethodHandles.lookup(), "apply", FACTORY, APPLY, handle, handle.type().wrap())
          .getTarget().invokeExact();
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      return null;
    }
  }
}
