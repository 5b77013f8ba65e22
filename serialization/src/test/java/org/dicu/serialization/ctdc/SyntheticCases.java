package org.dicu.serialization.ctdc;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.stream.Collectors;
import org.dicu.core.casework.CaseStatus;
import org.dicu.core.casework.Consent;
import org.dicu.core.casework.ConsentScope;
import org.dicu.core.casework.ImmutableConsent;
import org.dicu.core.casework.ImmutableTraffickingCase;
import org.dicu.core.casework.Referral;
import org.dicu.core.casework.ReferralDirection;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.code.Country;
import org.dicu.core.code.IsicSection;
import org.dicu.core.code.Place;
import org.dicu.core.person.Gender;
import org.dicu.core.person.IdentityDocument;
import org.dicu.core.person.IdentityDocumentType;
import org.dicu.core.person.ImmutablePerson;
import org.dicu.core.person.PartialDate;
import org.dicu.core.person.Person;
import org.dicu.core.trafficking.ControlMethod;
import org.dicu.core.trafficking.ExploitationType;
import org.dicu.core.trafficking.HistoricEvent;
import org.dicu.core.trafficking.HistoricEventType;
import org.dicu.core.trafficking.ImmutableHistoricEvent;
import org.dicu.core.trafficking.ImmutableVictimContext;
import org.dicu.core.trafficking.RelationshipToTrafficker;
import org.dicu.core.trafficking.SexExploitationType;
import org.dicu.core.trafficking.VictimContext;

/**
 * A seeded stream of generated trafficking cases, made one at a time so that a population of any
 * size fits in a small heap: the same seed and count give the same cases on every pass.
 *
 * <p>The population looks like Vietnamese case data (mostly Vietnamese women and men exploited
 * in China, Cambodia and Malaysia) with a long tail of rare citizenships, countries and years
 * that k-anonymity must hide. About 5% of the cases lack consent to de-identified sharing, 3%
 * share it for case management only, and 2% have an error (a malformed email). Every case
 * carries names, an email, an identity number, a street and a narrative built from
 * {@link #MARKER}, and one in five a phone number.
 */
final class SyntheticCases implements Iterator<TraffickingCase> {

  /** A string that every personal value contains and no CTDC value can. */
  static final String MARKER = "Cnry";

