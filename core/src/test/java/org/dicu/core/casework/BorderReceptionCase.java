package org.dicu.core.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import org.dicu.core.code.Country;
import org.dicu.core.code.IsicSection;
import org.dicu.core.code.Language;
import org.dicu.core.code.Place;
import org.dicu.core.gcm.GcmObjective;
import org.dicu.core.migrant.LabourMigration;
import org.dicu.core.migrant.MigrantProfile;
import org.dicu.core.migrant.MigrantType;
import org.dicu.core.migrant.MoneyAmount;
import org.dicu.core.migrant.Movement;
import org.dicu.core.migrant.VulnerabilityFactor;
import org.dicu.core.migrant.VulnerabilityLevel;
import org.dicu.core.person.Address;
import org.dicu.core.person.EducationLevel;
import org.dicu.core.person.Gender;
import org.dicu.core.person.IdentityDocument;
import org.dicu.core.person.IdentityDocumentType;
import org.dicu.core.person.MaritalStatus;
import org.dicu.core.person.PartialDate;
import org.dicu.core.person.Person;
import org.dicu.core.service.SupportService;
import org.dicu.core.trafficking.ControlMethod;
import org.dicu.core.trafficking.DecisionMakingOrganisation;
import org.dicu.core.trafficking.ExploitationType;
import org.dicu.core.trafficking.HistoricEvent;
import org.dicu.core.trafficking.HistoricEventType;
import org.dicu.core.trafficking.Perpetrator;
import org.dicu.core.trafficking.PerpetratorRole;
import org.dicu.core.trafficking.RecruitmentMethod;
import org.dicu.core.trafficking.RelationshipToTrafficker;
import org.dicu.core.trafficking.TraffickingStatus;
import org.dicu.core.trafficking.VictimContext;
import org.dicu.core.trafficking.WebsiteOrApp;

/**
 * The Viet Nam scenario as a fully populated case, all names and places invented: a woman
 * recruited online with a false job offer, exploited in China, returned and received at a
 * border-guard station in Lào Cai, verified as a victim, referred to the provincial social
 * protection centre, given shelter, medical care, psychological support, legal aid, vocational
 * training and an initial hardship allowance; GCM objectives 10 and 21.
 */
public final class BorderReceptionCase {

  /** The date the tests treat as today. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  /** The canary name that must never appear in text meant for logs. */
  public static final String CANARY = "Nguyễn Thị Canary";

  static final Country VN = Country.ofAlpha2("VN").orElseThrow();
  static final Country CN = Country.ofAlpha2("CN").orElseThrow();

  private BorderReceptionCase() {}

