package org.dicu.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.dicu.core.code.CodeList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class CtdcAgeBandTest {

  private final CodeList<CtdcAgeBand> bands = CodeList.of(CtdcAgeBand.class);

  /** Ages on and around the band edges of the CTDC 2024 codebook, and their {@code ageBroad}. */
  static Stream<Arguments> edges() {
    return Stream.of(
        Arguments.of(0, "0--8"),
        Arguments.of(8, "0--8"),
        Arguments.of(9, "9--17"),
        Arguments.of(17, "9--17"),
        Arguments.of(18, "18--20"),
        Arguments.of(20, "18--20"),
        Arguments.of(21, "21--23"),
        Arguments.of(23, "21--23"),
        Arguments.of(24, "24--26"),
        Arguments.of(26, "24--26"),
        Arguments.of(27, "27--29"),
        Arguments.of(29, "27--29"),
        Arguments.of(30, "30--38"),
        Arguments.of(38, "30--38"),
        Arguments.of(39, "39--47"),
        Arguments.of(47, "39--47"),
        Arguments.of(48, "48+"),
        Arguments.of(120, "48+"),
        Arguments.of(Integer.MAX_VALUE, "48+"));
  }

  /** Each band's edges, written from the codebook's values. */
  static Stream<Arguments> ranges() {
    return Stream.of(
        Arguments.of("0--8", 0, OptionalInt.of(8)),
        Arguments.of("9--17", 9, OptionalInt.of(17)),
        Arguments.of("18--20", 18, OptionalInt.of(20)),
        Arguments.of("21--23", 21, OptionalInt.of(23)),
        Arguments.of("24--26", 24, OptionalInt.of(26)),
        Arguments.of("27--29", 27, OptionalInt.of(29)),
        Arguments.of("30--38", 30, OptionalInt.of(38)),
        Arguments.of("39--47", 39, OptionalInt.of(47)),
        Arguments.of("48+", 48, OptionalInt.empty()));
  }

  @Test
  void shouldUseTheCodebookValuesInOrder() {
    assertThat(CtdcAgeBand.values())
        .extracting(CtdcAgeBand::getCode)
        .containsExactly(
            "0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+");
  }

  @ParameterizedTest(name = "{0} years -> {1}")
  @MethodSource("edges")
  void shouldPutAnAgeInTheBandWhoseEdgesIncludeIt(int years, String code) {
    assertThat(CtdcAgeBand.forAge(years)).map(CtdcAgeBand::getCode).contains(code);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, -18, Integer.MIN_VALUE})
  void shouldPutNoNegativeAgeInABand(int years) {
    assertThat(CtdcAgeBand.forAge(years)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("ranges")
  void shouldReportTheInclusiveEdgesOfEachBand(String code, int minimum, OptionalInt maximum) {
    CtdcAgeBand band = bands.findByCode(code).orElseThrow();

    assertThat(band.getMinimumAge()).isEqualTo(minimum);
    assertThat(band.getMaximumAge()).isEqualTo(maximum);
  }

  @Test
  void shouldPutEveryAgeUpToOneHundredAndFiftyInExactlyOneBand() {
    for (int years = 0; years <= 150; years++) {
      int age = years;
      long holding =
          Stream.of(CtdcAgeBand.values())
              .filter(band -> band.getMinimumAge() <= age)
              .filter(band -> band.getMaximumAge().orElse(Integer.MAX_VALUE) >= age)
              .count();
      assertThat(holding).as("bands holding %d years", age).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(CtdcAgeBand.class)
  void shouldFindEachBandByItsCodeAndEnglishLabel(CtdcAgeBand band) {
    assertThat(bands.findByCode(band.getCode())).contains(band);
    assertThat(bands.find(band.getLabelEn())).contains(band);
    assertThat(band.getLabelVi()).contains("tuổi").isNotEqualTo(band.getLabelEn());
  }

  @Test
  void shouldLabelBandsWithAnEnDash() {
    assertThat(CtdcAgeBand.AGE_0_8.getLabelEn()).isEqualTo("0–8 years");
    assertThat(CtdcAgeBand.AGE_0_8.getLabel(Locale.forLanguageTag("vi"))).isEqualTo("0–8 tuổi");
    assertThat(CtdcAgeBand.AGE_48_PLUS.getLabelVi()).isEqualTo("Từ 48 tuổi trở lên");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0-8", "0 -- 8", "48", "48 +", "", "17"})
  void shouldFindNoBandForOtherSpellings(String text) {
    assertThat(bands.findByCode(text)).isEmpty();
    assertThat(bands.findIgnoringCase(text)).isEmpty();
  }
}
