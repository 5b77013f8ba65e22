package org.dicu.serialization.properties;

import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dicu.core.agency.AgencyDirectory;
import org.dicu.core.agency.PartnerAgency;
import org.dicu.core.casework.CaseComment;
import org.dicu.core.casework.CaseStatus;
import org.dicu.core.casework.Consent;
import org.dicu.core.casework.ConsentScope;
import org.dicu.core.casework.ImmutableCaseComment;
import org.dicu.core.casework.ImmutableConsent;
import org.dicu.core.casework.ImmutableReferral;
import org.dicu.core.casework.ImmutableServiceProvision;
import org.dicu.core.casework.ImmutableSupportPlan;
import org.dicu.core.casework.ImmutableTraffickingCase;
import org.dicu.core.casework.LegalBasis;
import org.dicu.core.casework.Referral;
import org.dicu.core.casework.ReferralDirection;
import org.dicu.core.casework.ReferralReason;
import org.dicu.core.casework.ReferralStatus;
import org.dicu.core.casework.ServiceProvision;
import org.dicu.core.casework.ServiceStatus;
import org.dicu.core.casework.SupportPlan;
import org.dicu.core.casework.SupportPlanType;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.code.Country;
import org.dicu.core.code.ImmutablePlace;
import org.dicu.core.code.IsicSection;
import org.dicu.core.code.Language;
import org.dicu.core.code.Place;
import org.dicu.core.gcm.GcmObjective;
import org.dicu.core.migrant.ImmutableLabourMigration;
import org.dicu.core.migrant.ImmutableMigrantProfile;
import org.dicu.core.migrant.ImmutableVulnerabilityFactor;
import org.dicu.core.migrant.LabourMigration;
import org.dicu.core.migrant.MigrantProfile;
import org.dicu.core.migrant.MigrantType;
import org.dicu.core.migrant.MoneyAmount;
import org.dicu.core.migrant.Movement;
import org.dicu.core.migrant.ProtectionStatus;
import org.dicu.core.migrant.VulnerabilityFactor;
import org.dicu.core.migrant.VulnerabilityLevel;
import org.dicu.core.person.Address;
import org.dicu.core.person.EducationLevel;
import org.dicu.core.person.Gender;
import org.dicu.core.person.IdentityDocument;
import org.dicu.core.person.IdentityDocumentType;
import org.dicu.core.person.ImmutableAddress;
import org.dicu.core.person.ImmutableIdentityDocument;
import org.dicu.core.person.ImmutablePerson;
import org.dicu.core.person.MaritalStatus;
import org.dicu.core.person.PartialDate;
import org.dicu.core.person.Person;
import org.dicu.core.service.SupportService;
import org.dicu.core.trafficking.ControlMethod;
import org.dicu.core.trafficking.DecisionMakingOrganisation;
import org.dicu.core.trafficking.ExploitationType;
import org.dicu.core.trafficking.HistoricEvent;
import org.dicu.core.trafficking.HistoricEventType;
import org.dicu.core.trafficking.ImmutableHistoricEvent;
import org.dicu.core.trafficking.ImmutablePerpetrator;
import org.dicu.core.trafficking.ImmutableVictimContext;
import org.dicu.core.trafficking.Perpetrator;
import org.dicu.core.trafficking.PerpetratorRole;
import org.dicu.core.trafficking.RecruitmentMethod;
import org.dicu.core.trafficking.RelationshipToTrafficker;
import org.dicu.core.trafficking.SexExploitationType;
import org.dicu.core.trafficking.TraffickingStatus;
import org.dicu.core.trafficking.VictimContext;
import org.dicu.core.trafficking.WebsiteOrApp;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators of trafficking cases and of each of their parts for the property tests, built through
 * the model's public builders: every constant of every code list, every country, language and
 * currency, partial dates of each precision, Vietnamese names with diacritics, text in other
 * scripts and odd Unicode (emoji, bidirectional controls, zero-width and no-break spaces,
 * combining marks, control characters), text that a spreadsheet would run as a formula, and zero
 * to a few perpetrators, referrals, events, plans, services and comments.
 *
 * <p>Three sets: {@link #exchangeable()} keeps to the values the JSON exchange format holds (text
 * that is not empty, in NFC, without lone surrogates; dates from 1900 to 2100; finite coordinates;
 * offsets of whole minutes); {@link #spreadsheet()} also leaves out U+FFFD, the replacement
 * character, which the HTCDS spreadsheet reader takes for the sign of a file not saved as UTF-8;
 * {@link #anything()} makes any value the builders accept, out-of-range numbers, empty, blank,
 * very long and broken text and extreme dates included. None tries to make valid cases: most
 * generated cases have validation errors.
 */
public final class CaseGenerators {

  /** Words of Vietnamese names and places, with the diacritics of every tone. */
  static final List<String> VIETNAMESE = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng",
      "Huỳnh", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Thị", "Văn", "Lan",
      "Hương", "Thảo", "Ngọc", "Quỳnh", "Mỹ", "Mỷ", "Ánh", "Hùng", "Dũng", "Sáng", "Chử", "Giàng",
      "Thào", "Lò", "Vừ", "Sùng", "Hờ", "Tráng", "Nậm", "Suối", "Ỷ", "Ữ", "Ẵ", "Ễ", "Ộ", "Ợ", "Ự",
      "Ỹ", "Ơ", "Ư", "Đ", "đ", "Xã Bản Khoang", "Tỉnh Lào Cai");

  /** Text in other scripts and odd Unicode; the decomposed entries are normalised where needed. */
  static final List<String> ODD = List.of("阮氏兰", "김민지", "ស្រី", "ນາງ", "นางสาว", "مريم",
      "שרה", "Ελένη", "Жанна", "👩‍👧", "🇻🇳", "𝔘𝔫𝔦", "\u200B", "\u200D", "\u202E", "\u00A0",
      "\u2007", "\u202F", "\uFEFF", "\uFFFD", "\u0000", "\u0007", "\u001B[2J", "ﬁ", "Ⅻ",
      "e\u0302\u0301", "Nguye\u0302\u0303n", "A\u030A", "\uFFFE", "\uDBFF\uDFFF");

  /** Punctuation, separators, markup and text that a spreadsheet would run as a formula. */
  static final List<String> PUNCTUATION = List.of(",", ";", "; ", "\"", "'", "''", "\n", "\r\n",
      "\r", "\t", " ", "  ", "=", "+", "-", "@", "/", "\\", "<b>", "&amp;", "${x}", "{0}", "%s",
      "'; DROP TABLE", "=HYPERLINK(\"http://example.org\",\"x\")", "+84", "-1", "@SUM(A1)",
      "'=1+1", "sep=;", "null", "true", "1");

  /** Phone numbers that libphonenumber takes for valid, in E.164 form. */
  static final List<String> PHONES = List.of("+84912345678", "+842143812345", "+84912000222",
      "+85512345678", "+8613800138000", "+60123456789");

  private static final String ID_CHARACTERS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-";

  private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

  private static final List<Country> COUNTRIES = List.copyOf(Country.all());
  private static final List<Language> LANGUAGES = Stream.concat(
          Stream.of(Locale.getISOLanguages()), Stream.of("hmn", "kac", "shn"))
      .map(Language::parse).flatMap(Optional::stream).distinct()
      .sorted(Comparator.comparing(Language::getCode)).collect(Collectors.toUnmodifiableList());
  private static final List<Currency> CURRENCIES = Currency.getAvailableCurrencies().stream()
      .sorted(Comparator.comparing(Currency::getCurrencyCode))
      .collect(Collectors.toUnmodifiableList());
  /** The ids of the agencies of the built-in directory, which a spreadsheet reader resolves. */
  public static final List<String> AGENCY_IDS = AgencyDirectory.builtIn().getAgencies().stream()
      .map(PartnerAgency::getId).sorted().collect(Collectors.toUnmodifiableList());

  private final boolean wild;
  private final boolean replacementCharacter;
  private final Gen<String> text;
  private final Gen<String> name;
  private final Gen<String> id;
  private final Gen<LocalDate> date;
  private final Gen<PartialDate> partialDate;

  private CaseGenerators(boolean wild, boolean replacementCharacter) {
    this.wild = wild;
    this.replacementCharacter = replacementCharacter;
    this.text = makeText();
    this.name = makeName();
    this.id = makeId();
    this.date = makeDate();
    this.partialDate = makePartialDate();
  }

  /**
   * Returns generators of the values the JSON exchange format holds.
   *
   * @return the generators, not null
   */
  public static CaseGenerators exchangeable() {
    return new CaseGenerators(false, true);
  }

  /**
   * Returns generators of the values an HTCDS spreadsheet holds: those of the JSON format but
   * U+FFFD.
   *
   * @return the generators, not null
   */
  public static CaseGenerators spreadsheet() {
    return new CaseGenerators(false, false);
  }

  /**
   * Returns generators of any value the builders accept.
   *
   * @return the generators, not null
   */
  public static CaseGenerators anything() {
    return new CaseGenerators(true, true);
  }

  // ---------------------------------------------------------------- combinators

  /**
   * Returns a generator of empty and present values, half and half.
   *
   * @param gen  the generator of present values, not null
   * @param <T>  the type of values
   * @return the generator, not null
   */
  public static <T> Gen<Optional<T>> maybe(Gen<T> gen) {
    Gen<Boolean> present = Generate.booleans();
    return in -> present.generate(in) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  /**
   * Returns a generator of lists of up to a number of elements.
   *
   * @param gen  the generator of elements, not null
   * @param max  the largest size
   * @param <T>  the type of elements
   * @return the generator, not null
   */
  public static <T> Gen<List<T>> upTo(Gen<T> gen, int max) {
    return lists().of(gen).ofSizeBetween(0, max);
  }

  private static <T> void set(RandomnessSource in, Gen<T> gen, Consumer<? super T> setter) {
    setter.accept(gen.generate(in));
  }

  private static <T> void maybeSet(RandomnessSource in, Gen<T> gen, Consumer<? super T> setter) {
    maybe(gen).generate(in).ifPresent(setter);
  }

  private static <T> Gen<T> weighted(int weight, Gen<T> gen, int otherWeight, Gen<T> other) {
    return Generate.frequency(List.of(Pair.of(weight, gen), Pair.of(otherWeight, other)));
  }

  // ---------------------------------------------------------------- text

  /** Returns one code point of any plane, a lone surrogate only among any values. */
  private Gen<String> codePoint() {
    Gen<Integer> any = Generate.range(0x20, Character.MAX_CODE_POINT);
    Gen<Integer> scalar = any.map(cp -> cp >= Character.MIN_SURROGATE
        && cp <= Character.MAX_SURROGATE || cp == 0xFFFD && !replacementCharacter
        ? cp - 0x1000 : cp);
    return (wild ? any : scalar).map(Character::toString);
  }

  /** Returns a piece of text: a Vietnamese word, odd Unicode, punctuation or any code point. */
  private Gen<String> piece() {
    return Generate.frequency(List.of(
        Pair.of(6, Generate.pick(VIETNAMESE)),
        Pair.of(2, Generate.pick(replacementCharacter ? ODD : ODD.stream()
            .filter(odd -> odd.indexOf('\uFFFD') < 0).collect(Collectors.toList()))),
        Pair.of(2, Generate.pick(PUNCTUATION)),
        Pair.of(1, codePoint())));
  }

  /**
   * Returns a generator of free text: names, places and narratives of one to six pieces; among
   * any values also empty, blank, decomposed, very long and broken text.
   *
   * @return the generator, not null
   */
  public Gen<String> text() {
    return text;
  }

  private Gen<String> makeText() {
    Gen<String> joined = upTo(piece(), 5).zip(piece(),
        (pieces, last) -> String.join(" ", pieces) + (pieces.isEmpty() ? "" : " ") + last);
    Gen<String> composed = joined.map(CaseGenerators::nfc);
    if (!wild) {
      return composed;
    }
    return Generate.frequency(List.of(
        Pair.of(12, composed),
        Pair.of(2, joined.map(text -> Normalizer.normalize(text, Normalizer.Form.NFD))),
        Pair.of(1, Generate.pick(List.of("", " ", "\t\n", "\u00A0", "\u200B"))),
        Pair.of(1, Generate.range(201, 4_100).zip(piece(), (length, text) -> repeat(text, length))),
        Pair.of(1, Generate.pick(List.of("\uD800", "a\uDC00b", "\uDFFF\uD800")))));
  }

  /**
   * Returns a generator of names: one to three Vietnamese words, now and then other text.
   *
   * @return the generator, not null
   */
  public Gen<String> name() {
    return name;
  }

  private Gen<String> makeName() {
    Gen<String> vietnamese = lists().of(Generate.pick(VIETNAMESE)).ofSizeBetween(1, 3)
        .map(words -> String.join(" ", words));
    return weighted(3, vietnamese, 1, text());
  }

  private static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private static String repeat(String text, int length) {
    StringBuilder repeated = new StringBuilder(length + text.length());
    while (repeated.length() < length) {
      repeated.append(text.isEmpty() ? "x" : text);
    }
    return repeated.toString();
  }

  /**
   * Returns a generator of record ids: letters, digits, {@code . _ : -} (a leading hyphen
   * included), up to 64; among any values also any text.
   *
   * @return the generator, not null
   */
  public Gen<String> id() {
    return id;
  }

  private Gen<String> makeId() {
    Gen<String> id = lists().of(Generate.pick(ID_CHARACTERS.chars().mapToObj(c -> (char) c)
            .collect(Collectors.toList())))
        .ofSizes(weighted(9, Generate.range(1, 20), 1, Generate.range(60, 64)))
        .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
    return wild ? weighted(3, id, 1, text()) : id;
  }

  private Gen<String> email() {
    Gen<String> plain = Generate.pick(List.of("lan", "nguyen.thi.lan", "x_1", "a+b"))
        .zip(Generate.range(0, 999), Generate.pick(List.of("example.org", "example.vn")),
            (local, n, domain) -> local + n + "@" + domain);
    return weighted(3, plain, 1, text());
  }

  private Gen<String> phone() {
    return weighted(3, Generate.pick(PHONES), 1, text());
  }

  // ---------------------------------------------------------------- codes, dates and numbers

  private static Gen<Country> country() {
    return Generate.pick(COUNTRIES);
  }

  private static Gen<Language> language() {
    return Generate.pick(LANGUAGES);
  }

  /**
   * Returns a generator of days, from 1900 to 2100; among any values also the extremes of
   * {@link LocalDate} and years 0, -1 and 10000.
   *
   * @return the generator, not null
   */
  public Gen<LocalDate> date() {
    return date;
  }

  private Gen<LocalDate> makeDate() {
    Gen<LocalDate> plain = Generate.longRange(FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay())
        .map(LocalDate::ofEpochDay);
    if (!wild) {
      return plain;
    }
    return weighted(15, plain, 1, Generate.pick(List.of(LocalDate.MIN, LocalDate.MAX,
        LocalDate.of(0, 1, 1), LocalDate.of(-1, 12, 31), LocalDate.of(10_000, 1, 1),
        LocalDate.of(9999, 12, 31), LocalDate.of(1, 1, 1))));
  }

  /**
   * Returns a generator of partial dates of each precision, mostly from 1900 to 2100 and now and
   * then of any year from 1 to 9999.
   *
   * @return the generator, not null
   */
  public Gen<PartialDate> partialDate() {
    return partialDate;
  }

  private Gen<PartialDate> makePartialDate() {
    Gen<Integer> year = weighted(9, Generate.range(1900, 2100), 1, Generate.range(1, 9999));
    Gen<PartialDate.Precision> precision = Generate.enumValues(PartialDate.Precision.class);
    return in -> {
      int y = year.generate(in);
      switch (precision.generate(in)) {
        case YEAR:
          return PartialDate.ofYear(y);
        case MONTH:
          return PartialDate.ofYearMonth(y, Generate.range(1, 12).generate(in));
        default:
          LocalDate start = LocalDate.of(y, 1, 1);
          return PartialDate.of(start.plusDays(Generate.range(0, start.lengthOfYear() - 1)
              .generate(in)));
      }
    };
  }

  private Gen<OffsetDateTime> time() {
    Gen<Integer> offsetSeconds = wild ? Generate.range(-18 * 3600, 18 * 3600)
        : Generate.range(-18 * 60, 18 * 60).map(minutes -> minutes * 60);
    return in -> OffsetDateTime.of(
        LocalDateTime.of(date().generate(in), LocalTime.ofNanoOfDay(
            Generate.longRange(0, LocalTime.MAX.toNanoOfDay()).generate(in))),
        ZoneOffset.ofTotalSeconds(offsetSeconds.generate(in)));
  }

  /** Returns small counts and ages, out of range too; among any values also any integer. */
  private Gen<Integer> count() {
    Gen<Integer> small = Generate.range(-5, 130);
    return wild ? weighted(4, small, 1, Generate.range(Integer.MIN_VALUE, Integer.MAX_VALUE))
        : small;
  }

  private Gen<Double> coordinate(int degrees) {
    Gen<Double> plain = Generate.range(-(degrees + 20) * 1_000_000, (degrees + 20) * 1_000_000)
        .map(micro -> micro / 1_000_000.0);
    return wild ? weighted(5, plain, 1, Generate.pick(List.of(Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.MAX_VALUE,
        -Double.MIN_VALUE))) : plain;
  }

  private Gen<MoneyAmount> money() {
    Gen<Integer> scale = wild ? Generate.range(-20, 40) : Generate.range(0, 4);
    return Generate.longRange(-1_000_000_000_000L, 1_000_000_000_000L).zip(scale,
        Generate.pick(CURRENCIES),
        (unscaled, s, currency) -> MoneyAmount.of(BigDecimal.valueOf(unscaled, s), currency));
  }

  private Gen<String> agencyId() {
    Gen<String> known = Generate.pick(AGENCY_IDS);
    return wild ? weighted(3, known, 1, id()) : known;
  }

  // ---------------------------------------------------------------- parts of a case

  /**
   * Returns a generator of people, with every property of a person.
   *
   * @return the generator, not null
   */
  public Gen<Person> person() {
    return in -> {
      ImmutablePerson.Builder person = Person.builder();
      maybeSet(in, text(), person::salutation);
      maybeSet(in, text(), person::title);
      maybeSet(in, name(), person::firstName);
      maybeSet(in, name(), person::middleName);
      maybeSet(in, name(), person::secondName);
      maybeSet(in, partialDate(), person::birthdate);
      maybeSet(in, Generate.enumValues(Gender.class), person::gender);
      set(in, Generate.booleans(), person::deceased);
      maybeSet(in, Generate.enumValues(MaritalStatus.class), person::maritalStatus);
      maybeSet(in, count(), person::numberOfChildren);
      maybeSet(in, language(), person::primaryLanguage);
      maybeSet(in, language(), person::secondaryLanguage);
      maybeSet(in, Generate.enumValues(EducationLevel.class), person::highestLevelOfEducation);
      set(in, upTo(country(), 3), person::addAllCitizenship);
      set(in, upTo(identityDocument(), 2), person::addAllIdentityDocuments);
      maybeSet(in, email(), person::email);
      maybeSet(in, phone(), person::homePhone);
      maybeSet(in, phone(), person::mobilePhone);
      maybeSet(in, address(), person::mailingAddress);
      return person.build();
    };
  }

  private Gen<IdentityDocument> identityDocument() {
    return in -> {
      ImmutableIdentityDocument.Builder document = IdentityDocument.builder();
      set(in, Generate.enumValues(IdentityDocumentType.class), document::type);
      set(in, weighted(2, Generate.longRange(0, 999_999_999_999L).map(n -> "0" + n), 1, text()),
          document::number);
      maybeSet(in, country(), document::issuingCountry);
      return document.build();
    };
  }

  private Gen<Address> address() {
    return in -> {
      ImmutableAddress.Builder address = Address.builder();
      maybeSet(in, text(), address::street);
      maybeSet(in, name(), address::city);
      maybeSet(in, name(), address::state);
      maybeSet(in, text(), address::postalCode);
      maybeSet(in, country(), address::country);
      return address.build();
    };
  }

  private Gen<Place> place() {
    return in -> {
      ImmutablePlace.Builder place = Place.builder();
      maybeSet(in, text(), place::street);
      maybeSet(in, name(), place::city);
      maybeSet(in, name(), place::state);
      maybeSet(in, text(), place::postalCode);
      maybeSet(in, country(), place::country);
      maybeSet(in, coordinate(90), place::latitude);
      maybeSet(in, coordinate(180), place::longitude);
      return place.build();
    };
  }

  /**
   * Returns a generator of migrant profiles, with labour migration and vulnerability factors.
   *
   * @return the generator, not null
   */
  public Gen<MigrantProfile> migrantProfile() {
    return in -> {
      ImmutableMigrantProfile.Builder profile = MigrantProfile.builder();
      maybeSet(in, Generate.enumValues(MigrantType.class), profile::migrantType);
      maybeSet(in, Generate.enumValues(ProtectionStatus.class), profile::protectionStatus);
      maybeSet(in, Generate.enumValues(Movement.class), profile::movement);
      set(in, upTo(country(), 2), profile::addAllCountriesOfOrigin);
      set(in, upTo(country(), 3), profile::addAllCountriesOfTransit);
      set(in, upTo(country(), 2), profile::addAllCountriesOfDestination);
      maybeSet(in, date(), profile::departureDate);
      maybeSet(in, date(), profile::returnDate);
      maybeSet(in, labourMigration(), profile::labourMigration);
      set(in, upTo(vulnerabilityFactor(), 3), profile::addAllVulnerabilityFactors);
      return profile.build();
    };
  }

  private Gen<LabourMigration> labourMigration() {
    return in -> {
      ImmutableLabourMigration.Builder labour = LabourMigration.builder();
      maybeSet(in, Generate.booleans(), labour::contractBased);
      maybeSet(in, text(), labour::employerName);
      maybeSet(in, agencyId(), labour::recruitmentAgencyId);
      maybeSet(in, Generate.enumValues(IsicSection.class), labour::sector);
      maybeSet(in, money(), labour::recruitmentCosts);
      maybeSet(in, money(), labour::monthlyEarnings);
      return labour.build();
    };
  }

  private Gen<VulnerabilityFactor> vulnerabilityFactor() {
    return in -> {
      ImmutableVulnerabilityFactor.Builder factor = VulnerabilityFactor.builder();
      set(in, Generate.enumValues(VulnerabilityLevel.class), factor::level);
      set(in, Generate.booleans(), factor::protective);
      set(in, text(), factor::factor);
      maybeSet(in, text(), factor::notes);
      return factor.build();
    };
  }

  /**
   * Returns a generator of victim contexts, with every list of codes.
   *
   * @return the generator, not null
   */
  public Gen<VictimContext> victim() {
    return in -> {
      ImmutableVictimContext.Builder victim = VictimContext.builder();
      maybeSet(in, Generate.enumValues(TraffickingStatus.class), victim::traffickingStatus);
      maybeSet(in, Generate.enumValues(DecisionMakingOrganisation.class),
          victim::traffickingStatusDecisionMakingOrg);
      maybeSet(in, date(), victim::traffickingStatusDecisionDate);
      maybeSet(in, Generate.enumValues(RelationshipToTrafficker.class),
          victim::relationshipToTrafficker);
      maybeSet(in, count(), victim::ageWhenTrafficked);
      set(in, upTo(Generate.enumValues(RecruitmentMethod.class), 3),
          victim::addAllMethodOfRecruitment);
      set(in, upTo(Generate.enumValues(WebsiteOrApp.class), 2),
          victim::addAllRecruitmentWebsitesAndApps);
      maybeSet(in, text(), victim::locationOfRecruitment);
      set(in, upTo(Generate.enumValues(ControlMethod.class), 4), victim::addAllMethodsOfControl);
      set(in, upTo(Generate.enumValues(ExploitationType.class), 3),
          victim::addAllTypeOfExploitation);
      maybeSet(in, Generate.enumValues(IsicSection.class), victim::forcedLabourIndustry);
      set(in, upTo(Generate.enumValues(SexExploitationType.class), 2),
          victim::addAllTypeOfSexExploitation);
      maybeSet(in, text(), victim::locationOfExploitation);
      set(in, upTo(Generate.enumValues(WebsiteOrApp.class), 2),
          victim::addAllExploitationWebsitesAndApps);
      return victim.build();
    };
  }

  private Gen<Perpetrator> perpetrator() {
    return in -> {
      ImmutablePerpetrator.Builder perpetrator = Perpetrator.builder();
      set(in, upTo(Generate.enumValues(PerpetratorRole.class), 3),
          perpetrator::addAllRoleInProcess);
      maybeSet(in, text(), perpetrator::roleDetails);
      maybeSet(in, text(), perpetrator::organisation);
      return perpetrator.build();
    };
  }

  /**
   * Returns a generator of referrals, incoming and outgoing; the organisation is an agency of the
   * built-in directory or a name that none of its agencies has.
   *
   * @return the generator, not null
   */
  public Gen<Referral> referral() {
    return in -> {
      ImmutableReferral.Builder referral = Referral.builder();
      set(in, Generate.enumValues(ReferralDirection.class), referral::direction);
      maybeSet(in, agencyId(), referral::organisationId);
      maybeSet(in, text().map(name -> "Nhóm tự lực " + name), referral::organisationName);
      maybeSet(in, name(), referral::primaryCaseWorker);
      maybeSet(in, date(), referral::date);
      maybeSet(in, Generate.enumValues(ReferralReason.class), referral::reason);
      maybeSet(in, text(), referral::details);
      maybeSet(in, Generate.enumValues(ReferralStatus.class), referral::status);
      maybeSet(in, text(), referral::rejectionReason);
      return referral.build();
    };
  }

  /**
   * Returns a generator of historic events of each type, with places.
   *
   * @return the generator, not null
   */
  public Gen<HistoricEvent> event() {
    return in -> {
      ImmutableHistoricEvent.Builder event = HistoricEvent.builder();
      set(in, Generate.enumValues(HistoricEventType.class), event::type);
      maybeSet(in, date(), event::date);
      maybeSet(in, date(), event::endDate);
      maybeSet(in, place(), event::place);
      maybeSet(in, text(), event::description);
      return event.build();
    };
  }

  private Gen<SupportPlan> supportPlan() {
    return in -> {
      ImmutableSupportPlan.Builder plan = SupportPlan.builder();
      maybeSet(in, Generate.enumValues(SupportPlanType.class), plan::type);
      maybeSet(in, text(), plan::objectives);
      maybeSet(in, text(), plan::actionPlan);
      maybeSet(in, date(), plan::startDate);
      maybeSet(in, date(), plan::plannedEndDate);
      maybeSet(in, date(), plan::actualEndDate);
      return plan.build();
    };
  }

  /**
   * Returns a generator of services provided, from every service of the catalogue.
   *
   * @return the generator, not null
   */
  public Gen<ServiceProvision> service() {
    return in -> {
      ImmutableServiceProvision.Builder service = ServiceProvision.builder();
      set(in, Generate.enumValues(SupportService.class), service::service);
      maybeSet(in, agencyId(), service::providerId);
      maybeSet(in, date(), service::startDate);
      maybeSet(in, date(), service::endDate);
      maybeSet(in, Generate.enumValues(ServiceStatus.class), service::status);
      maybeSet(in, text(), service::outcome);
      return service.build();
    };
  }

  private Gen<CaseComment> comment() {
    return in -> {
      ImmutableCaseComment.Builder comment = CaseComment.builder();
      maybeSet(in, name(), comment::author);
      maybeSet(in, time(), comment::time);
      set(in, text(), comment::text);
      return comment.build();
    };
  }

  /**
   * Returns a generator of consents: given or not, any set of scopes, a legal basis, dates of
   * consent and withdrawal.
   *
   * @return the generator, not null
   */
  public Gen<Consent> consent() {
    return in -> {
      ImmutableConsent.Builder consent = Consent.builder();
      set(in, Generate.booleans(), consent::given);
      maybeSet(in, date(), consent::date);
      set(in, upTo(Generate.enumValues(ConsentScope.class), ConsentScope.values().length),
          consent::addAllScopes);
      Generate.enumValues(LegalBasis.class).toOptionals(80).generate(in)
          .ifPresent(consent::legalBasis);
      date().toOptionals(70).generate(in).ifPresent(consent::withdrawalDate);
      return consent.build();
    };
  }

  /**
   * Returns a generator of whole cases: every part above, zero to three referrals, events and
   * services, zero to two perpetrators, plans and comments, and GCM objectives.
   *
   * @return the generator, not null
   */
  public Gen<TraffickingCase> cases() {
    return in -> {
      ImmutableTraffickingCase.Builder trafficking = TraffickingCase.builder();
      set(in, id(), trafficking::id);
      set(in, Generate.enumValues(CaseStatus.class), trafficking::status);
      maybeSet(in, name(), trafficking::caseOwner);
      maybeSet(in, date(), trafficking::registrationDate);
      set(in, person(), trafficking::person);
      maybeSet(in, migrantProfile(), trafficking::migrantProfile);
      maybeSet(in, victim(), trafficking::victim);
      set(in, upTo(perpetrator(), 2), trafficking::addAllPerpetrators);
      set(in, upTo(referral(), 3), trafficking::addAllReferrals);
      set(in, upTo(event(), 3), trafficking::addAllEvents);
      set(in, upTo(supportPlan(), 2), trafficking::addAllSupportPlans);
      set(in, upTo(service(), 3), trafficking::addAllServices);
      set(in, upTo(comment(), 2), trafficking::addAllComments);
      maybeSet(in, consent(), trafficking::consent);
      set(in, upTo(Generate.enumValues(GcmObjective.class), 3), trafficking::addAllGcmObjectives);
      maybeSet(in, text(), trafficking::reasonForCaseClosure);
      return trafficking.build();
    };
  }

  /**
   * Returns a generator that gives the personal free text of a case (names, case owner, case
   * workers, addresses, document numbers, narratives and comments) new generated values, keeping
   * which ones are present; emails, phones and birth dates are kept.
   *
   * @param cases  the generator of the cases to change, not null
   * @return the generator, not null
   */
  public Gen<TraffickingCase> withPersonalText(Gen<TraffickingCase> cases) {
    return in -> {
      TraffickingCase trafficking = cases.generate(in);
      Function<String, String> fresh = old -> text().generate(in);
      Person person = trafficking.getPerson();
      ImmutablePerson.Builder newPerson = Person.builder().from(person)
          .firstName(person.getFirstName().map(fresh))
          .middleName(person.getMiddleName().map(fresh))
          .secondName(person.getSecondName().map(fresh))
          .mailingAddress(person.getMailingAddress().map(address -> Address.builder()
              .from(address).street(address.getStreet().map(fresh))
              .city(address.getCity().map(fresh))
              .postalCode(address.getPostalCode().map(fresh)).build()))
          .identityDocuments(person.getIdentityDocuments().stream()
              .map(document -> IdentityDocument.builder().from(document)
                  .number(fresh.apply(document.getNumber())).build())
              .collect(Collectors.toList()));
      List<HistoricEvent> events = new ArrayList<>();
      for (HistoricEvent event : trafficking.getEvents()) {
        events.add(HistoricEvent.builder().from(event).description(event.getDescription().map(fresh))
            .place(event.getPlace().map(place -> Place.builder().from(place)
                .street(place.getStreet().map(fresh)).postalCode(place.getPostalCode().map(fresh))
                .build()))
            .build());
      }
      return TraffickingCase.builder().from(trafficking)
          .caseOwner(trafficking.getCaseOwner().map(fresh))
          .reasonForCaseClosure(trafficking.getReasonForCaseClosure().map(fresh))
          .person(newPerson.build())
          .events(events)
          .referrals(trafficking.getReferrals().stream()
              .map(referral -> Referral.builder().from(referral)
                  .primaryCaseWorker(referral.getPrimaryCaseWorker().map(fresh))
                  .details(referral.getDetails().map(fresh)).build())
              .collect(Collectors.toList()))
          .comments(trafficking.getComments().stream()
              .map(comment -> CaseComment.builder().from(comment)
                  .author(comment.getAuthor().map(fresh)).text(fresh.apply(comment.getText()))
                  .build())
              .collect(Collectors.toList()))
          .build();
    };
  }
}
