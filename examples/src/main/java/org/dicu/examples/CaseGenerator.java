package org.dicu.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.dicu.core.casework.CaseComment;
import org.dicu.core.casework.CaseStatus;
import org.dicu.core.casework.Consent;
import org.dicu.core.casework.ConsentScope;
import org.dicu.core.casework.ImmutableTraffickingCase;
import org.dicu.core.casework.Referral;
import org.dicu.core.casework.ReferralDirection;
import org.dicu.core.casework.ReferralReason;
import org.dicu.core.casework.ReferralStatus;
import org.dicu.core.casework.ServiceProvision;
import org.dicu.core.casework.ServiceStatus;
import org.dicu.core.casework.SupportPlan;
import org.dicu.core.casework.SupportPlanType;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.code.CodeList;
import org.dicu.core.code.Coded;
import org.dicu.core.code.Country;
import org.dicu.core.code.IsicSection;
import org.dicu.core.code.Language;
import org.dicu.core.code.Place;
import org.dicu.core.gcm.GcmObjective;
import org.dicu.core.migrant.LabourMigration;
import org.dicu.core.migrant.MigrantProfile;
import org.dicu.core.migrant.MigrantType;
import org.dicu.core.migrant.MoneyAmount;
import org.dicu.core.person.Gender;
import org.dicu.core.person.ImmutablePerson;
import org.dicu.core.person.PartialDate;
import org.dicu.core.person.Person;
import org.dicu.core.service.SupportService;
import org.dicu.core.trafficking.ControlMethod;
import org.dicu.core.trafficking.DecisionMakingOrganisation;
import org.dicu.core.trafficking.ExploitationType;
import org.dicu.core.trafficking.HistoricEvent;
import org.dicu.core.trafficking.HistoricEventType;
import org.dicu.core.trafficking.ImmutableVictimContext;
import org.dicu.core.trafficking.TraffickingStatus;
import org.dicu.core.trafficking.VictimContext;

/**
 * Random but reproducible trafficking cases that reach every code list, with invented Vietnamese
 * names: test data for round trips, load tests and benchmarks. The same seed gives the same cases.
 */
public final class CaseGenerator {

