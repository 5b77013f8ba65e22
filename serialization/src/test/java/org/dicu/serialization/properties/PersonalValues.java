package org.dicu.serialization.properties;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dicu.core.privacy.PersonalProperties;

/**
 * Collects the personal data of a record: the text of every value held by a property marked
 * {@code @PersonalData} (as {@link PersonalProperties} tells), at any depth, and of every value
 * inside such a property (the parts of a mailing address, say).
 */
public final class PersonalValues {

  private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
    @Override
    protected List<Method> computeValue(Class<?> type) {
      return Arrays.stream(type.getMethods())
          .filter(method -> method.getParameterCount() == 0
              && !Modifier.isStatic(method.getModifiers())
              && method.getDeclaringClass() != Object.class
              && (method.getName().startsWith("get") || method.getName().startsWith("is")))
          .sorted(Comparator.comparing(Method::getName))
          .collect(Collectors.toUnmodifiableList());
    }
  };

  private PersonalValues() {}

  /**
   * Returns the personal values of a record or of a part of one.
   *
   * @param record  the record, not null
   * @return the text of each personal value, in a stable order
   */
  public static Set<String> of(Object record) {
    Set<String> values = new LinkedHashSet<>();
    collect(record, false, values);
    return values;
  }

  private static boolean isModel(Object value) {
    return value.getClass().getPackageName().startsWith("org.dicu.core.")
        && value.getClass().getSimpleName().startsWith("Immutable");
  }

  private static void collect(Object value, boolean personal, Set<String> values) {
    if (value == null) {
      return;
    }
    if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(present -> collect(present, personal, values));
    } else if (value instanceof Collection) {
      ((Collection<?>) value).forEach(element -> collect(element, personal, values));
    } else if (isModel(value)) {
      for (Method accessor : ACCESSORS.get(value.getClass())) {
        boolean marked = PersonalProperties.isPersonal(value, property(accessor.getName()));
        collect(invoke(accessor, value), personal || marked, values);
      }
    } else if (personal) {
      values.add(value.toString());
    }
  }

  private static String property(String accessor) {
    String rest = accessor.substring(accessor.startsWith("get") ? 3 : 2);
    return rest.isEmpty() ? accessor : Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
  }

  private static Object invoke(Method accessor, Object target) {
    try {
      return accessor.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor.getName(), e);
    }
  }
}
