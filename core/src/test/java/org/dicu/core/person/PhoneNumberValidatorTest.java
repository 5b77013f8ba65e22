package org.dicu.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class PhoneNumberValidatorTest {

  private final PhoneNumberValidator validator = new PhoneNumberValidator();

  @ParameterizedTest
  @ValueSource(strings = {"+84912345678", "+842438253536", "+8613800138000", "+14155552671"})
  void shouldAcceptValidE164Numbers(String number) {
    assertThat(validator.isValid(number, null)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0912345678", "84912345678", "+84 912 345 678", "+8412", "+84000000000",
      "+0912345678", "", "phone", "+849123456789012345"})
  void shouldRejectAnythingElse(String number) {
    assertThat(validator.isValid(number, null)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void shouldConsiderNullValid() {
    assertThat(validator.isValid(null, null)).isTrue();
    assertThat(PhoneNumberValidator.isValidE164(null)).isFalse();
  }
}
