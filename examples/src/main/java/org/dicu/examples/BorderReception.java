package org.dicu.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.dicu.core.agency.AgencyDirectory;
import org.dicu.core.agency.AgencyFunction;
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
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.code.Country;
import org.dicu.core.code.Place;
import org.dicu.core.gcm.GcmObjective;
import org.dicu.core.person.Gender;
import org.dicu.core.person.PartialDate;
import org.dicu.core.person.Person;
import org.dicu.core.service.Article37;
import org.dicu.core.service.BeneficiaryGroup;
import org.dicu.core.service.SupportService;
import org.dicu.core.trafficking.ControlMethod;
import org.dicu.core.trafficking.DecisionMakingOrganisation;
import org.dicu.core.trafficking.ExploitationType;
import org.dicu.core.trafficking.HistoricEvent;
import org.dicu.core.trafficking.HistoricEventType;
import org.dicu.core.trafficking.RecruitmentMethod;
import org.dicu.core.trafficking.TraffickingStatus;
import org.dicu.core.trafficking.VictimContext;
import org.dicu.core.validation.DicuValidator;
import org.dicu.core.validation.ValidationReport;

/**
 * The Viet Nam scenario, step by step: a woman returned from abroad is received at a border-guard
 * station, verified as a victim, referred to the provincial social-protection centre, supported
 * under Art. 37 of Law 53/2024/QH15, and reintegrated with vocational training and a livelihood
 * loan; the case serves GCM objectives 10 and 21. All names and places of people are invented.
 *
 * <p>Run it with {@code mvn -q -pl examples -am package -DskipTests exec:java
 * -Dexec.mainClass=org.dicu.examples.BorderReception}.
 */
public final class BorderReception {

  private static final Country VIET_NAM = Country.ofAlpha2("VN").orElseThrow();
  private static final Country CHINA = Country.ofAlpha2("CN").orElseThrow();

