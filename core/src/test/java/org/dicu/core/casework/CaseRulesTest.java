package org.dicu.core.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.dicu.core.casework.BorderReceptionCase.TODAY;
import static org.dicu.core.validation.ReportAssert.assertThatReport;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dicu.core.code.Country;
import org.dicu.core.migrant.ImmutableLabourMigration;
import org.dicu.core.migrant.ImmutableMigrantProfile;
import org.dicu.core.migrant.MigrantProfile;
import org.dicu.core.migrant.ProtectionStatus;
import org.dicu.core.person.ImmutablePerson;
import org.dicu.core.person.PartialDate;
import org.dicu.core.service.BeneficiaryGroup;
import org.dicu.core.service.SupportService;
import org.dicu.core.trafficking.HistoricEvent;
import org.dicu.core.trafficking.HistoricEventType;
import org.dicu.core.trafficking.ImmutableHistoricEvent;
import org.dicu.core.trafficking.ImmutableVictimContext;
import org.dicu.core.trafficking.TraffickingStatus;
import org.dicu.core.trafficking.VictimContext;
import org.dicu.core.validation.DicuValidator;
import org.dicu.core.validation.Issue;
import org.dicu.core.validation.Severity;
import org.dicu.core.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** Each domain rule of a trafficking case, with an example that passes and one that fails. */
final class CaseRulesTest {

  private static final DicuValidator VALIDATOR = DicuValidator.builder().today(TODAY).build();

  private final TraffickingCase valid = BorderReceptionCase.valid();

  private static ValidationReport validate(TraffickingCase trafficking) {
    return VALIDATOR.validate(trafficking);
  }

  private ImmutableTraffickingCase base() {
    return ImmutableTraffickingCase.copyOf(valid);
  }

  private static VictimContext victimWith(TraffickingStatus status) {
    return ImmutableVictimContext.copyOf(BorderReceptionCase.victim()).withTraffickingStatus(status);
  }

  @Test
  void shouldAcceptTheScenarioCaseWithoutAnyIssue() {
    assertThatReport(validate(valid)).hasNoIssues();
  }

  @Test
  void shouldRejectABirthdateInTheFuture() {
    TraffickingCase trafficking = base().withPerson(
        ImmutablePerson.copyOf(valid.getPerson()).withBirthdate(PartialDate.ofYear(2027)));
    assertThatReport(validate(trafficking))
        .hasIssue(Severity.ERROR, "person.birthdate-in-future", "/person/birthdate");
  }

  @Test
  void shouldRejectABirthdateAfterAnEventOfTheCase() {
    TraffickingCase trafficking = base().withPerson(
        ImmutablePerson.copyOf(valid.getPerson()).withBirthdate(PartialDate.ofYear(2024)));
    ValidationReport report = validate(trafficking);
    assertThatReport(report)
        .hasIssue(Severity.ERROR, "person.birthdate-after-event", "/person/birthdate");
    assertThat(issue(report, "person.birthdate-after-event").getValue()).isEmpty();
  }

  @Test
  void shouldAcceptABirthYearThatMayStillPrecedeTheEvents() {
    TraffickingCase trafficking = base()
        .withPerson(ImmutablePerson.copyOf(valid.getPerson()).withBirthdate(PartialDate.ofYear(2001)))
        .withVictim(ImmutableVictimContext.copyOf(BorderReceptionCase.victim()).withAgeWhenTrafficked(22));
    assertThatReport(validate(trafficking)).hasNoIssues();
  }

  @Test
  void shouldWarnWhenTheAgeWhenTraffickedContradictsTheBirthdate() {
    TraffickingCase trafficking = base().withVictim(
        ImmutableVictimContext.copyOf(BorderReceptionCase.victim()).withAgeWhenTrafficked(30));
    ValidationReport report = validate(trafficking);
    assertThatReport(report)
        .hasOnlyIssue(Severity.WARNING, "victim.age-inconsistent", "/victim/ageWhenTrafficked");
    assertThat(issue(report, "victim.age-inconsistent").getValue()).contains("30");
  }

