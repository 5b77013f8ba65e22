package org.dicu.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

final class CountryTest {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final Set<String> ISO_ALPHA3 =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

  static Stream<String> isoAlpha2Codes() {
    return Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream().sorted();
  }

  /** The alpha-3 code the JDK gives, if it gives a current one. */
  private static Optional<String> jdkAlpha3(String alpha2) {
    try {
      String alpha3 = new Locale("", alpha2).getISO3Country();
      return ISO_ALPHA3.contains(alpha3) ? Optional.of(alpha3) : Optional.empty();
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /** Names in the JDK's Vietnamese locale data of Viet Nam and its neighbours. */
  static Stream<Arguments> vietnameseNames() {
    return Stream.of(
        Arguments.of("VN", "Việt Nam"),
        Arguments.of("CN", "Trung Quốc"),
        Arguments.of("LA", "Lào"),
        Arguments.of("KH", "Campuchia"),
        Arguments.of("TH", "Thái Lan"),
        Arguments.of("KR", "Hàn Quốc"),
        Arguments.of("JP", "Nhật Bản"));
  }

  @ParameterizedTest
  @MethodSource("isoAlpha2Codes")
  void shouldRoundTripEveryIsoCountryThroughItsAlpha3Code(String alpha2) {
    Optional<String> alpha3 = jdkAlpha3(alpha2);
    Optional<Country> country = Country.ofAlpha2(alpha2);

    if (alpha3.isEmpty()) {
      assertThat(country).as("%s has no current alpha-3 code in this JDK", alpha2).isEmpty();
      return;
    }
    assertThat(country).map(Country::getAlpha2).contains(alpha2);
    assertThat(country.orElseThrow().getAlpha3()).isEqualTo(alpha3.orElseThrow());
    assertThat(Country.ofAlpha3(alpha3.orElseThrow())).isEqualTo(country);
    assertThat(Country.parse(alpha2.toLowerCase(Locale.ROOT))).isEqualTo(country);
  }

  @Test
  void shouldListEveryIsoCountryOnceInCodeOrder() {
    List<String> codes =
        Country.all().stream().map(Country::getAlpha2).collect(Collectors.toList());

    assertThat(codes).hasSizeGreaterThanOrEqualTo(249).isSorted().doesNotHaveDuplicates();
    assertThat(Country.all()).extracting(Country::getAlpha3).doesNotHaveDuplicates();
    assertThat(codes)
        .containsExactlyElementsOf(
            isoAlpha2Codes()
                .filter(code -> jdkAlpha3(code).isPresent())
                .collect(Collectors.toList()));
    assertThatThrownBy(() -> Country.all().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void shouldLeaveOutCodesWithoutACurrentAlpha3Code() {
    assertThat(Country.alpha3Of("AN", ISO_ALPHA3)).as("JDK throws for AN").isEmpty();
    assertThat(Country.alpha3Of("VN", Set.of("LAO"))).as("VNM withdrawn").isEmpty();
    assertThat(Country.alpha3Of("VN", ISO_ALPHA3)).contains("VNM");
    assertThat(Country.ofAlpha2("AN")).isEmpty();
    assertThat(Country.ofAlpha3("ANT")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("vietnameseNames")
  void shouldNameNeighboursInVietnameseDifferentlyFromEnglish(String alpha2, String name) {
    Country country = Country.ofAlpha2(alpha2).orElseThrow();

    assertThat(country.getName(VIETNAMESE)).isEqualTo(name);
    assertThat(country.getName(Locale.forLanguageTag("vi-VN"))).isEqualTo(name);
    assertThat(country.getName(Locale.ENGLISH)).isNotBlank().isNotEqualTo(name);
  }

  @Test
  void shouldNameMalaysiaInVietnameseAsInEnglish() {
    Country malaysia = Country.ofAlpha2("MY").orElseThrow();

    assertThat(malaysia.getName(VIETNAMESE)).isEqualTo("Malaysia");
    assertThat(malaysia.getName(Locale.ENGLISH)).isEqualTo("Malaysia");
    assertThat(malaysia.getAlpha3()).isEqualTo("MYS");
  }

  @Test
  void shouldNameVietNamInEnglish() {
    assertThat(Country.ofAlpha2("VN").orElseThrow().getName(Locale.ENGLISH)).isEqualTo("Vietnam");
  }

  @ParameterizedTest
  @ValueSource(strings = {"vn", "VN ", " Vn", "vnm", "VNM", " vNm "})
  void shouldParseEitherCodeInAnyCase(String code) {
    assertThat(Country.parse(code)).map(Country::getAlpha2).contains("VN");
  }

  @Test
  void shouldReadCodesExactlyWhenAskedForOneKind() {
    assertThat(Country.ofAlpha2("VN")).map(Country::getAlpha3).contains("VNM");
    assertThat(Country.ofAlpha3("KHM")).map(Country::getAlpha2).contains("KH");
    assertThat(Country.ofAlpha2("vn")).isEmpty();
    assertThat(Country.ofAlpha2("VNM")).isEmpty();
    assertThat(Country.ofAlpha2("vnm")).isEmpty();
    assertThat(Country.ofAlpha2(" VN")).isEmpty();
    assertThat(Country.ofAlpha3("vnm")).isEmpty();
    assertThat(Country.ofAlpha3("VN")).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "V", "ZZ", "ZZZ", "Viet", "V N", "V1", "VNMM", "vı", "Vİ", "ＶＮ"})
  void shouldFindNoCountryForBadInput(String text) {
    assertThat(Country.parse(text)).isEmpty();
    assertThat(Country.ofAlpha2(text)).isEmpty();
    assertThat(Country.ofAlpha3(text)).isEmpty();
    assertThat(Country.ofName(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"viet nam", "Vietnam", "Việt Nam", "VIỆT NAM", "  viet   nam ", "VIETNAM"})
  void shouldFindVietNamByItsEnglishOrVietnameseName(String name) {
    assertThat(Country.ofName(name)).map(Country::getAlpha2).contains("VN");
  }

  @Test
  void shouldFindNamesInEitherUnicodeForm() {
    String decomposed = Normalizer.normalize("Trung Quốc", Normalizer.Form.NFD);

    assertThat(Country.ofName(decomposed)).map(Country::getAlpha2).contains("CN");
    assertThat(Country.ofName("trung quoc")).map(Country::getAlpha2).contains("CN");
    assertThat(Country.ofName("China")).map(Country::getAlpha2).contains("CN");
    assertThat(Country.ofName("Cote d'Ivoire")).map(Country::getAlpha2).contains("CI");
    assertThat(Country.ofName("Lao")).map(Country::getAlpha2).contains("LA");
    assertThat(Country.ofName("Laos")).map(Country::getAlpha2).contains("LA");
  }

  @Test
  void shouldFindNamesWrittenWithTheVietnameseDOrATypographicApostrophe() {
    assertThat(Country.ofName("Đức")).map(Country::getAlpha2).contains("DE");
    assertThat(Country.ofName("đan mạch")).map(Country::getAlpha2).contains("DK");
    assertThat(Country.ofName("Dan Mach")).map(Country::getAlpha2).contains("DK");
    assertThat(Country.ofName("Côte d’Ivoire")).map(Country::getAlpha2).contains("CI");
    assertThat(Country.ofName("cote d‘ivoire")).map(Country::getAlpha2).contains("CI");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Viet\tNam", "\tViet Nam\n", "Viet\u00a0Nam", "Viet \r\n Nam"})
  void shouldTakeAnyWhitespaceInANameForOneSpace(String name) {
    assertThat(Country.ofName(name)).map(Country::getAlpha2).contains("VN");
  }

  @ParameterizedTest
  @ValueSource(strings = {"AZ", "az", "ZA", "za", "aZe", "ZAF"})
  void shouldParseCodesWithTheFirstAndLastLettersOfTheAlphabet(String code) {
    assertThat(Country.parse(code))
        .map(Country::getAlpha2)
        .contains(code.substring(0, 2).toUpperCase(Locale.ROOT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u017Fe", "\u0131t", "V\u212A", "@Z", "[A", "`a", "{z"})
  void shouldNotTakeOtherCharactersForTheLettersOfACode(String code) {
    // long s, dotless i and the Kelvin sign turn into S, I and k when the letter case is changed
    assertThat(Country.parse(code)).isEmpty();
  }

  @Test
  void shouldGiveEveryCountryItsOwnHashCode() {
    assertThat(Country.all()).extracting(Country::hashCode).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Nam", "Viet Nam Republic", "VN", "VNM", "Korea"})
  void shouldNotFindACountryByPartOfItsNameOrItsCode(String name) {
    assertThat(Country.ofName(name)).isEmpty();
  }

  @Test
  void shouldBeEqualByAlpha2CodeAndPrintIt() {
    Country vietNam = Country.ofAlpha2("VN").orElseThrow();

    assertThat(vietNam)
        .isEqualTo(Country.parse("vnm").orElseThrow())
        .hasSameHashCodeAs(Country.ofName("Việt Nam").orElseThrow())
        .isNotEqualTo(Country.ofAlpha2("LA").orElseThrow())
        .isNotEqualTo("VN")
        .hasToString("VN");
    assertThat(Country.ofAlpha2(vietNam.toString())).contains(vietNam);
  }

  @Test
  void shouldRejectANullLocaleForTheName() {
    Country vietNam = Country.ofAlpha2("VN").orElseThrow();

    assertThatThrownBy(() -> vietNam.getName(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("locale");
  }
}