  private BorderReception() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  static void run(PrintStream out) {
    AgencyDirectory directory = AgencyDirectory.builtIn();
    DicuValidator validator = DicuValidator.builder().today(LocalDate.of(2026, 11, 22)).build();

    out.println("1. 20 Sep 2024: the Border Guard receives a woman returned from China.");
    ImmutableTraffickingCase.Builder trafficking = TraffickingCase.builder()
        .id("vn.laocai.case:2024-0920-01")
        .status(CaseStatus.ACTIVE)
        .registrationDate(LocalDate.of(2024, 9, 20))
        .person(Person.builder().secondName("Sùng").middleName("Thị").firstName("Dợ")
            .birthdate(PartialDate.ofYear(2002)).gender(Gender.FEMININE)
            .addCitizenship(VIET_NAM).build())
        .addEvents(HistoricEvent.builder().type(HistoricEventType.RECRUITMENT)
            .date(LocalDate.of(2024, 2, 3)).place(Place.builder().state("Lào Cai").country(VIET_NAM)
                .build()).build())
        .addEvents(HistoricEvent.builder().type(HistoricEventType.EXPLOITATION)
            .date(LocalDate.of(2024, 2, 10)).endDate(LocalDate.of(2024, 9, 12))
            .place(Place.of(CHINA)).build())
        .addReferrals(Referral.builder().direction(ReferralDirection.INCOMING)
            .organisationId("vn.mod.bgc").date(LocalDate.of(2024, 9, 20))
            .reason(ReferralReason.ADDITIONAL_SERVICES_REQUIRED).status(ReferralStatus.ACCEPTED)
            .build())
        .addServices(service(SupportService.INITIAL_RECEPTION, "vn.mod.bgc", 9, 20, 9, 20))
        .consent(Consent.builder().given(true).date(LocalDate.of(2024, 9, 20))
            .addScopes(ConsentScope.CASE_MANAGEMENT, ConsentScope.REFERRAL,
                ConsentScope.DEIDENTIFIED_DATA_SHARING).build());

    out.println("2. 21 Sep 2024: verification confirms she is a victim of forced marriage.");
    trafficking.victim(VictimContext.builder()
        .traffickingStatus(TraffickingStatus.ACTUAL_VICTIM_OF_TRAFFICKING)
        .traffickingStatusDecisionMakingOrg(
            DecisionMakingOrganisation.NON_POLICE_GOVERNMENTAL_ORGANIZATION)
        .traffickingStatusDecisionDate(LocalDate.of(2024, 9, 21))
        .addMethodOfRecruitment(RecruitmentMethod.THROUGH_ONLINE_SOCIAL_NETWORKS)
        .addMethodsOfControl(ControlMethod.FALSE_PROMISES, ControlMethod.WITHHOLDS_DOCUMENTS)
        .addTypeOfExploitation(ExploitationType.FORCED_MARRIAGE)
        .build());

    out.println("3. 22 Sep 2024: she is referred to the provincial social-protection centre.");
    trafficking.addReferrals(Referral.builder().direction(ReferralDirection.OUTGOING)
        .organisationId("vn.laocai.dolisa.centre").date(LocalDate.of(2024, 9, 22))
        .reason(ReferralReason.ADDITIONAL_SERVICES_REQUIRED).status(ReferralStatus.ACCEPTED)
        .build());

    out.println("4. The support she may receive under Art. 37 as a Vietnamese victim:");
    for (SupportService regime : Article37.regimesFor(BeneficiaryGroup.VIETNAMESE_OR_STATELESS_VICTIM)) {
      out.println("   (" + regime.getArticle37Point().orElseThrow() + ") " + regime.getLabelEn()
          + " / " + regime.getLabelVi());
    }
    trafficking
        .addServices(service(SupportService.SHELTER, "vn.laocai.dolisa.centre", 9, 22, 10, 30))
        .addServices(service(SupportService.MEDICAL_SUPPORT, "vn.laocai.dolisa.centre", 9, 23, 10, 4))
        .addServices(service(SupportService.PSYCHOLOGICAL_SUPPORT, "vn.laocai.dolisa.centre", 9, 23,
            10, 30))
        .addServices(service(SupportService.LEGAL_AID, "vn.laocai.dolisa.centre", 9, 26, 9, 26));

    out.println("5. Reintegration: vocational training and a livelihood loan, with the Women's Union.");
    trafficking
        .addServices(service(SupportService.VOCATIONAL_TRAINING_AND_JOB_SUPPORT, "vn.vwu.laocai",
            11, 1, 12, 20))
        .addServices(service(SupportService.PREFERENTIAL_LOAN, "vn.vwu.laocai", 12, 20, 12, 20))
        .addGcmObjectives(GcmObjective.ERADICATE_TRAFFICKING,
            GcmObjective.DIGNIFIED_RETURN_AND_REINTEGRATION);

    TraffickingCase done = trafficking.build();
    ValidationReport report = validator.validate(done);
    out.println("6. The case validates: " + (report.isValid() ? "no error" : report.getIssues())
        + ", " + report.getIssues().size() + " issue(s).");

    out.println("7. Since March 2025 victim support is the Ministry of Health's; a referral to the "
        + "former Ministry of Labour today would go to: "
        + directory.findHolder("vn.molisa", AgencyFunction.VICTIM_PROTECTION_AND_SUPPORT,
            LocalDate.of(2025, 6, 1)).map(agency -> agency.getNameEn() + " ("
                + agency.getNameVi() + ")").orElse("?"));
    out.println("8. GCM objectives served: " + done.getGcmObjectives().stream()
        .map(objective -> objective.getNumber() + " " + objective.getShortName(Locale.ENGLISH))
        .reduce((a, b) -> a + "; " + b).orElse(""));
  }

  private static ServiceProvision service(SupportService service, String provider,
      int startMonth, int startDay, int endMonth, int endDay) {
    return ServiceProvision.builder().service(service).providerId(provider)
        .startDate(LocalDate.of(2024, startMonth, startDay))
        .endDate(LocalDate.of(2024, endMonth, endDay))
        .status(ServiceStatus.COMPLETED).build();
  }
}