  @Test
  void shouldRejectAnAgeWhenTraffickedOutOfRange() {
    TraffickingCase trafficking = base().withVictim(
        ImmutableVictimContext.copyOf(BorderReceptionCase.victim()).withAgeWhenTrafficked(-1));
    assertThatReport(validate(trafficking))
        .hasOnlyIssue(Severity.ERROR, "victim.age-out-of-range", "/victim/ageWhenTrafficked");
  }

  @Test
  void shouldRequireMethodsOfControlForAnAdultActualVictim() {
    TraffickingCase trafficking = base().withVictim(
        ImmutableVictimContext.copyOf(BorderReceptionCase.victim()).withMethodsOfControl(List.of()));
    assertThatReport(validate(trafficking)).hasOnlyIssue(Severity.ERROR,
        "victim.adult-without-methods-of-control", "/victim/methodsOfControl");
  }

  @Test
  void shouldNeverRequireMethodsOfControlForAChild() {
    TraffickingCase trafficking = base()
        .withPerson(ImmutablePerson.copyOf(valid.getPerson()).withBirthdate(PartialDate.ofYear(2008)))
        .withVictim(ImmutableVictimContext.copyOf(BorderReceptionCase.victim())
            .withMethodsOfControl(List.of())
            .withAgeWhenTrafficked(15));
    assertThatReport(validate(trafficking)).hasNoIssues();
  }

  @Test
  void shouldJudgeChildhoodAtTheFirstExploitationNotAtRegistration() {
    // 17 when exploited from 2023-05-20, 18 by registration on 2024-09-20: still a child's case
    TraffickingCase trafficking = base()
        .withPerson(ImmutablePerson.copyOf(valid.getPerson())
            .withBirthdate(PartialDate.of(LocalDate.of(2005, 9, 1))))
        .withVictim(ImmutableVictimContext.copyOf(BorderReceptionCase.victim())
            .withMethodsOfControl(List.of())
            .withAgeWhenTrafficked(17));
    assertThatReport(validate(trafficking)).hasNoIssues();
  }

  @Test
  void shouldRequireATypeOfExploitationForAnActualVictim() {
    TraffickingCase trafficking = base().withVictim(ImmutableVictimContext
        .copyOf(BorderReceptionCase.victim()).withTypeOfExploitation(List.of()));
    assertThatReport(validate(trafficking)).hasOnlyIssue(Severity.ERROR,
        "victim.actual-without-type-of-exploitation", "/victim/typeOfExploitation");
  }

  @Test
  void shouldRequireTheDecidingOrganisationForADecidedStatus() {
    VictimContext victim = new ImmutableVictimContext.Builder()
        .from(victimWith(TraffickingStatus.NOT_A_VICTIM_OF_TRAFFICKING))
        .traffickingStatusDecisionMakingOrg(Optional.empty())
        .build();
    ValidationReport report = validate(base().withVictim(victim).withServices(List.of()));
    assertThatReport(report).hasOnlyIssue(Severity.ERROR,
        "victim.decision-without-organisation", "/victim/traffickingStatusDecisionMakingOrg");
    assertThat(issue(report, "victim.decision-without-organisation").getValue())
        .contains("NotAVictimOfTrafficking");
  }

  @Test
  void shouldNotAskAPossibleVictimForADecision() {
    VictimContext victim = new ImmutableVictimContext.Builder()
        .from(victimWith(TraffickingStatus.POSSIBLE_VICTIM_OF_TRAFFICKING))
        .traffickingStatusDecisionMakingOrg(Optional.empty())
        .traffickingStatusDecisionDate(Optional.empty())
        .build();
    assertThatReport(validate(base().withVictim(victim).withServices(List.of()))).hasNoIssues();
  }

  @Test
  void shouldWarnWhenADecidedStatusHasNoDecisionDate() {
    VictimContext victim = new ImmutableVictimContext.Builder()
        .from(BorderReceptionCase.victim())
        .traffickingStatusDecisionDate(Optional.empty())
        .build();
    assertThatReport(validate(base().withVictim(victim))).hasOnlyIssue(Severity.WARNING,
        "victim.decision-without-date", "/victim/traffickingStatusDecisionDate");
  }

