package org.dicu.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

final class PartialDateTest {

  @ParameterizedTest
  @CsvSource({
    "1998, YEAR, 1998-01-01, 1998-12-31",
    "1998-07, MONTH, 1998-07-01, 1998-07-31",
    "2000-02, MONTH, 2000-02-01, 2000-02-29",
    "1998-07-15, DAY, 1998-07-15, 1998-07-15"
  })
  void shouldParseEachPrecisionAndWriteItBack(
      String text, PartialDate.Precision precision, LocalDate earliest, LocalDate latest) {
    PartialDate date = PartialDate.parse(text).orElseThrow();
    assertThat(date.getPrecision()).isEqualTo(precision);
    assertThat(date.getEarliest()).isEqualTo(earliest);
    assertThat(date.getLatest()).isEqualTo(latest);
    assertThat(date.toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "98", "1998-7", "1998-13", "2023-02-30", "1998-07-15T00:00",
      "0000", "15/07/1998", "１９９８", "1998-07-15 "})
  void shouldGiveEmptyForAnythingElse(String text) {
    assertThat(PartialDate.parse(text)).isEmpty();
  }

  @Test
  void shouldGiveTheRangeOfPossibleAges() {
    LocalDate day = LocalDate.of(2024, 3, 1);
    assertThat(PartialDate.ofYear(1998).ageOn(day).getYoungest()).isEqualTo(25);
    assertThat(PartialDate.ofYear(1998).ageOn(day).getOldest()).isEqualTo(26);
    assertThat(PartialDate.ofYearMonth(1998, 2).ageOn(day).contains(26)).isTrue();
    assertThat(PartialDate.ofYearMonth(1998, 2).ageOn(day).contains(25)).isFalse();
    assertThat(PartialDate.of(LocalDate.of(1998, 3, 2)).ageOn(day).toString()).isEqualTo("25");
  }

  @Test
  void shouldGiveNegativeAgesBeforeBirth() {
    PartialDate birth = PartialDate.of(LocalDate.of(2000, 6, 15));
    assertThat(birth.ageOn(LocalDate.of(2000, 1, 1)).getOldest()).isEqualTo(-1);
    assertThat(birth.ageOn(LocalDate.of(1998, 6, 15)).getOldest()).isEqualTo(-2);
    assertThat(birth.ageOn(LocalDate.of(2000, 6, 15)).getOldest()).isZero();
    assertThat(birth.ageOn(LocalDate.of(2001, 6, 14)).getOldest()).isZero();
  }

  @Test
  void shouldBeCertainlyAfterADayOnlyWhenItsEarliestDayIs() {
    assertThat(PartialDate.ofYear(2024).isCertainlyAfter(LocalDate.of(2023, 12, 31))).isTrue();
    assertThat(PartialDate.ofYear(2024).isCertainlyAfter(LocalDate.of(2024, 6, 1))).isFalse();
  }

  @Test
  void shouldCompareByDayAndPrecision() {
    assertThat(PartialDate.ofYear(1998)).isEqualTo(PartialDate.parse("1998").orElseThrow())
        .hasSameHashCodeAs(PartialDate.parse("1998").orElseThrow())
        .isNotEqualTo(PartialDate.of(LocalDate.of(1998, 1, 1)));
  }

  @Test
  void shouldRefuseYearsOutOfRange() {
    assertThatThrownBy(() -> PartialDate.ofYear(0)).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> PartialDate.ofYearMonth(2000, 13))
        .isInstanceOf(DateTimeException.class);
  }
}
