package org.dicu.serialization.ctdc;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dicu.core.casework.CaseStatus;
import org.dicu.core.casework.Consent;
import org.dicu.core.casework.ConsentScope;
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
import org.dicu.core.person.PartialDate;
import org.dicu.core.person.ImmutablePerson;
import org.dicu.core.person.Person;
import org.dicu.core.trafficking.ControlMethod;
import org.dicu.core.trafficking.ExploitationType;
import org.dicu.core.trafficking.HistoricEvent;
import org.dicu.core.trafficking.HistoricEventType;
import org.dicu.core.trafficking.ImmutableHistoricEvent;
import org.dicu.core.trafficking.RelationshipToTrafficker;
import org.dicu.core.trafficking.SexExploitationType;
import org.dicu.core.trafficking.VictimContext;

/**
 * Hand-built trafficking cases for the CTDC export tests: the eight cases of the small set, whose
 * expected rows (k = 2) are in {@code ctdc/small-set-k2.csv}, and three that must be left out.
 *
 * <p>Every case carries the same personal data, which must never reach the output.
 */
final class CtdcCases {

  /** The day the validator of these tests takes for today. */
  static final LocalDate TODAY = LocalDate.of(2025, 1, 1);

  static final String CANARY_NAME = "Canary";
  static final String CANARY_FAMILY_NAME = "Nguyễn-Canary";
  static final String CANARY_EMAIL = "canary.nguyen@example.org";
  static final String CANARY_PHONE = "+84912345678";
  static final String CANARY_DOCUMENT = "010301234567";
  static final String CANARY_OWNER = "Phạm Canary Hùng";
  static final String CANARY_DESCRIPTION = "Canary narrative";

  /** The personal values of every case, none of which may appear in an export. */
  static final List<String> PERSONAL_VALUES = List.of(CANARY_NAME, CANARY_FAMILY_NAME,
      CANARY_EMAIL, CANARY_PHONE, CANARY_DOCUMENT, CANARY_OWNER, CANARY_DESCRIPTION, "ctdc-");

  private CtdcCases() {}

  static Country country(String alpha2) {
    return Country.ofAlpha2(alpha2).orElseThrow();
  }

  static Consent consentToShare() {
    return Consent.builder().given(true).date(LocalDate.of(2024, 1, 1))
        .addScopes(ConsentScope.CASE_MANAGEMENT, ConsentScope.REFERRAL,
            ConsentScope.DEIDENTIFIED_DATA_SHARING)
        .build();
  }

  static HistoricEvent exploitation(String country, LocalDate date, LocalDate endDate) {
    HistoricEvent event = HistoricEvent.builder().type(HistoricEventType.EXPLOITATION)
        .date(date).place(Place.of(country(country))).description(CANARY_DESCRIPTION).build();
    return endDate == null ? event : ImmutableHistoricEvent.copyOf(event).withEndDate(endDate);
  }

  static ImmutablePerson.Builder person(Gender gender, PartialDate birthdate, String... citizenship) {
    ImmutablePerson.Builder person = Person.builder()
        .firstName(CANARY_NAME)
        .secondName(CANARY_FAMILY_NAME)
        .email(CANARY_EMAIL)
        .mobilePhone(CANARY_PHONE)
        .addIdentityDocuments(IdentityDocument.builder()
            .type(IdentityDocumentType.NATIONAL_IDENTITY_CARD).number(CANARY_DOCUMENT).build())
        .gender(gender)
        .birthdate(birthdate);
    for (String alpha2 : citizenship) {
      person.addCitizenship(country(alpha2));
    }
    return person;
  }

  /** Returns a valid case with consent to share de-identified data and nothing else to publish. */
  static ImmutableTraffickingCase.Builder base(String id) {
    return TraffickingCase.builder()
        .id(id)
        .status(CaseStatus.ACTIVE)
        .caseOwner(CANARY_OWNER)
        .consent(consentToShare());
  }

  /** The eight cases of the small set, in the order of {@code small-set-k2.csv}. */
  static List<TraffickingCase> smallSet() {
    return List.of(caseA(), caseB(), caseC(), caseD(), caseE(), caseF(), caseG(), caseH());
  }