  /** Returns the case, valid as it is. */
  public static TraffickingCase valid() {
    return TraffickingCase.builder()
        .id("vn.laocai.case:2024-0917")
        .status(CaseStatus.ACTIVE)
        .caseOwner("Phạm Văn Hùng")
        .registrationDate(LocalDate.of(2024, 9, 20))
        .person(person())
        .migrantProfile(migrantProfile())
        .victim(victim())
        .addPerpetrators(Perpetrator.builder()
            .addRoleInProcess(PerpetratorRole.RECRUITER_OR_INTERMEDIARY, PerpetratorRole.SOLD_INDIVIDUAL)
            .roleDetails("Người quen trên mạng xã hội hứa việc nhẹ lương cao")
            .build())
        .addReferrals(Referral.builder()
            .direction(ReferralDirection.INCOMING)
            .organisationId("vn.mod.bgc")
            .primaryCaseWorker("Đại úy Lò Văn Sáng")
            .date(LocalDate.of(2024, 9, 20))
            .reason(ReferralReason.ADDITIONAL_SERVICES_REQUIRED)
            .details("Tiếp nhận tại đồn biên phòng cửa khẩu")
            .status(ReferralStatus.ACCEPTED)
            .build())
        .addReferrals(Referral.builder()
            .direction(ReferralDirection.OUTGOING)
            .organisationId("vn.laocai.dolisa.centre")
            .primaryCaseWorker("Hoàng Thị Mai")
            .date(LocalDate.of(2024, 9, 22))
            .reason(ReferralReason.ADDITIONAL_SERVICES_REQUIRED)
            .details("Chuyển đến cơ sở bảo trợ xã hội để hỗ trợ tạm thời")
            .status(ReferralStatus.ACCEPTED)
            .build())
        .addEvents(HistoricEvent.builder()
            .type(HistoricEventType.RECRUITMENT)
            .date(LocalDate.of(2023, 5, 10))
            .place(Place.builder().city("Sa Pa").state("Lào Cai").country(VN).build())
            .description("Được rủ sang Trung Quốc làm việc trong xưởng may")
            .build())
        .addEvents(HistoricEvent.builder()
            .type(HistoricEventType.TRANSIT)
            .date(LocalDate.of(2023, 5, 12))
            .place(Place.builder().state("Lào Cai").country(VN).latitude(22.5).longitude(103.96).build())
            .build())
        .addEvents(HistoricEvent.builder()
            .type(HistoricEventType.EXPLOITATION)
            .date(LocalDate.of(2023, 5, 20))
            .endDate(LocalDate.of(2024, 9, 15))
            .place(Place.builder().state("Vân Nam").country(CN).build())
            .description("Bị ép làm việc không công và bị giữ giấy tờ")
            .build())
        .addSupportPlans(SupportPlan.builder()
            .type(SupportPlanType.LIVELIHOOD)
            .objectives("Học nghề may và có việc làm tại địa phương")
            .actionPlan("Học nghề 3 tháng, vay vốn ưu đãi")
            .startDate(LocalDate.of(2024, 10, 1))
            .plannedEndDate(LocalDate.of(2025, 3, 31))
            .actualEndDate(LocalDate.of(2025, 4, 15))
            .build())
        .addServices(provision(SupportService.INITIAL_RECEPTION, "vn.mod.bgc", 9, 20, 9, 20))
        .addServices(provision(SupportService.SHELTER, "vn.laocai.dolisa.centre", 9, 22, 10, 20))
        .addServices(provision(SupportService.MEDICAL_SUPPORT, "vn.laocai.dolisa.centre", 9, 23, 10, 5))
        .addServices(provision(SupportService.PSYCHOLOGICAL_SUPPORT, "vn.laocai.dolisa.centre", 9, 23, 10, 20))
        .addServices(provision(SupportService.LEGAL_AID, "vn.laocai.dolisa.centre", 9, 25, 9, 25))
        .addServices(provision(SupportService.VOCATIONAL_TRAINING_AND_JOB_SUPPORT, "vn.vwu.laocai", 10, 1, 12, 31))
        .addServices(provision(SupportService.INITIAL_HARDSHIP_ALLOWANCE_AND_LOAN, "vn.laocai.dolisa", 9, 30, 9, 30))
        .addComments(CaseComment.builder()
            .author("Hoàng Thị Mai")
            .time(OffsetDateTime.of(2024, 9, 22, 15, 30, 0, 0, ZoneOffset.ofHours(7)))
            .text("Chị " + CANARY + " đã được bố trí chỗ ở tạm thời.")
            .build())
        .consent(Consent.builder()
            .given(true)
            .date(LocalDate.of(2024, 9, 21))
            .addScopes(ConsentScope.CASE_MANAGEMENT, ConsentScope.REFERRAL,
                ConsentScope.DEIDENTIFIED_DATA_SHARING)
            .build())
        .addGcmObjectives(GcmObjective.ERADICATE_TRAFFICKING,
            GcmObjective.DIGNIFIED_RETURN_AND_REINTEGRATION)
        .build();
  }

