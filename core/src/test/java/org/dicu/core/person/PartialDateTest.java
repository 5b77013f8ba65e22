package org.dicu.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import java.util.regex.Pattern;
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
    "1998-07-15, DAY, 1998-07-15, 1998-07-15",
    "0001, YEAR, 0001-01-01, 0001-12-31",
    "0999-03, MONTH, 0999-03-01, 0999-03-31"
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
      "0000", "15/07/1998", "１９９８", "1998-07-15 ", "19980715", "1998+07", "1998-07-1x",
      "-998", "1998--07", "1998-07-", "٢٠٢٤"})
  void shouldGiveEmptyForAnythingElse(String text) {
    assertThat(PartialDate.parse(text)).isEmpty();
  }

  @Test
  void shouldParseTheTextsOfTheThreeFormsThatAreRealDatesAndNothingElse() {
    Pattern forms = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");
    Random random = new Random(20261122);
    int parsed = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int length = random.nextInt(12); text.length() < length; ) {
        int at = text.length();
        boolean shaped = random.nextInt(10) > 0;
        text.append(shaped && (at == 4 || at == 7) ? '-'
            : shaped ? (char) ('0' + random.nextInt(at == 5 || at == 8 ? 4 : 10))
            : "-x 9".charAt(random.nextInt(4)));
      }
      String candidate = text.toString();
      boolean real = forms.matcher(candidate).matches() && isRealDate(candidate);
      if (real) {
        assertThat(PartialDate.parse(candidate).map(PartialDate::toString)).as(candidate)
            .contains(candidate);
        parsed++;
      } else {
        assertThat(PartialDate.parse(candidate)).as(candidate).isEmpty();
      }
    }
    assertThat(parsed).isGreaterThan(1_000);
  }

  /** Whether a text of one of the three forms names a year from 1 and a day that exists. */
  private static boolean isRealDate(String text) {
    int year = Integer.parseInt(text.substring(0, 4));
    int month = text.length() > 4 ? Integer.parseInt(text.substring(5, 7)) : 1;
    int day = text.length() > 7 ? Integer.parseInt(text.substring(8, 10)) : 1;
    return year >= 1 && month >= 1 && month <= 12 && day >= 1
        && day <= YearMonth.of(year, month).lengthOfMonth();
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