  private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng",
      "Vũ", "Đặng", "Lò", "Giàng", "Thào");
  private static final List<String> GIVEN = List.of("Lan", "Mai", "Hùng", "Dũng", "Thảo", "Sáng",
      "Mỷ", "Chử", "Ánh", "Quỳnh");

  private final Random random;

  /**
   * Creates a generator.
   *
   * @param seed  the seed; the same seed gives the same cases
   */
  public CaseGenerator(long seed) {
    this.random = new Random(seed);
  }

  private <E extends Enum<E> & Coded> E any(Class<E> type) {
    List<E> values = CodeList.of(type).getValues();
    return values.get(random.nextInt(values.size()));
  }

  private <T> T any(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private LocalDate date(int fromYear) {
    return LocalDate.of(fromYear + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
  }

  private Country country() {
    return any(List.of("VN", "CN", "LA", "KH", "TH", "MY", "KR", "JP", "DE", "GB")).transform(
        code -> Country.ofAlpha2(code).orElseThrow());
  }

  /**
   * Returns the next case.
   *
   * @param number  the case number, which makes its id ({@code case-<number>})
   * @return the case, not null
   */
  public TraffickingCase next(long number) {
    ImmutableTraffickingCase.Builder trafficking = new ImmutableTraffickingCase.Builder()
        .id("case-" + number)
        .status(any(CaseStatus.class))
        .registrationDate(date(2022))
        .person(person())
        .victim(victim());
    if (random.nextBoolean()) {
      trafficking.caseOwner(any(GIVEN) + " " + any(FAMILY));
    }
    if (random.nextBoolean()) {
      trafficking.migrantProfile(MigrantProfile.builder()
          .migrantType(any(MigrantType.class))
          .addCountriesOfOrigin(country())
          .addCountriesOfDestination(country(), country())
          .departureDate(date(2020))
          .labourMigration(LabourMigration.builder()
              .contractBased(random.nextBoolean())
              .sector(any(IsicSection.class))
              .recruitmentCosts(MoneyAmount.of(new BigDecimal(random.nextInt(9000) + ".50"),
                  Currency.getInstance(any(List.of("VND", "USD", "MYR")))))
              .build())
          .build());
    }
    for (int i = random.nextInt(3); i >= 0; i--) {
      trafficking.addReferrals(Referral.builder()
          .direction(any(ReferralDirection.class))
          .organisationId(any(List.of("vn.mod.bgc", "vn.laocai.dolisa.centre", "int.iom.vn")))
          .date(date(2023))
          .reason(any(ReferralReason.class))
          .status(any(ReferralStatus.class))
          .rejectionReason("Không đủ chỗ")
          .details("Chuyển tuyến " + i)
          .build());
    }
    for (int i = random.nextInt(4); i >= 0; i--) {
      trafficking.addEvents(HistoricEvent.builder()
          .type(any(HistoricEventType.class))
          .date(date(2021))
          .place(Place.builder().country(country()).city("Thành phố " + i)
              .latitude(random.nextDouble() * 40).longitude(100 + random.nextDouble() * 10).build())
          .build());
    }
    for (int i = random.nextInt(5) + 1; i >= 0; i--) {
      trafficking.addServices(ServiceProvision.builder()
          .service(any(SupportService.class))
          .status(any(ServiceStatus.class))
          .startDate(date(2023))
          .build());
    }
    if (random.nextBoolean()) {
      trafficking.addSupportPlans(SupportPlan.builder().type(any(SupportPlanType.class))
          .objectives("Mục tiêu").plannedEndDate(date(2025)).build());
      trafficking.addComments(CaseComment.builder().author(any(GIVEN)).text("Ghi chú")
          .time(OffsetDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneOffset.ofHours(7))).build());
    }
    boolean consented = random.nextInt(10) > 0;
    trafficking.consent(Consent.builder().given(consented).date(date(2023))
        .addScopes(consented ? new ConsentScope[] {ConsentScope.CASE_MANAGEMENT,
            ConsentScope.REFERRAL, ConsentScope.DEIDENTIFIED_DATA_SHARING}
            : new ConsentScope[] {any(ConsentScope.class)})
        .build());
    trafficking.reasonForCaseClosure("Đã tái hòa nhập cộng đồng");
    trafficking.addReferrals(Referral.builder().direction(ReferralDirection.OUTGOING)
        .organisationId("vn.laocai.dolisa.centre").date(date(2023))
        .reason(any(ReferralReason.class)).build());
    trafficking.addGcmObjectives(any(GcmObjective.class));
    return trafficking.build();
  }

  private Person person() {
    ImmutablePerson.Builder person = Person.builder()
        .secondName(any(FAMILY))
        .firstName(any(GIVEN))
        .gender(any(Gender.class))
        .addCitizenship(country());
    switch (random.nextInt(3)) {
      case 0:
        person.birthdate(PartialDate.ofYear(1970 + random.nextInt(40)));
        break;
      case 1:
        person.birthdate(PartialDate.ofYearMonth(1970 + random.nextInt(40), 1 + random.nextInt(12)));
        break;
      default:
        person.birthdate(PartialDate.of(date(1980)));
    }
    if (random.nextBoolean()) {
      person.primaryLanguage(Language.parse(any(List.of("vi", "hmn", "km", "zh"))).orElseThrow())
          .mobilePhone("+8491" + (1000000 + random.nextInt(8999999)));
    }
    return person.build();
  }

  private VictimContext victim() {
    TraffickingStatus status = any(TraffickingStatus.class);
    ImmutableVictimContext.Builder victim = VictimContext.builder()
        .traffickingStatus(status)
        .addMethodsOfControl(any(ControlMethod.class), any(ControlMethod.class))
        .addTypeOfExploitation(any(ExploitationType.class));
    if (status != TraffickingStatus.POSSIBLE_VICTIM_OF_TRAFFICKING) {
      victim.traffickingStatusDecisionMakingOrg(any(DecisionMakingOrganisation.class))
          .traffickingStatusDecisionDate(date(2023));
    }
    return victim.build();
  }
}