  private static ServiceProvision provision(
      SupportService service, String provider, int startMonth, int startDay, int endMonth,
      int endDay) {
    return ServiceProvision.builder()
        .service(service)
        .providerId(provider)
        .startDate(LocalDate.of(2024, startMonth, startDay))
        .endDate(LocalDate.of(2024, endMonth, endDay))
        .status(ServiceStatus.COMPLETED)
        .outcome("Hoàn thành")
        .build();
  }

  static Person person() {
    return Person.builder()
        .salutation("Chị")
        .firstName("Canary")
        .middleName("Thị")
        .secondName("Nguyễn")
        .birthdate(PartialDate.ofYearMonth(2001, 3))
        .gender(Gender.FEMININE)
        .maritalStatus(MaritalStatus.SINGLE)
        .numberOfChildren(0)
        .primaryLanguage(Language.parse("hmn").orElseThrow())
        .secondaryLanguage(Language.parse("vi").orElseThrow())
        .highestLevelOfEducation(EducationLevel.LOWER_SECONDARY_EDUCATION)
        .addCitizenship(VN)
        .addIdentityDocuments(IdentityDocument.builder()
            .type(IdentityDocumentType.NATIONAL_IDENTITY_CARD)
            .number("010301234567")
            .issuingCountry(VN)
            .build())
        .mobilePhone("+84912345678")
        .email("canary.nguyen@example.org")
        .mailingAddress(Address.builder()
            .street("Thôn Bản Khoang")
            .city("Xã Tả Phìn")
            .state("Lào Cai")
            .postalCode("31000")
            .country(VN)
            .build())
        .build();
  }

  static MigrantProfile migrantProfile() {
    return MigrantProfile.builder()
        .migrantType(MigrantType.RETURNEE)
        .movement(Movement.INTERNATIONAL)
        .addCountriesOfOrigin(VN)
        .addCountriesOfDestination(CN)
        .departureDate(LocalDate.of(2023, 5, 12))
        .returnDate(LocalDate.of(2024, 9, 20))
        .labourMigration(LabourMigration.builder()
            .contractBased(false)
            .sector(IsicSection.C_MANUFACTURING)
            .recruitmentCosts(MoneyAmount.of(new BigDecimal("5000000"), Currency.getInstance("VND")))
            .build())
        .addVulnerabilityFactors(VulnerabilityFactor.builder()
            .level(VulnerabilityLevel.HOUSEHOLD)
            .protective(false)
            .factor("Gia đình nợ vay")
            .build())
        .addVulnerabilityFactors(VulnerabilityFactor.builder()
            .level(VulnerabilityLevel.COMMUNITY)
            .protective(true)
            .factor("Hội Phụ nữ xã hỗ trợ")
            .build())
        .build();
  }

  static VictimContext victim() {
    return VictimContext.builder()
        .traffickingStatus(TraffickingStatus.ACTUAL_VICTIM_OF_TRAFFICKING)
        .traffickingStatusDecisionMakingOrg(DecisionMakingOrganisation.NON_POLICE_GOVERNMENTAL_ORGANIZATION)
        .traffickingStatusDecisionDate(LocalDate.of(2024, 9, 21))
        .relationshipToTrafficker(RelationshipToTrafficker.ACQUAINTED)
        .ageWhenTrafficked(22)
        .addMethodOfRecruitment(RecruitmentMethod.THROUGH_ONLINE_SOCIAL_NETWORKS)
        .addRecruitmentWebsitesAndApps(WebsiteOrApp.FACEBOOK)
        .locationOfRecruitment("Sa Pa, Lào Cai")
        .addMethodsOfControl(ControlMethod.WITHHOLDS_DOCUMENTS, ControlMethod.FALSE_PROMISES)
        .addTypeOfExploitation(ExploitationType.FORCED_LABOUR)
        .forcedLabourIndustry(IsicSection.C_MANUFACTURING)
        .locationOfExploitation("Vân Nam, Trung Quốc")
        .build();
  }
}