  static final List<String> FAMILY_NAMES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ",
      "Đặng", "Lò", "Giàng", "Thào");
  static final List<String> GIVEN_NAMES = List.of("Lan", "Mai", "Hùng", "Dũng", "Thảo", "Sáng",
      "Mỷ", "Chử", "Ánh", "Quỳnh");

  private static final List<Country> COMMON_CITIZENSHIPS = countries("VN", "VN", "VN", "VN", "VN",
      "VN", "VN", "VN", "KH", "LA");
  private static final List<Country> COMMON_EXPLOITATION = countries("CN", "CN", "CN", "KH", "KH",
      "MY", "TH", "VN", "VN", "JP");
  private static final List<Country> ALL = Country.all();

  private final Random random;
  private final int count;
  private int next;

  SyntheticCases(long seed, int count) {
    this.random = new Random(seed);
    this.count = count;
  }

  private static List<Country> countries(String... alpha2) {
    return Arrays.stream(alpha2).map(CtdcCases::country)
        .collect(Collectors.toUnmodifiableList());
  }

  private <T> T any(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private <T> T any(T[] values) {
    return values[random.nextInt(values.length)];
  }

  /** Returns a common country most of the time and any country of the world now and then. */
  private Country country(List<Country> common) {
    return random.nextInt(100) < 97 ? any(common) : any(ALL);
  }

  @Override
  public boolean hasNext() {
    return next < count;
  }

  @Override
  public TraffickingCase next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    int number = next++;
    // registered between 2010 and 2024, more in recent years
    int year = 2024 - (int) Math.min(14, Math.abs(random.nextGaussian() * 5));
    LocalDate registered = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    int age = 1 + (int) Math.min(75, Math.abs(random.nextGaussian() * 18 + 20));
    LocalDate born = registered.minusYears(age).minusDays(random.nextInt(365));
    ImmutableTraffickingCase.Builder trafficking = TraffickingCase.builder()
        .id("ctdc-" + MARKER + "-" + number)
        .status(CaseStatus.ACTIVE)
        .caseOwner(any(GIVEN_NAMES) + " " + MARKER + " " + any(FAMILY_NAMES))
        .person(person(born, number));
    int registration = random.nextInt(100);
    if (registration < 90) {
      trafficking.registrationDate(registered);
    } else if (registration < 97) {
      trafficking.addReferrals(Referral.builder().direction(ReferralDirection.INCOMING)
          .date(registered).build());
    }
    // exploitation starts after birth and at least two months before registration, and ends
    // in the 20 days before registration or has no end
    LocalDate start = registered.minusMonths(3 + random.nextInt(40));
    start = start.isAfter(born) ? start : born.plusMonths(1);
    for (int i = random.nextInt(3); i > 0; i--) {
      ImmutableHistoricEvent.Builder event = HistoricEvent.builder()
          .type(HistoricEventType.EXPLOITATION)
          .date(start.plusMonths(i - 1))
          .place(Place.builder().country(country(COMMON_EXPLOITATION))
              .street(MARKER + " street " + number).build())
          .description(MARKER + " narrative");
      if (random.nextBoolean()) {
        event.endDate(registered.minusDays(random.nextInt(20)));
      }
      trafficking.addEvents(event.build());
    }
    trafficking.victim(victim());
    int consent = random.nextInt(100);
    ImmutableConsent.Builder given = Consent.builder().given(true).date(registered)
        .addScopes(ConsentScope.CASE_MANAGEMENT);
    if (consent >= 8) {
      trafficking.consent(given.addScopes(ConsentScope.DEIDENTIFIED_DATA_SHARING).build());
    } else if (consent >= 5) {
      trafficking.consent(given.build());
    }
    return trafficking.build();
  }

  private Person person(LocalDate born, int number) {
    ImmutablePerson.Builder person = Person.builder()
        .firstName(any(GIVEN_NAMES) + MARKER)
        .secondName(any(FAMILY_NAMES))
        .email(random.nextInt(100) < 2 ? "not an email " + MARKER
            : MARKER.toLowerCase(Locale.ROOT) + number + "@example.org")
        .addIdentityDocuments(IdentityDocument.builder()
            .type(IdentityDocumentType.NATIONAL_IDENTITY_CARD)
            .number("0" + MARKER + (10_000_000 + number)).build())
        .addCitizenship(country(COMMON_CITIZENSHIPS));
    if (random.nextInt(100) < 20) {
      // one case in five: validating phone numbers is the slowest check of a case
      person.mobilePhone("+8491" + (1_000_000 + random.nextInt(8_999_999)));
    }
    int gender = random.nextInt(100);
    person.gender(gender < 55 ? Gender.FEMININE : gender < 93 ? Gender.MASCULINE
        : gender < 97 ? any(new Gender[] {Gender.TRANSGENDER_FEMININE,
            Gender.TRANSGENDER_MASCULINE, Gender.NON_CONFORMING})
        : Gender.NON_SPECIFIED_UNKNOWN);
    switch (random.nextInt(4)) {
      case 0:
        person.birthdate(PartialDate.ofYear(born.getYear()));
        break;
      case 1:
        person.birthdate(PartialDate.ofYearMonth(born.getYear(), born.getMonthValue()));
        break;
      case 2:
        person.birthdate(PartialDate.of(born));
        break;
      default:
        break;
    }
    return person.build();
  }

  private VictimContext victim() {
    ImmutableVictimContext.Builder victim = VictimContext.builder();
    for (int i = random.nextInt(4); i > 0; i--) {
      victim.addMethodsOfControl(any(ControlMethod.values()));
    }
    ExploitationType type = any(ExploitationType.values());
    victim.addTypeOfExploitation(type);
    if (type == ExploitationType.FORCED_LABOUR) {
      victim.forcedLabourIndustry(any(IsicSection.values()));
    }
    if (type == ExploitationType.SEXUAL_EXPLOITATION) {
      victim.addTypeOfSexExploitation(any(SexExploitationType.values()));
    }
    if (random.nextBoolean()) {
      victim.relationshipToTrafficker(any(RelationshipToTrafficker.values()));
    }
    return victim.build();
  }
}
