package org.dicu.core.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.dicu.core.casework.BorderReceptionCase.TODAY;
import static org.dicu.core.validation.ReportAssert.assertThatReport;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dicu.core.person.ImmutablePerson;
import org.dicu.core.person.Person;
import org.dicu.core.trafficking.ExploitationType;
import org.dicu.core.trafficking.ImmutableVictimContext;
import org.dicu.core.validation.DicuValidator;
import org.dicu.core.validation.Issue;
import org.dicu.core.validation.Severity;
import org.dicu.core.validation.ValidationProfile;
import org.dicu.core.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** The completeness profile: the HTCDS core fields a case is warned about when they are absent. */
final class CaseCompletenessTest {

  private static final DicuValidator COMPLETE =
      DicuValidator.builder().today(TODAY).profile(ValidationProfile.COMPLETE).build();
  private static final String MISSING = "completeness.core-field-missing";
  private static final Pattern FIELD =
      Pattern.compile("should be given: (\\w+) is a core field of HTCDS 2\\.0");

  private static ValidationReport validate(TraffickingCase trafficking) {
    return COMPLETE.validate(trafficking);
  }

  /** The locations of the completeness warnings, each with the HTCDS field its message names. */
  private static List<String> missing(ValidationReport report) {
    List<Issue> warnings = report.getIssues().stream()
        .filter(issue -> issue.getCode().equals(MISSING))
        .collect(Collectors.toList());
    assertThat(warnings).allSatisfy(issue -> {
      assertThat(issue.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(issue.getValue()).isEmpty();
    });
    return warnings.stream()
        .map(issue -> issue.getLocation() + " " + field(issue))
        .collect(Collectors.toList());
  }

  /** The HTCDS field named by a completeness message. */
  private static String field(Issue issue) {
    Matcher matcher = FIELD.matcher(issue.getMessage());
    assertThat(matcher.matches()).as(issue.getMessage()).isTrue();
    return matcher.group(1);
  }

  /** The scenario case with the two core fields it leaves out, a title and a home phone. */
  private static TraffickingCase complete() {
    TraffickingCase valid = BorderReceptionCase.valid();
    return ImmutableTraffickingCase.copyOf(valid).withPerson(
        ImmutablePerson.copyOf(valid.getPerson())
            .withTitle("Công nhân")
            .withHomePhone("+842143824567"));
  }

  @Test
  void shouldFindNothingMissingInACompleteCase() {
    assertThatReport(validate(complete())).hasNoIssues();
    assertThat(missing(validate(BorderReceptionCase.valid())))
        .containsExactly("/person/homePhone prs_HomePhone", "/person/title prs_Title");
  }

  @Test
  void shouldNameEveryCoreFieldABareCaseLacks() {
    TraffickingCase bare = TraffickingCase.builder()
        .id("vn.laocai.case:2024-0001")
        .status(CaseStatus.ACTIVE)
        .person(Person.builder().build())
        .build();

    ValidationReport report = validate(bare);

    assertThat(report.isValid()).isTrue();
    assertThat(missing(report)).containsExactly(
        "/caseOwner cas_CaseOwner",
        "/consent con_Consent",
        "/person/birthdate prs_Birthdate",
        "/person/citizenship prs_Citizenship",
        "/person/email prs_Email",
        "/person/firstName prs_FirstName",
        "/person/gender prs_Gender",
        "/person/homePhone prs_HomePhone",
        "/person/mailingAddress/city prs_MailingCity",
        "/person/mailingAddress/country prs_MailingCountry",
        "/person/mailingAddress/postalCode prs_MailingPostalCode",
        "/person/mailingAddress/state prs_MailingState",
        "/person/mailingAddress/street prs_MailingStreet",
        "/person/mobilePhone prs_MobilePhone",
        "/person/salutation prs_Salutation",
        "/person/secondName prs_SecondName",
        "/person/title prs_Title",
        "/victim/locationOfExploitation vic_LocationOfExploitation",
        "/victim/locationOfRecruitment vic_LocationOfRecruitment",
        "/victim/methodOfRecruitment vic_MethodOfRecruitment",
        "/victim/methodsOfControl vic_MethodsOfControl",
        "/victim/traffickingStatus vic_TraffickingStatus",
        "/victim/typeOfExploitation vic_TypeOfExploitation");
  }

  @Test
  void shouldAskForTheIndustryOfForcedLabourAndTheTypeOfSexualExploitation() {
    TraffickingCase valid = complete();
    ImmutableVictimContext victim = ImmutableVictimContext.copyOf(valid.getVictim().orElseThrow());

    TraffickingCase withoutIndustry = ImmutableTraffickingCase.copyOf(valid)
        .withVictim(victim.withForcedLabourIndustry(Optional.empty()));
    TraffickingCase sexual = ImmutableTraffickingCase.copyOf(valid)
        .withVictim(victim.withTypeOfExploitation(ExploitationType.SEXUAL_EXPLOITATION)
            .withForcedLabourIndustry(Optional.empty()));

    assertThat(missing(validate(withoutIndustry)))
        .containsExactly("/victim/forcedLabourIndustry vic_ForcedLabourIndustry");
    assertThat(missing(validate(sexual)))
        .containsExactly("/victim/typeOfSexExploitation vic_TypeOfSexExploitation");
  }

  @Test
  void shouldNameTheFieldsOfAnIncomingOrAnOutgoingReferral() {
    TraffickingCase trafficking = ImmutableTraffickingCase.copyOf(complete())
        .withReferrals(
            Referral.builder().direction(ReferralDirection.INCOMING).build(),
            Referral.builder().direction(ReferralDirection.OUTGOING)
                .organisationName("Trung tâm công tác xã hội").build());

    assertThat(missing(validate(trafficking))).containsExactly(
        "/referrals/0/date cas_IncomingReferralDate",
        "/referrals/0/details cas_IncomingReferralDetails",
        "/referrals/0/organisationId cas_ReferringOrganisation",
        "/referrals/0/primaryCaseWorker cas_ReferringPrimaryCaseWorker",
        "/referrals/0/reason cas_ReasonForIncomingReferral",
        "/referrals/1/date cas_OutgoingReferralDate",
        "/referrals/1/details cas_OutgoingReferralDetails",
        "/referrals/1/primaryCaseWorker cas_ReferredPrimaryCaseWorker",
        "/referrals/1/reason cas_ReasonForOutgoingReferral");
  }

  @Test
  void shouldNameTheReferredOrganisationOfAnOutgoingReferralWithoutOne() {
    TraffickingCase valid = complete();
    TraffickingCase trafficking = ImmutableTraffickingCase.copyOf(valid)
        .withReferrals(valid.getReferrals().get(0),
            ImmutableReferral.copyOf(valid.getReferrals().get(1))
                .withOrganisationId(Optional.empty()));

    assertThat(validate(trafficking).getIssues())
        .extracting(Issue::getCode, Issue::getLocation, CaseCompletenessTest::field)
        .containsExactly(
            tuple(MISSING, "/referrals/1/organisationId", "cas_ReferredOrganisation"));
  }
}
