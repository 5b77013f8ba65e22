package org.dicu.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

final class LanguageTest {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  static Stream<String> isoLanguageCodes() {
    return Arrays.stream(Locale.getISOLanguages());
  }

  @ParameterizedTest
  @ValueSource(strings = {"vi", "VI", " vi ", "Vi", "vie", "VIE", "Vie"})
  void shouldReadVietnameseFromEitherCodeInAnyCase(String code) {
    Language vietnamese = Language.parse(code).orElseThrow();

    assertThat(vietnamese.getCode()).isEqualTo("vi");
    assertThat(vietnamese.getAlpha3()).isEqualTo("vie");
    assertThat(vietnamese.getName(Locale.ENGLISH)).isEqualTo("Vietnamese");
    assertThat(vietnamese.getName(VIETNAMESE)).isEqualTo("Tiếng Việt");
  }

  @ParameterizedTest
  @ValueSource(strings = {"hmn", "HMN", " Hmn "})
  void shouldReadHmongWhichHasOnlyAThreeLetterCode(String code) {
    Language hmong = Language.parse(code).orElseThrow();

    assertThat(hmong.getCode()).isEqualTo("hmn");
    assertThat(hmong.getAlpha3()).isEqualTo("hmn");
    assertThat(hmong.getName(Locale.ENGLISH)).isEqualTo("Hmong");
    assertThat(hmong.getName(VIETNAMESE)).isNotEqualTo("hmn").isNotBlank();
  }

  @Test
  void shouldReadKhmerAndItsThreeLetterCode() {
    Language khmer = Language.parse("km").orElseThrow();

    assertThat(khmer.getAlpha3()).isEqualTo("khm");
    assertThat(Language.parse("khm")).contains(khmer);
    assertThat(khmer.getName(Locale.ENGLISH)).isEqualTo("Khmer");
  }

  @Test
  void shouldReadWithdrawnCodesAsTheirReplacements() {
    assertThat(Language.parse("iw")).map(Language::getCode).contains("he");
    assertThat(Language.parse("in")).map(Language::getCode).contains("id");
    assertThat(Language.parse("heb")).map(Language::getCode).contains("he");
  }

  @ParameterizedTest
  @MethodSource("isoLanguageCodes")
  void shouldReadEveryTwoLetterCodeOfTheJdkAndItsThreeLetterCode(String code) {
    Language language = Language.parse(code).orElseThrow();

    assertThat(language.getCode()).hasSize(2);
    assertThat(language.getAlpha3()).hasSize(3).isEqualTo(new Locale(code).getISO3Language());
    assertThat(Language.parse(language.getAlpha3())).contains(language);
    assertThat(Language.parse(language.toString())).contains(language);
    assertThat(Language.parse(code.toUpperCase(Locale.ROOT))).contains(language);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        " ", "x", "xx", "XX", "zz", "xxx", "qaa", "und", "vien", "v1", "vi-VN", "v i", "vı", "ví"
      })
  void shouldFindNoLanguageForBadCodes(String code) {
    assertThat(Language.parse(code)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"az, aze", "AZ, aze", "aze, aze", "za, zha", "ZA, zha", "Zha, zha"})
  void shouldReadCodesWithTheFirstAndLastLettersOfTheAlphabet(String code, String alpha3) {
    assertThat(Language.parse(code)).map(Language::getAlpha3).contains(alpha3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u212Am", "\u212Ahm", "v\u0130", "@z", "[a", "`a", "{z"})
  void shouldNotTakeOtherCharactersForTheLettersOfACode(String code) {
    // the Kelvin sign turns into k, and dotted capital I into i, when the letter case is changed
    assertThat(Language.parse(code)).isEmpty();
  }

  @Test
  void shouldGiveEveryLanguageItsOwnHashCode() {
    assertThat(isoLanguageCodes().map(Language::parse).map(Optional::orElseThrow).distinct())
        .extracting(Language::hashCode)
        .doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fre", "ger", "gre", "chi", "cze", "per", "tib", "wel"})
  void shouldNotTakeBibliographicCodesForLanguagesOfTheirOwn(String code) {
    assertThat(Language.parse(code)).isEmpty();
  }

  @Test
  void shouldReadTerminologyCodesOfTheSameLanguages() {
    assertThat(Language.parse("fra")).map(Language::getCode).contains("fr");
    assertThat(Language.parse("deu")).map(Language::getCode).contains("de");
    assertThat(Language.parse("ell")).map(Language::getCode).contains("el");
    assertThat(Language.parse("zho")).map(Language::getCode).contains("zh");
  }

  @Test
  void shouldBeEqualByCanonicalCodeAndPrintIt() {
    Language vietnamese = Language.parse("vi").orElseThrow();

    assertThat(vietnamese)
        .isEqualTo(Language.parse("VIE").orElseThrow())
        .hasSameHashCodeAs(Language.parse("vie").orElseThrow())
        .isNotEqualTo(Language.parse("km").orElseThrow())
        .isNotEqualTo("vi")
        .hasToString("vi");
    assertThat(Language.parse("hmn").orElseThrow())
        .isEqualTo(Language.parse("HMN").orElseThrow())
        .hasToString("hmn");
  }

  @Test
  void shouldRejectANullLocaleForTheName() {
    Language vietnamese = Language.parse("vi").orElseThrow();

    assertThatThrownBy(() -> vietnamese.getName(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("locale");
  }
}
