package org.dicu.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.dicu.core.validation.ReportAssert.assertThatReport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dicu.core.agency.AgencyDirectory;
import org.dicu.core.casework.BorderReceptionCase;
import org.dicu.core.casework.CaseStatus;
import org.dicu.core.casework.ImmutableConsent;
import org.dicu.core.casework.ImmutableReferral;
import org.dicu.core.casework.ImmutableServiceProvision;
import org.dicu.core.casework.ImmutableTraffickingCase;
import org.dicu.core.casework.ReferralStatus;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.person.ImmutablePerson;
import org.dicu.core.trafficking.ImmutableVictimContext;
import org.junit.jupiter.api.Test;

final class DicuValidatorTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final String CANARY = "Canary";

  private final DicuValidator english = DicuValidator.builder().today(TODAY).build();
  private final DicuValidator vietnamese =
      DicuValidator.builder().today(TODAY).locale(Locale.forLanguageTag("vi-VN")).build();

  /** The scenario case with ten distinct defects, each breaking one rule. */
  private static TraffickingCase tenDefects() {
    TraffickingCase valid = BorderReceptionCase.valid();
    ImmutableTraffickingCase base = ImmutableTraffickingCase.copyOf(valid);
    return base
        .withStatus(CaseStatus.CLOSED) // 1: closed without a reason
        .withPerson(ImmutablePerson.copyOf(valid.getPerson())
            .withMobilePhone("+8412") // 2: not a valid phone
            .withEmail("canary-at-example.org")) // 3: not an email
        .withVictim(ImmutableVictimContext.copyOf(valid.getVictim().orElseThrow())
            .withAgeWhenTrafficked(35) // 4: contradicts the birth date (WARNING)
            .withTraffickingStatusDecisionDate(Optional.empty())) // 5: WARNING
        .withReferrals(
            ImmutableReferral.copyOf(valid.getReferrals().get(0))
                .withStatus(ReferralStatus.REJECTED), // 6: rejected without a reason
            ImmutableReferral.copyOf(valid.getReferrals().get(1))
                .withDate(TODAY.plusDays(3))) // 7: in the future
        .withServices(
            ImmutableServiceProvision.copyOf(valid.getServices().get(0))
                .withProviderId("vn.laocai.bgc.station-9"), // 8: unknown agency (WARNING)
            ImmutableServiceProvision.copyOf(valid.getServices().get(1))
                .withProviderId("trung tâm!"), // 9: malformed id
            ImmutableServiceProvision.copyOf(valid.getServices().get(2))
                .withEndDate(LocalDate.of(2024, 1, 1))); // 10: ends before it starts
  }

  @Test
  void shouldFindExactlyTheTenPlantedDefects() {
    ValidationReport report = english.validate(tenDefects());

    assertThat(report.getIssues())
        .extracting(Issue::getSeverity, Issue::getCode, Issue::getLocation)
        .containsExactlyInAnyOrder(
            tuple(Severity.ERROR, "case.closed-without-reason", "/reasonForCaseClosure"),
            tuple(Severity.ERROR, "person.phone-invalid", "/person/mobilePhone"),
            tuple(Severity.ERROR, "person.email-invalid", "/person/email"),
            tuple(Severity.WARNING, "victim.age-inconsistent", "/victim/ageWhenTrafficked"),
            tuple(Severity.WARNING, "victim.decision-without-date",
                "/victim/traffickingStatusDecisionDate"),
            tuple(Severity.ERROR, "referral.rejected-without-reason",
                "/referrals/0/rejectionReason"),
            tuple(Severity.ERROR, "date.in-future", "/referrals/1/date"),
            tuple(Severity.WARNING, "agency.unknown", "/services/0/providerId"),
            tuple(Severity.ERROR, "id.malformed", "/services/1/providerId"),
            tuple(Severity.ERROR, "date.end-before-start", "/services/2/endDate"));
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void shouldWriteAVietnameseReportInVietnamese() {
    ValidationReport report = vietnamese.validate(tenDefects());

    assertThat(report.getIssues()).hasSize(10);
    assertThat(report.getIssues()).extracting(Issue::getMessage)
        .contains("phải ghi lý do đóng hồ sơ vụ việc")
        .contains("không được trước ngày bắt đầu (2024-09-23)")
        .allSatisfy(message -> assertThat(message).doesNotContain("must"));
    assertThat(english.validate(tenDefects()).getIssues()).extracting(Issue::getMessage)
        .contains("must give the reason for closing the case");
  }

  @Test
  void shouldNeverPutPersonalDataIntoIssues() {
    TraffickingCase trafficking = tenDefects();
    for (DicuValidator validator : List.of(english, vietnamese)) {
      for (Issue issue : validator.validate(trafficking).getIssues()) {
        assertThat(issue.toString()).doesNotContain(CANARY).doesNotContain("+8412")
            .doesNotContain("canary-at-example.org");
      }
    }
  }

  @Test
  void shouldReportMissingCoreFieldsOnlyInTheCompletenessProfile() {
    TraffickingCase sparse = ImmutableTraffickingCase.copyOf(BorderReceptionCase.valid())
        .withPerson(ImmutablePerson.copyOf(BorderReceptionCase.valid().getPerson())
            .withEmail(Optional.empty()));
    DicuValidator complete =
        DicuValidator.builder().today(TODAY).profile(ValidationProfile.COMPLETE).build();

    assertThatReport(english.validate(sparse)).hasNoIssues();
    assertThatReport(complete.validate(sparse))
        .hasIssue(Severity.WARNING, "completeness.core-field-missing", "/person/email")
        .isValid();
    assertThat(complete.validate(sparse).getIssues())
        .extracting(Issue::getMessage)
        .anyMatch(message -> message.contains("prs_Email"));
  }

  @Test
  void shouldTellAValidReportFromAnInvalidOne() {
    assertThat(ValidationReport.empty().isValid()).isTrue();
    Issue warning = Issue.builder().severity(Severity.WARNING).code("x").location("")
        .message("m").build();
    Issue error = Issue.builder().from(warning).severity(Severity.ERROR).build();
    assertThat(ValidationReport.of(List.of(warning)).isValid()).isTrue();
    assertThat(ValidationReport.of(List.of(warning, error)).isValid()).isFalse();
    assertThat(ValidationReport.of(List.of(warning, error)).issuesOf(Severity.ERROR))
        .containsExactly(error);
  }

  @Test
  void shouldReportWhatTheReadmeExampleSays() {
    TraffickingCase trafficking = org.dicu.core.casework.TraffickingCase.builder()
        .id("vn.laocai.case:2024-0917")
        .status(CaseStatus.CLOSED)
        .person(org.dicu.core.person.Person.builder().secondName("Nguyễn").firstName("Lan")
            .birthdate(org.dicu.core.person.PartialDate.ofYearMonth(2001, 3))
            .mobilePhone("0912345678").build())
        .build();
    ValidationReport report = vietnamese.validate(trafficking);
    assertThat(report.getIssues())
        .extracting(Issue::getSeverity, Issue::getCode, Issue::getLocation, Issue::getMessage)
        .containsExactly(
            tuple(Severity.ERROR, "person.phone-invalid", "/person/mobilePhone",
                "phải là số điện thoại hợp lệ theo định dạng E.164, ví dụ +84912345678"),
            tuple(Severity.ERROR, "case.closed-without-reason", "/reasonForCaseClosure",
                "phải ghi lý do đóng hồ sơ vụ việc"));
  }

  @Test
  void shouldRefuseToValidateNothing() {
    assertThatThrownBy(() -> english.validate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("record");
  }

  @Test
  void shouldTreatAWithdrawnConsentAsNoConsent() {
    TraffickingCase valid = BorderReceptionCase.valid();
    TraffickingCase withdrawn = ImmutableTraffickingCase.copyOf(valid).withConsent(
        ImmutableConsent.copyOf(valid.getConsent().orElseThrow())
            .withWithdrawalDate(LocalDate.of(2024, 10, 1)));
    assertThatReport(english.validate(withdrawn))
        .hasOnlyIssue(Severity.ERROR, "consent.missing-for-referral", "/referrals/1");
  }

  @Test
  void shouldListIssuesByLocationThenCode() {
    List<Issue> issues = english.validate(tenDefects()).getIssues();

    assertThat(issues).hasSize(10).isSortedAccordingTo(
        Comparator.comparing(Issue::getLocation).thenComparing(Issue::getCode));
    assertThat(issues.get(0).getLocation()).isEqualTo("/person/email");
    assertThat(issues.get(9).getLocation()).isEqualTo("/victim/traffickingStatusDecisionDate");
  }

  @Test
  void shouldGiveTheOffendingValueOnlyWhenItIsNotPersonal() {
    assertThat(english.validate(tenDefects()).getIssues())
        .extracting(Issue::getCode, Issue::getValue)
        .containsExactlyInAnyOrder(
            tuple("person.email-invalid", Optional.empty()),
            tuple("person.phone-invalid", Optional.empty()),
            tuple("case.closed-without-reason", Optional.of("Closed")),
            tuple("referral.rejected-without-reason", Optional.empty()),
            tuple("date.in-future", Optional.of("2026-11-25")),
            tuple("agency.unknown", Optional.of("vn.laocai.bgc.station-9")),
            tuple("id.malformed", Optional.of("trung tâm!")),
            tuple("date.end-before-start", Optional.of("2024-01-01")),
            tuple("victim.age-inconsistent", Optional.of("35")),
            tuple("victim.decision-without-date", Optional.of("ActualVictimOfTrafficking")));
  }

  @Test
  void shouldTakeTodayFromTheGivenDateBeforeTheClock() {
    TraffickingCase valid = BorderReceptionCase.valid();
    Clock in2030 = Clock.fixed(Instant.parse("2030-01-01T12:00:00Z"), ZoneOffset.UTC);
    Clock dayBeforeRegistration =
        Clock.fixed(Instant.parse("2024-09-19T12:00:00Z"), ZoneOffset.UTC);

    assertThatReport(DicuValidator.builder().clock(in2030).build().validate(valid))
        .hasNoIssues();
    assertThatReport(DicuValidator.builder().clock(dayBeforeRegistration).build().validate(valid))
        .hasIssue(Severity.ERROR, "date.in-future", "/registrationDate");
    assertThatReport(DicuValidator.builder().clock(in2030).today(LocalDate.of(2024, 9, 19))
            .build().validate(valid))
        .hasIssue(Severity.ERROR, "date.in-future", "/registrationDate");
  }

  @Test
  void shouldCheckAgencyIdsAgainstTheGivenDirectory() {
    TraffickingCase valid = BorderReceptionCase.valid();
    DicuValidator withoutAgencies =
        DicuValidator.builder().today(TODAY).directory(AgencyDirectory.of(List.of())).build();

    assertThatReport(english.validate(valid)).hasNoIssues();
    assertThat(withoutAgencies.validate(valid).getIssues())
        .isNotEmpty()
        .allSatisfy(issue -> {
          assertThat(issue.getCode()).isEqualTo("agency.unknown");
          assertThat(issue.getSeverity()).isEqualTo(Severity.WARNING);
        })
        .extracting(Issue::getValue)
        .contains(Optional.of("vn.mod.bgc"));
  }

  @Test
  void shouldSpeakVietnameseOnlyToVietnameseReaders() {
    Locale vi = Locale.forLanguageTag("vi");

    assertThat(DicuValidator.create().getLocale()).isEqualTo(Locale.ENGLISH);
    assertThat(vietnamese.getLocale()).isEqualTo(vi);
    assertThat(DicuValidator.builder().locale(vi).build().getLocale()).isEqualTo(vi);
    assertThat(DicuValidator.builder().locale(Locale.FRANCE).build().getLocale())
        .isEqualTo(Locale.ENGLISH);
  }
}
