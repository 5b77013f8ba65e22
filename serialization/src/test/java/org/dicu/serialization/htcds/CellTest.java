package org.dicu.serialization.htcds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dicu.core.code.Country;
import org.dicu.core.code.IsicSection;
import org.dicu.core.code.Language;
import org.dicu.core.person.PartialDate;
import org.dicu.core.validation.Issue;
import org.dicu.core.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class CellTest {

  private final RowContext row =
      new RowContext(7, new RowLayout(true, true), new CsvIssues(Locale.ENGLISH));

  private Cell cell(HtcdsColumn column, String text) {
    return new Cell(row, column, text);
  }

  private List<String> codes() {
    return row.issues.stream().map(Issue::getCode).collect(Collectors.toList());
  }

  static Stream<Arguments> dates() {
    return Stream.of(
        Arguments.of("2024-09-20", LocalDate.of(2024, 9, 20), List.of()),
        Arguments.of("20/09/2024", LocalDate.of(2024, 9, 20), List.of("csv.date-day-month-year")),
        Arguments.of("5/1/2024", LocalDate.of(2024, 1, 5), List.of("csv.date-day-month-year")),
        Arguments.of("2024-02-30", null, List.of("csv.bad-date")),
        Arguments.of("30/02/2024", null, List.of("csv.bad-date")),
        Arguments.of("2024", null, List.of("csv.bad-date")),
        Arguments.of("2024/09/20", null, List.of("csv.bad-date")),
        Arguments.of("hôm qua", null, List.of("csv.bad-date")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dates")
  void shouldReadIsoDatesAndDayFirstDatesWithAWarning(String text, LocalDate expected,
      List<String> issues) {
    assertThat(cell(HtcdsColumn.CAS_OUTGOING_REFERRAL_DATE, text).date())
        .isEqualTo(Optional.ofNullable(expected));
    assertThat(codes()).isEqualTo(issues);
  }

  @Test
  void shouldLocateDateProblemsAtTheOutgoingReferral() {
    cell(HtcdsColumn.CAS_OUTGOING_REFERRAL_DATE, "20/09/2024").date();

    assertThat(row.issues).extracting(Issue::getLine, Issue::getColumn, Issue::getLocation,
            Issue::getValue, Issue::getSeverity)
        .containsExactly(tuple(Optional.of(7L), Optional.of("cas_OutgoingReferralDate"),
            "/referrals/1/date", Optional.of("20/09/2024"), Severity.WARNING));
  }

  @ParameterizedTest
  @CsvSource({"1998, 1998", "1998-07, 1998-07", "1998-07-15, 1998-07-15",
      "15/07/1998, 1998-07-15"})
  void shouldReadBirthDatesKnownToTheYearMonthOrDay(String text, String expected) {
    assertThat(cell(HtcdsColumn.PRS_BIRTHDATE, text).partialDate())
        .isEqualTo(PartialDate.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"98", "1998-7", "31/02/1998", "07/1998"})
  void shouldReportBadBirthDatesWithoutTheirValue(String text) {
    assertThat(cell(HtcdsColumn.PRS_BIRTHDATE, text).partialDate()).isEmpty();
    assertThat(row.issues).singleElement().satisfies(issue -> {
      assertThat(issue.getCode()).isEqualTo("csv.bad-date");
      assertThat(issue.getValue()).isEmpty();
      assertThat(issue.getMessage()).doesNotContain(text);
    });
  }

  @ParameterizedTest
  @CsvSource({"true, true", "TRUE, true", "Yes, true", "1, true", "có, true", "Có, true",
      "co, true", "đúng, true", "x, true", "false, false", "FALSE, false", "no, false",
      "0, false", "không, false", "KHÔNG, false", "sai, false"})
  void shouldReadCheckboxes(String text, boolean expected) {
    assertThat(cell(HtcdsColumn.CON_CONSENT, text).bool()).contains(expected);
    assertThat(row.issues).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"maybe", "2", "ok", "-"})
  void shouldReportWhatIsNotACheckbox(String text) {
    assertThat(cell(HtcdsColumn.PRS_DECEASED, text).bool()).isEmpty();
    assertThat(codes()).containsExactly("csv.bad-boolean");
  }

  @ParameterizedTest
  @CsvSource({"3, 3", "3.0, 3", "0, 0", "-1, -1", "+2, 2"})
  void shouldReadWholeNumbers(String text, int expected) {
    assertThat(cell(HtcdsColumn.PRS_NUMBER_OF_CHILDREN, text).integer()).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.5", "ba", "1e3", "99999999999"})
  void shouldReportWhatIsNotAWholeNumber(String text) {
    assertThat(cell(HtcdsColumn.VIC_AGE_WHEN_TRAFFICKED, text).integer()).isEmpty();
    assertThat(codes()).containsExactly("csv.bad-number");
  }

  @ParameterizedTest
  @CsvSource({"VN, VN, ''", "vn, VN, ''", "VNM, VN, csv.country-not-alpha2",
      "Việt Nam, VN, csv.country-not-alpha2", "viet nam, VN, csv.country-not-alpha2",
      "Vietnam, VN, csv.country-not-alpha2",
      "Korea (Democratic People's Republic of), KP, csv.country-not-alpha2",
      "Trung Quốc, CN, csv.country-not-alpha2"})
  void shouldReadCountriesAndWarnAboutNamesAndAlpha3Codes(String text, String alpha2,
      String issue) {
    assertThat(cell(HtcdsColumn.PRS_MAILING_COUNTRY, text).country())
        .contains(Country.ofAlpha2(alpha2).orElseThrow());
    assertThat(codes()).isEqualTo(issue.isEmpty() ? List.of() : List.of(issue));
  }

  @Test
  void shouldReadSeveralCountriesWithoutRepeatsAndReportTheUnknownOne() {
    List<Country> countries = cell(HtcdsColumn.PRS_CITIZENSHIP, "VN; Lào;VN ; XX").countries();

    assertThat(countries).extracting(Country::getAlpha2).containsExactly("VN", "LA");
    assertThat(row.issues).extracting(Issue::getCode, Issue::getLocation, Issue::getValue)
        .containsExactly(
            tuple("csv.country-not-alpha2", "/person/citizenship/1", Optional.of("Lào")),
            tuple("csv.bad-country", "/person/citizenship/3", Optional.of("XX")));
  }

  @Test
  void shouldReadLanguageCodesOnly() {
    assertThat(cell(HtcdsColumn.PRS_PRIMARY_LANGUAGE, "VIE").language())
        .contains(Language.parse("vi").orElseThrow());
    assertThat(cell(HtcdsColumn.PRS_SECONDARY_LANGUAGE, "Tiếng Việt").language()).isEmpty();
    assertThat(row.issues).extracting(Issue::getCode, Issue::getMessage)
        .containsExactly(tuple("csv.unknown-code",
            "is not a value of ISO 639; the value is left out"));
  }

  @Test
  void shouldKeepTheWholeCellWhenItIsOneValueContainingASemicolon() {
    assertThat(cell(HtcdsColumn.VIC_FORCED_LABOUR_INDUSTRY,
            "Water supply; sewerage, waste management and remediation")
        .code(IsicSection.class))
        .contains(IsicSection.E_WATER_SUPPLY_SEWERAGE_WASTE_MANAGEMENT);
    assertThat(row.issues).isEmpty();
  }
}