  @Test
  void shouldRequireAReasonToCloseACase() {
    assertThatReport(validate(base().withStatus(CaseStatus.CLOSED)))
        .hasOnlyIssue(Severity.ERROR, "case.closed-without-reason", "/reasonForCaseClosure");
    assertThatReport(validate(base().withStatus(CaseStatus.CLOSED)
        .withReasonForCaseClosure("Đã tái hòa nhập cộng đồng"))).hasNoIssues();
  }

  @Test
  void shouldRequireAnOutgoingReferralToCloseByReferral() {
    TraffickingCase trafficking = base().withStatus(CaseStatus.CLOSED_REFERRED)
        .withReasonForCaseClosure("Chuyển về địa phương")
        .withReferrals(valid.getReferrals().get(0));
    assertThatReport(validate(trafficking)).hasOnlyIssue(Severity.ERROR,
        "case.closed-referred-without-referral", "/referrals");
    assertThatReport(validate(base().withStatus(CaseStatus.CLOSED_REFERRED)
        .withReasonForCaseClosure("Chuyển về địa phương"))).hasNoIssues();
  }

  @Test
  void shouldRejectDatesAfterToday() {
    Referral late = ImmutableReferral.copyOf(valid.getReferrals().get(1))
        .withDate(TODAY.plusDays(1));
    ValidationReport report =
        validate(base().withReferrals(valid.getReferrals().get(0), late));
    assertThatReport(report).hasOnlyIssue(Severity.ERROR, "date.in-future", "/referrals/1/date");
    assertThat(issue(report, "date.in-future").getValue()).contains("2026-11-23");
  }

  @Test
  void shouldAllowAPlannedServiceToStartInTheFuture() {
    ServiceProvision planned = ServiceProvision.builder()
        .service(SupportService.VOCATIONAL_TRAINING_AND_JOB_SUPPORT)
        .startDate(TODAY.plusMonths(1))
        .status(ServiceStatus.PLANNED)
        .build();
    assertThatReport(validate(base().withServices(planned))).hasNoIssues();
  }

  @Test
  void shouldRejectAnEndBeforeItsStart() {
    ServiceProvision backwards = ImmutableServiceProvision.copyOf(valid.getServices().get(1))
        .withEndDate(LocalDate.of(2024, 9, 1));
    ValidationReport report = validate(base().withServices(backwards));
    assertThatReport(report)
        .hasOnlyIssue(Severity.ERROR, "date.end-before-start", "/services/0/endDate");
  }

  @Test
  void shouldRejectAReturnBeforeTheDeparture() {
    MigrantProfile profile = ImmutableMigrantProfile.copyOf(BorderReceptionCase.migrantProfile())
        .withReturnDate(LocalDate.of(2023, 1, 1));
    assertThatReport(validate(base().withMigrantProfile(profile))).hasOnlyIssue(
        Severity.ERROR, "date.end-before-start", "/migrantProfile/returnDate");
  }

  @Test
  void shouldRejectConsentWithdrawnBeforeItWasGiven() {
    Consent consent = ImmutableConsent.copyOf(valid.getConsent().orElseThrow())
        .withWithdrawalDate(LocalDate.of(2024, 9, 1))
        .withLegalBasis(LegalBasis.LEGAL_OBLIGATION);
    assertThatReport(validate(base().withConsent(consent))).hasOnlyIssue(
        Severity.ERROR, "consent.withdrawn-before-given", "/consent/withdrawalDate");
  }

  @Test
  void shouldRequireConsentOrALegalBasisForAnOutgoingReferral() {
    Consent noReferral = Consent.builder().given(true).date(LocalDate.of(2024, 9, 21))
        .addScopes(ConsentScope.CASE_MANAGEMENT).build();
    assertThatReport(validate(base().withConsent(noReferral)))
        .hasOnlyIssue(Severity.ERROR, "consent.missing-for-referral", "/referrals/1");
    Consent legalBasis = Consent.builder().given(false)
        .legalBasis(LegalBasis.VITAL_INTERESTS).build();
    assertThatReport(validate(base().withConsent(legalBasis))).hasNoIssues();
  }

