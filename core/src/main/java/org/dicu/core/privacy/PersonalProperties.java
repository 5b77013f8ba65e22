package org.dicu.core.privacy;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells which properties of a model type hold personal data, from {@link PersonalData} on their
 * accessors; an Immutables implementation class answers for its abstract type.
 */
public final class PersonalProperties {

  private static final ClassValue<Set<String>> PERSONAL =
      new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
          Set<String> names = new HashSet<>();
          collect(type, names);
          return Set.copyOf(names);
        }
      };

  private PersonalProperties() {}

  /**
   * Checks whether a property of a bean holds personal data; unknown beans are treated as personal.
   *
   * @param bean  the bean, may be null
   * @param property  the property name, may be null
   * @return true if the value must not be shown
   */
  public static boolean isPersonal(Object bean, String property) {
    if (bean == null || property == null) {
      return true;
    }
    return PERSONAL.get(bean.getClass()).contains(property);
  }

  /**
   * Returns the names of the personal-data properties of a type and its supertypes.
   *
   * @param type  the type, not null
   * @return the property names, may be empty
   */
  public static Set<String> of(Class<?> type) {
    return PERSONAL.get(type);
  }

  private static void collect(Class<?> type, Set<String> names) {
    if (type == null || type == Object.class) {
      return;
    }
    for (Method method : type.getDeclaredMethods()) {
      if (method.isAnnotationPresent(PersonalData.class)) {
        names.add(propertyName(method.getName()));
      }
    }
    collect(type.getSuperclass(), names);
    for (Class<?> parent : type.getInterfaces()) {
      collect(parent, names);
    }
  }

  private static String propertyName(String accessor) {
    int prefix = accessor.startsWith("get") ? 3 : accessor.startsWith("is") ? 2 : 0;
    String rest = accessor.substring(prefix);
    return rest.isEmpty() ? accessor : Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
  }
}
