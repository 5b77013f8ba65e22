package org.dicu.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.dicu.core.code.CodeList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class EducationLevelTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Bachelor’s or Equivalent Level | BachelorsOrEquivalentLevel",
        "Bachelor's or Equivalent Level | BachelorsOrEquivalentLevel",
        "Master’s or Equivalent Level | MastersOrEquivalentLevel",
        "Master's or Equivalent Level | MastersOrEquivalentLevel"
      })
  void shouldAcceptTypographicAndPlainApostrophes(String label, String code) {
    assertThat(CodeList.of(EducationLevel.class).find(label).map(EducationLevel::getCode))
        .contains(code);
  }
}
