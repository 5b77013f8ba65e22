package org.dicu.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Keeps Expression Language out of validation messages, a known injection risk. */
final class MessageInterpolationTest {

  @Test
  void shouldInterpolateFromParametersOnly() throws ReflectiveOperationException {
    Class<?> factory = null;
    for (Class<?> nested : DicuValidator.class.getDeclaredClasses()) {
      if (nested.getSimpleName().equals("Factory")) {
        factory = nested;
      }
    }
    assertThat(factory).as("DicuValidator.Factory").isNotNull();
    Field interpolator = factory.getDeclaredField("INTERPOLATOR");
    interpolator.setAccessible(true);
    assertThat(interpolator.get(null)).isInstanceOf(ParameterMessageInterpolator.class);
  }

  @Test
  void shouldHaveNoExpressionLanguageOnTheClassPath() {
    assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