  @Test
  void shouldRequireAReasonForARejectedReferral() {
    ImmutableReferral rejected = ImmutableReferral.copyOf(valid.getReferrals().get(0))
        .withStatus(ReferralStatus.REJECTED);
    assertThatReport(validate(base().withReferrals(rejected, valid.getReferrals().get(1))))
        .hasOnlyIssue(Severity.ERROR, "referral.rejected-without-reason",
            "/referrals/0/rejectionReason");
    assertThatReport(validate(base().withReferrals(rejected.withRejectionReason("Quá tải"),
        valid.getReferrals().get(1)))).hasNoIssues();
  }

  @Test
  void shouldWarnAboutAnArticle37RegimeTheGroupIsNotEntitledTo() {
    // a person still under identification abroad may receive regimes a-d only: here psychological
    // support (g), legal aid (đ), vocational training (i) and the hardship allowance (k) are not
    TraffickingCase trafficking = base()
        .withVictim(victimWith(TraffickingStatus.POSSIBLE_VICTIM_OF_TRAFFICKING))
        .withMigrantProfile(ImmutableMigrantProfile.copyOf(BorderReceptionCase.migrantProfile())
            .withReturnDate(Optional.empty()));
    ValidationReport report = validate(trafficking);
    assertThat(report.getIssues()).extracting(Issue::getCode, Issue::getLocation)
        .containsOnly(
            tuple("service.not-entitled", "/services/3/service"),
            tuple("service.not-entitled", "/services/4/service"),
            tuple("service.not-entitled", "/services/5/service"),
            tuple("service.not-entitled", "/services/6/service"));
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void shouldWarnAboutAnUnknownAgency() {
    ServiceProvision unknown = ImmutableServiceProvision.copyOf(valid.getServices().get(0))
        .withProviderId("vn.laocai.bgc.station-9");
    ValidationReport report = validate(base().withServices(unknown));
    assertThatReport(report)
        .hasOnlyIssue(Severity.WARNING, "agency.unknown", "/services/0/providerId");
    assertThat(issue(report, "agency.unknown").getValue()).contains("vn.laocai.bgc.station-9");
  }

  @Test
  void shouldNameTheSuccessorOfAnAgencyReferencedAfterItWasDissolved() {
    Referral toMolisa = ImmutableReferral.copyOf(valid.getReferrals().get(1))
        .withOrganisationId("vn.mard")
        .withDate(LocalDate.of(2025, 6, 1));
    ValidationReport report =
        validate(base().withReferrals(valid.getReferrals().get(0), toMolisa));
    assertThatReport(report)
        .hasOnlyIssue(Severity.WARNING, "agency.dissolved", "/referrals/1/organisationId");
    assertThat(issue(report, "agency.dissolved").getMessage()).contains("vn.mae");
  }

  @Test
  void shouldNameTheHolderOfVictimSupportWhenTheDissolvedMinistrysWorkWasSplit() {
    Referral toMolisa = ImmutableReferral.copyOf(valid.getReferrals().get(1))
        .withOrganisationId("vn.molisa")
        .withDate(LocalDate.of(2025, 6, 1));
    ValidationReport report =
        validate(base().withReferrals(valid.getReferrals().get(0), toMolisa));
    assertThatReport(report)
        .hasOnlyIssue(Severity.WARNING, "agency.dissolved", "/referrals/1/organisationId");
    assertThat(issue(report, "agency.dissolved").getMessage())
        .contains("2025-02-28").contains("vn.moh").doesNotContain("vn.moha");
  }

  @Test
  void shouldAcceptADissolvedAgencyForARecordDatedBeforeTheDissolution() {
    Referral toMolisa = ImmutableReferral.copyOf(valid.getReferrals().get(1))
        .withOrganisationId("vn.molisa");
    assertThatReport(validate(base().withReferrals(valid.getReferrals().get(0), toMolisa)))
        .hasNoIssues();
  }

  @Test
  void shouldRejectAMalformedAgencyIdWithoutAlsoCallingItUnknown() {
    ServiceProvision malformed = ImmutableServiceProvision.copyOf(valid.getServices().get(0))
        .withProviderId("Trung tâm bảo trợ!");
    assertThatReport(validate(base().withServices(malformed)))
        .hasOnlyIssue(Severity.ERROR, "id.malformed", "/services/0/providerId");
  }

  @Test
  void shouldRejectAMalformedRecordId() {
    assertThatReport(validate(base().withId("case 1")))
        .hasOnlyIssue(Severity.ERROR, "id.malformed", "/id");
  }

  @Test
  void shouldRejectAnInvalidPhoneNumberWithoutShowingIt() {
    TraffickingCase trafficking = base().withPerson(
        ImmutablePerson.copyOf(valid.getPerson()).withMobilePhone("0912345678"));
    ValidationReport report = validate(trafficking);
    assertThatReport(report)
        .hasOnlyIssue(Severity.ERROR, "person.phone-invalid", "/person/mobilePhone");
    assertThat(issue(report, "person.phone-invalid").getValue()).isEmpty();
  }

  @Test
  void shouldRejectANumberOfChildrenOutOfRange() {
    TraffickingCase trafficking = base().withPerson(
        ImmutablePerson.copyOf(valid.getPerson()).withNumberOfChildren(31));
    assertThatReport(validate(trafficking)).hasOnlyIssue(Severity.ERROR,
        "person.children-out-of-range", "/person/numberOfChildren");
  }

  @Test
  void shouldRejectAnInvalidEmail() {
    TraffickingCase trafficking = base().withPerson(
        ImmutablePerson.copyOf(valid.getPerson()).withEmail("canary.nguyen.example.org"));
    assertThatReport(validate(trafficking))
        .hasOnlyIssue(Severity.ERROR, "person.email-invalid", "/person/email");
  }

  @Test
  void shouldRejectCoordinatesOffTheGlobe() {
    HistoricEvent event = ImmutableHistoricEvent.copyOf(valid.getEvents().get(1))
        .withPlace(org.dicu.core.code.Place.builder().latitude(95.0).longitude(103.96)
            .country(Country.ofAlpha2("VN").orElseThrow()).build());
    ValidationReport report = validate(base().withEvents(valid.getEvents().get(0), event,
        valid.getEvents().get(2)));
    assertThatReport(report).hasOnlyIssue(Severity.ERROR, "place.coordinates-out-of-range",
        "/events/1/place/latitude");
    assertThat(issue(report, "place.coordinates-out-of-range").getValue()).contains("95.0");
  }

  @Test
  void shouldRejectBlankCommentText() {
    CaseComment blank = ImmutableCaseComment.copyOf(valid.getComments().get(0)).withText(" ");
    assertThatReport(validate(base().withComments(blank)))
        .hasOnlyIssue(Severity.ERROR, "text.blank", "/comments/0/text");
  }

  @Test
  void shouldRejectTextLongerThanAllowed() {
    CaseComment longText = ImmutableCaseComment.copyOf(valid.getComments().get(0))
        .withText("x".repeat(4001));
    assertThatReport(validate(base().withComments(longText)))
        .hasOnlyIssue(Severity.ERROR, "text.too-long", "/comments/0/text");
  }

  @Test
  void shouldPlaceAnEventAfterTheFirstForTheChildRuleOnlyWhenItIsExploitation() {
    HistoricEvent transitOnly = HistoricEvent.builder().type(HistoricEventType.TRANSIT)
        .date(LocalDate.of(2010, 1, 1)).build();
    TraffickingCase trafficking = base().withEvents(transitOnly)
        .withPerson(ImmutablePerson.copyOf(valid.getPerson()).withBirthdate(PartialDate.ofYear(2001)))
        .withVictim(ImmutableVictimContext.copyOf(BorderReceptionCase.victim())
            .withMethodsOfControl(List.of())
            .withAgeWhenTrafficked(Optional.empty()));
    // no exploitation event: the age at registration (23) decides, and an adult needs control
    assertThatReport(validate(trafficking)).hasOnlyIssue(Severity.ERROR,
        "victim.adult-without-methods-of-control", "/victim/methodsOfControl");
  }

  /** The locations of the issues with this code. */
  private static List<String> locations(ValidationReport report, String code) {
    return report.getIssues().stream().filter(i -> i.getCode().equals(code))
        .map(Issue::getLocation).collect(Collectors.toList());
  }

  @Test
  void shouldCheckEveryRecordedDateAgainstToday() {
    // the day before the first event of the case: every date is after it, but a support plan
    // may start in the future
    DicuValidator beforeItAll = DicuValidator.builder().today(LocalDate.of(2023, 5, 9)).build();

    ValidationReport report = beforeItAll.validate(valid);

    assertThat(locations(report, "date.in-future")).containsExactly(
        "/comments/0/time", "/consent/date",
        "/events/0/date", "/events/1/date", "/events/2/date", "/events/2/endDate",
        "/migrantProfile/departureDate", "/migrantProfile/returnDate",
        "/referrals/0/date", "/referrals/1/date", "/registrationDate",
        "/services/0/endDate", "/services/0/startDate", "/services/1/endDate",
        "/services/1/startDate", "/services/2/endDate", "/services/2/startDate",
        "/services/3/endDate", "/services/3/startDate", "/services/4/endDate",
        "/services/4/startDate", "/services/5/endDate", "/services/5/startDate",
        "/services/6/endDate", "/services/6/startDate",
        "/supportPlans/0/actualEndDate", "/victim/traffickingStatusDecisionDate");
    assertThat(report.getIssues()).extracting(Issue::getCode).containsOnly("date.in-future");
  }

  @Test
  void shouldCheckEveryEndAgainstItsStart() {
    LocalDate early = LocalDate.of(2023, 5, 1);
    HistoricEvent exploitation = valid.getEvents().get(2);
    SupportPlan plan = valid.getSupportPlans().get(0);
    TraffickingCase trafficking = base()
        .withEvents(valid.getEvents().get(0), valid.getEvents().get(1),
            ImmutableHistoricEvent.copyOf(exploitation).withEndDate(LocalDate.of(2023, 5, 19)))
        .withServices(valid.getServices().get(0),
            ImmutableServiceProvision.copyOf(valid.getServices().get(1)).withEndDate(early))
        .withSupportPlans(ImmutableSupportPlan.copyOf(plan)
            .withPlannedEndDate(LocalDate.of(2024, 9, 30))
            .withActualEndDate(LocalDate.of(2024, 9, 30)))
        .withMigrantProfile(ImmutableMigrantProfile.copyOf(BorderReceptionCase.migrantProfile())
            .withReturnDate(LocalDate.of(2023, 5, 11)));

    ValidationReport report = validate(trafficking);

    assertThat(locations(report, "date.end-before-start")).containsExactly(
        "/events/2/endDate", "/migrantProfile/returnDate", "/services/1/endDate",
        "/supportPlans/0/actualEndDate", "/supportPlans/0/plannedEndDate");
    assertThat(issue(report, "date.end-before-start").getValue()).contains("2023-05-19");
  }

  @Test
  void shouldCountAPersonAsAnAdultFromTheirEighteenthBirthday() {
    // the first exploitation event is on 2023-05-20
    ImmutableVictimContext withoutControl = ImmutableVictimContext
        .copyOf(BorderReceptionCase.victim()).withMethodsOfControl(List.of())
        .withAgeWhenTrafficked(Optional.empty());
    TraffickingCase eighteenThatDay = base().withVictim(withoutControl).withPerson(
        ImmutablePerson.copyOf(valid.getPerson())
            .withBirthdate(PartialDate.of(LocalDate.of(2005, 5, 20))));
    TraffickingCase eighteenTheDayAfter = base().withVictim(withoutControl).withPerson(
        ImmutablePerson.copyOf(valid.getPerson())
            .withBirthdate(PartialDate.of(LocalDate.of(2005, 5, 21))));

    assertThatReport(validate(eighteenThatDay)).hasOnlyIssue(Severity.ERROR,
        "victim.adult-without-methods-of-control", "/victim/methodsOfControl");
    assertThatReport(validate(eighteenTheDayAfter)).hasNoIssues();
  }

  @Test
  void shouldJudgeAdulthoodByTheAgeWhenTraffickedWithoutABirthdate() {
    ImmutableVictimContext withoutControl = ImmutableVictimContext
        .copyOf(BorderReceptionCase.victim()).withMethodsOfControl(List.of());
    ImmutableTraffickingCase withoutBirthdate = base().withPerson(
        ImmutablePerson.copyOf(valid.getPerson()).withBirthdate(Optional.empty()));

    assertThatReport(validate(withoutBirthdate.withVictim(withoutControl.withAgeWhenTrafficked(18))))
        .hasOnlyIssue(Severity.ERROR, "victim.adult-without-methods-of-control",
            "/victim/methodsOfControl");
    assertThatReport(validate(withoutBirthdate.withVictim(withoutControl.withAgeWhenTrafficked(17))))
        .hasNoIssues();
    assertThatReport(validate(withoutBirthdate.withVictim(
            withoutControl.withAgeWhenTrafficked(Optional.empty()))))
        .hasNoIssues();
  }

  @Test
  void shouldWarnAboutAnAgeOfZeroThatContradictsTheBirthdate() {
    TraffickingCase trafficking = base().withVictim(
        ImmutableVictimContext.copyOf(BorderReceptionCase.victim()).withAgeWhenTrafficked(0));
    assertThatReport(validate(trafficking))
        .hasOnlyIssue(Severity.WARNING, "victim.age-inconsistent", "/victim/ageWhenTrafficked");
  }

  @Test
  void shouldNotTakeABlankReasonForAReason() {
    Referral rejected = ImmutableReferral.copyOf(valid.getReferrals().get(0))
        .withStatus(ReferralStatus.REJECTED).withRejectionReason(" ");
    assertThatReport(validate(base().withStatus(CaseStatus.CLOSED).withReasonForCaseClosure(" ")))
        .hasOnlyIssue(Severity.ERROR, "case.closed-without-reason", "/reasonForCaseClosure");
    assertThatReport(validate(base().withReferrals(rejected, valid.getReferrals().get(1))))
        .hasOnlyIssue(Severity.ERROR, "referral.rejected-without-reason",
            "/referrals/0/rejectionReason");
  }

  @Test
  void shouldRequireAReasonToCloseACaseByReferral() {
    ValidationReport report = validate(base().withStatus(CaseStatus.CLOSED_REFERRED));
    assertThatReport(report)
        .hasOnlyIssue(Severity.ERROR, "case.closed-without-reason", "/reasonForCaseClosure");
    assertThat(issue(report, "case.closed-without-reason").getValue()).contains("ClosedReferred");
  }

  @Test
  void shouldNameTheGroupThatIsNotEntitled() {
    ValidationReport report = validate(base()
        .withVictim(victimWith(TraffickingStatus.POSSIBLE_VICTIM_OF_TRAFFICKING))
        .withMigrantProfile(ImmutableMigrantProfile.copyOf(BorderReceptionCase.migrantProfile())
            .withReturnDate(Optional.empty())));
    assertThat(issue(report, "service.not-entitled").getMessage())
        .contains(BeneficiaryGroup.UNDER_IDENTIFICATION_ABROAD.getCode());
    assertThat(issue(report, "service.not-entitled").getValue())
        .contains(valid.getServices().get(3).getService().getCode());
  }

  @Test
  void shouldEntitleAStatelessOrForeignVictimByTheirGroup() {
    ImmutablePerson foreigner = ImmutablePerson.copyOf(valid.getPerson())
        .withCitizenship(Country.ofAlpha2("CN").orElseThrow());
    ImmutableMigrantProfile stateless = ImmutableMigrantProfile
        .copyOf(BorderReceptionCase.migrantProfile())
        .withProtectionStatus(ProtectionStatus.STATELESS_PERSON);

    assertThatReport(validate(base().withPerson(foreigner).withMigrantProfile(stateless)))
        .hasNoIssues();
    assertThat(locations(validate(base().withPerson(foreigner)), "service.not-entitled"))
        .isNotEmpty()
        .allSatisfy(location -> assertThat(location).startsWith("/services/"));
  }

  @Test
  void shouldTreatAForeignRefugeeAsAForeignVictimAndOnlyAStatelessPersonAsStateless() {
    ImmutablePerson foreigner = ImmutablePerson.copyOf(valid.getPerson())
        .withCitizenship(Country.ofAlpha2("CN").orElseThrow());
    ImmutableMigrantProfile refugee = ImmutableMigrantProfile
        .copyOf(BorderReceptionCase.migrantProfile())
        .withProtectionStatus(ProtectionStatus.REFUGEE);

    // a foreign victim may receive regimes a-d, đ and g, not vocational training (i) or the
    // hardship allowance (k)
    ValidationReport report = validate(base().withPerson(foreigner).withMigrantProfile(refugee));
    assertThat(locations(report, "service.not-entitled"))
        .containsExactly("/services/5/service", "/services/6/service");
    assertThat(issue(report, "service.not-entitled").getMessage())
        .contains(BeneficiaryGroup.FOREIGN_VICTIM_IN_VIETNAM.getCode());
  }

  @Test
  void shouldTreatAPossibleVictimWhoHasReturnedAsUnderIdentificationInVietNam() {
    ValidationReport report =
        validate(base().withVictim(victimWith(TraffickingStatus.POSSIBLE_VICTIM_OF_TRAFFICKING)));
    assertThat(locations(report, "service.not-entitled"))
        .containsExactly("/services/5/service", "/services/6/service");
    assertThat(issue(report, "service.not-entitled").getMessage())
        .contains(BeneficiaryGroup.UNDER_IDENTIFICATION_IN_VIETNAM.getCode());
  }

  @Test
  void shouldRejectAConsentWithdrawalDateAfterToday() {
    Consent consent = valid.getConsent().orElseThrow();
    TraffickingCase trafficking = base()
        .withConsent(ImmutableConsent.copyOf(consent).withWithdrawalDate(TODAY.plusDays(1)));
    assertThat(locations(validate(trafficking), "date.in-future"))
        .containsExactly("/consent/withdrawalDate");
  }

  @Test
  void shouldWarnAboutEveryRegimeForAPersonFoundNotToBeAVictim() {
    ValidationReport report =
        validate(base().withVictim(victimWith(TraffickingStatus.NOT_A_VICTIM_OF_TRAFFICKING)));
    assertThat(locations(report, "service.not-entitled")).isNotEmpty();
    assertThat(issue(report, "service.not-entitled").getMessage())
        .contains(TraffickingStatus.NOT_A_VICTIM_OF_TRAFFICKING.getCode());
  }

  @Test
  void shouldNotJudgeEntitlementsWithoutAStatusOrACitizenship() {
    VictimContext noStatus = ImmutableVictimContext.copyOf(BorderReceptionCase.victim())
        .withTraffickingStatus(Optional.empty())
        .withTraffickingStatusDecisionMakingOrg(Optional.empty())
        .withTraffickingStatusDecisionDate(Optional.empty());
    ImmutablePerson noCitizenship =
        ImmutablePerson.copyOf(valid.getPerson()).withCitizenship(List.of());

    assertThatReport(validate(base().withVictim(noStatus))).hasNoIssues();
    assertThatReport(validate(base().withPerson(noCitizenship))).hasNoIssues();
  }

  @Test
  void shouldCheckTheRecruitmentAgencyOfALabourMigration() {
    MigrantProfile profile = BorderReceptionCase.migrantProfile();
    TraffickingCase trafficking = base().withMigrantProfile(ImmutableMigrantProfile.copyOf(profile)
        .withLabourMigration(ImmutableLabourMigration.copyOf(profile.getLabourMigration().orElseThrow())
            .withRecruitmentAgencyId("vn.agency.unknown-9")));

    ValidationReport report = validate(trafficking);

    assertThatReport(report).hasOnlyIssue(Severity.WARNING, "agency.unknown",
        "/migrantProfile/labourMigration/recruitmentAgencyId");
    assertThat(issue(report, "agency.unknown").getValue()).contains("vn.agency.unknown-9");
  }

  private static Issue issue(ValidationReport report, String code) {
    return report.getIssues().stream().filter(i -> i.getCode().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no issue " + code + " in " + report.getIssues()));
  }
}