  /**
   * A: registered by the earliest incoming referral (2023-06-01; the outgoing one is ignored), a
   * woman of 23 from Viet Nam exploited in China for 11 months; debt bondage and earnings taken,
   * forced labour in agriculture, recruited by family.
   */
  static TraffickingCase caseA() {
    return base("ctdc-a")
        .person(person(Gender.FEMININE, PartialDate.of(LocalDate.of(2000, 1, 1)), "VN").build())
        .addReferrals(
            Referral.builder().direction(ReferralDirection.INCOMING)
                .date(LocalDate.of(2023, 7, 1)).build(),
            Referral.builder().direction(ReferralDirection.OUTGOING)
                .date(LocalDate.of(2022, 1, 1)).build(),
            Referral.builder().direction(ReferralDirection.INCOMING)
                .date(LocalDate.of(2023, 6, 1)).build())
        .addEvents(
            HistoricEvent.builder().type(HistoricEventType.RECRUITMENT)
                .date(LocalDate.of(2021, 12, 1)).place(Place.of(country("VN"))).build(),
            exploitation("CN", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)))
        .victim(VictimContext.builder()
            .addMethodsOfControl(ControlMethod.DEBT_BONDAGE, ControlMethod.TAKES_EARNINGS)
            .addTypeOfExploitation(ExploitationType.FORCED_LABOUR)
            .forcedLabourIndustry(IsicSection.A_AGRICULTURE_FORESTRY_AND_FISHING)
            .relationshipToTrafficker(RelationshipToTrafficker.FAMILIAL)
            .build())
        .build();
  }

  /**
   * B: the same quasi-identifiers as A (born 2001-05, 21 on 2023-03-15), exploited for exactly 13
   * months; threats and psychological abuse, sexual exploitation in prostitution and
   * pornography, recruited by an acquaintance.
   */
  static TraffickingCase caseB() {
    return base("ctdc-b")
        .registrationDate(LocalDate.of(2023, 3, 15))
        .person(person(Gender.FEMININE, PartialDate.ofYearMonth(2001, 5), "VN").build())
        .addEvents(exploitation("CN", LocalDate.of(2021, 2, 10), LocalDate.of(2022, 3, 10)))
        .victim(VictimContext.builder()
            .addMethodsOfControl(ControlMethod.PHYSICAL_THREATS, ControlMethod.PSYCHOLOGICAL_ABUSE)
            .addTypeOfExploitation(ExploitationType.SEXUAL_EXPLOITATION)
            .addTypeOfSexExploitation(SexExploitationType.PROSTITUTION,
                SexExploitationType.PORNOGRAPHY)
            .relationshipToTrafficker(RelationshipToTrafficker.ACQUAINTED)
            .build())
        .build();
  }

  /**
   * C: a man of 30 registered in 2022, exploited in Cambodia for 25 months; false promises and
   * drugs, forced criminality, recruited by a stranger. Alone in his combination, he shares it
   * with D once the year is blanked.
   */
  static TraffickingCase caseC() {
    return base("ctdc-c")
        .registrationDate(LocalDate.of(2022, 8, 1))
        .person(person(Gender.MASCULINE, PartialDate.of(LocalDate.of(1992, 1, 15)), "VN").build())
        .addEvents(exploitation("KH", LocalDate.of(2019, 7, 1), LocalDate.of(2021, 8, 1)))
        .victim(VictimContext.builder()
            .addMethodsOfControl(ControlMethod.FALSE_PROMISES, ControlMethod.PSYCHOACTIVE_SUBSTANCE)
            .addTypeOfExploitation(ExploitationType.FORCED_CRIMINALITY)
            .relationshipToTrafficker(RelationshipToTrafficker.UNACQUAINTED)
            .build())
        .build();
  }

  /**
   * D: a man born in 1990 (33 or 34 in February 2024: 30--38 either way) registered in 2024,
   * exploited in Cambodia from a date with no end (0 months); excessive hours and documents
   * withheld, forced labour in construction.
   */
  static TraffickingCase caseD() {
    return base("ctdc-d")
        .registrationDate(LocalDate.of(2024, 2, 1))
        .person(person(Gender.MASCULINE, PartialDate.ofYear(1990), "VN").build())
        .addEvents(exploitation("KH", LocalDate.of(2023, 9, 1), null))
        .victim(VictimContext.builder()
            .addMethodsOfControl(ControlMethod.EXCESSIVE_WORKING_HOURS,
                ControlMethod.WITHHOLDS_DOCUMENTS)
            .addTypeOfExploitation(ExploitationType.FORCED_LABOUR)
            .forcedLabourIndustry(IsicSection.F_CONSTRUCTION)
            .build())
        .build();
  }

  /**
   * E: a transgender woman born 2004-03 (19 on 2023-05-10), exploited in Thailand for 5 months;
   * medical care restricted, forced labour in hospitality. She shares her combination with F once
   * year and age band are blanked.
   */
  static TraffickingCase caseE() {
    return base("ctdc-e")
        .registrationDate(LocalDate.of(2023, 5, 10))
        .person(person(Gender.TRANSGENDER_FEMININE, PartialDate.ofYearMonth(2004, 3), "VN").build())
        .addEvents(exploitation("TH", LocalDate.of(2022, 11, 1), LocalDate.of(2023, 4, 1)))
        .victim(VictimContext.builder()
            .addMethodsOfControl(ControlMethod.RESTRICTS_MEDICAL_CARE)
            .addTypeOfExploitation(ExploitationType.FORCED_LABOUR)
            .forcedLabourIndustry(IsicSection.I_ACCOMMODATION_AND_FOOD_SERVICE_ACTIVITIES)
            .build())
        .build();
  }

  /**
   * F: a gender non-conforming person born in 1996 (24 or 25 on 2021-06-15), exploited in
   * Thailand for exactly 24 months; necessities withheld and another means, forced domestic work.
   */
  static TraffickingCase caseF() {
    return base("ctdc-f")
        .registrationDate(LocalDate.of(2021, 6, 15))
        .person(person(Gender.NON_CONFORMING, PartialDate.ofYear(1996), "VN").build())
        .addEvents(exploitation("TH", LocalDate.of(2019, 1, 1), LocalDate.of(2021, 1, 1)))
        .victim(VictimContext.builder()
            .addMethodsOfControl(ControlMethod.WITHHOLDS_NECESSITIES, ControlMethod.OTHER)
            .addTypeOfExploitation(ExploitationType.FORCED_LABOUR)
            .forcedLabourIndustry(IsicSection.T_ACTIVITIES_OF_HOUSEHOLDS_AS_EMPLOYERS)
            .build())
        .build();
  }

  /**
   * G: a man of 50 from Laos exploited in Malaysia for 7 months; threats of the police and
   * finances restricted, forced begging, recruited by family. Unique in every generalisation but
   * the last, all five of his values are blanked.
   */
  static TraffickingCase caseG() {
    return base("ctdc-g")
        .registrationDate(LocalDate.of(2020, 9, 1))
        .person(person(Gender.MASCULINE, PartialDate.of(LocalDate.of(1970, 1, 1)), "LA").build())
        .addEvents(exploitation("MY", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 8, 1)))
        .victim(VictimContext.builder()
            .addMethodsOfControl(ControlMethod.THREATS_LAW_ENFORCEMENT,
                ControlMethod.RESTRICTS_FINANCIAL_ACCESS)
            .addTypeOfExploitation(ExploitationType.FORCED_BEGGING)
            .relationshipToTrafficker(RelationshipToTrafficker.FAMILIAL)
            .build())
        .build();
  }

  /**
   * H: no registration date and only an outgoing referral (so no year and no age band), gender
   * not specified, no citizenship, only a recruitment event; sexual exploitation by remote
   * services (no typeOfSex variable) and another type. Its five quasi-identifiers are blank from
   * the start.
   */
  static TraffickingCase caseH() {
    return base("ctdc-h")
        .person(person(Gender.NON_SPECIFIED_UNKNOWN, PartialDate.ofYear(1999)).build())
        .addReferrals(Referral.builder().direction(ReferralDirection.OUTGOING)
            .date(LocalDate.of(2024, 1, 5)).build())
        .addEvents(HistoricEvent.builder().type(HistoricEventType.RECRUITMENT)
            .date(LocalDate.of(2023, 12, 1)).place(Place.of(country("VN"))).build())
        .victim(VictimContext.builder()
            .addTypeOfExploitation(ExploitationType.SEXUAL_EXPLOITATION, ExploitationType.OTHER)
            .addTypeOfSexExploitation(SexExploitationType.REMOTE_INTERACTIVE_SERVICES)
            .build())
        .build();
  }

  /** A copy of A without any consent: left out for lack of consent. */
  static TraffickingCase withoutConsent() {
    return ImmutableTraffickingCase.copyOf(caseA()).withId("ctdc-no-consent")
        .withConsent(Optional.empty());
  }

  /**
   * A copy of A whose consent does not cover de-identified data sharing and which also has an
   * error (a malformed email): counted only as lacking consent, since consent is checked first.
   */
  static TraffickingCase withoutSharingConsentAndWithError() {
    return ImmutableTraffickingCase.copyOf(caseA()).withId("ctdc-case-management-only")
        .withPerson(person(Gender.FEMININE, PartialDate.of(LocalDate.of(2000, 1, 1)), "VN")
            .email("not an email").build())
        .withConsent(Consent.builder().given(true).addScopes(ConsentScope.CASE_MANAGEMENT,
            ConsentScope.REFERRAL).build());
  }

  /** A copy of A closed without a reason, an ERROR: left out for errors. */
  static TraffickingCase withError() {
    return ImmutableTraffickingCase.copyOf(caseA()).withId("ctdc-closed")
        .withStatus(CaseStatus.CLOSED);
  }
}
