package org.dicu.core.gcm;

import static org.dicu.core.validation.ReportAssert.assertThatReport;

import java.time.LocalDate;
import org.dicu.core.code.Country;
import org.dicu.core.validation.DicuValidator;
import org.dicu.core.validation.Severity;
import org.junit.jupiter.api.Test;

/** The rules of GCM activities and progress reports, as a review conference would record them. */
final class GcmRecordsTest {

  private static final DicuValidator VALIDATOR =
      DicuValidator.builder().today(LocalDate.of(2026, 11, 22)).build();

  private final GcmActivity conference = GcmActivity.builder()
      .id("vn.mofa.gcm:review-2024")
      .title("Hội nghị sơ kết thực hiện Kế hoạch triển khai GCM năm 2024")
      .startDate(LocalDate.of(2024, 12, 18))
      .endDate(LocalDate.of(2024, 12, 18))
      .leadAgencyId("vn.mofa.consular")
      .addPartnerAgencyIds("int.iom.vn")
      .addObjectives(GcmObjective.DATA, GcmObjective.ERADICATE_TRAFFICKING)
      .addGuidingPrinciples(GuidingPrinciple.WHOLE_OF_GOVERNMENT)
      .addOutputs("Báo cáo sơ kết")
      .build();

  private final GcmProgressReport report = GcmProgressReport.builder()
      .id("vn.gcm-report:2024")
      .country(Country.ofAlpha2("VN").orElseThrow())
      .periodStart(LocalDate.of(2024, 1, 1))
      .periodEnd(LocalDate.of(2024, 12, 31))
      .preparedById("vn.mofa.consular")
      .addEntries(ObjectiveProgress.builder()
          .objective(GcmObjective.ERADICATE_TRAFFICKING)
          .status(ProgressStatus.IN_PROGRESS)
          .narrative("Luật Phòng, chống mua bán người (sửa đổi) được thông qua ngày 28/11/2024")
          .addActivityIds("vn.mofa.gcm:review-2024")
          .build())
      .build();

  @Test
  void shouldAcceptAReviewConferenceAndItsReport() {
    assertThatReport(VALIDATOR.validate(conference)).hasNoIssues();
    assertThatReport(VALIDATOR.validate(report)).hasNoIssues();
  }

  @Test
  void shouldRejectAnActivityThatEndsBeforeItStarts() {
    GcmActivity backwards = ImmutableGcmActivity.copyOf(conference)
        .withEndDate(LocalDate.of(2024, 12, 1));
    assertThatReport(VALIDATOR.validate(backwards))
        .hasOnlyIssue(Severity.ERROR, "date.end-before-start", "/endDate");
  }

  @Test
  void shouldWarnAboutAnUnknownPartnerAgency() {
    GcmActivity unknown = ImmutableGcmActivity.copyOf(conference)
        .withPartnerAgencyIds("int.iom.vn", "vn.nobody");
    assertThatReport(VALIDATOR.validate(unknown))
        .hasOnlyIssue(Severity.WARNING, "agency.unknown", "/partnerAgencyIds/1");
  }

  @Test
  void shouldWarnAboutAnUnknownLeadAgency() {
    GcmActivity unknown = ImmutableGcmActivity.copyOf(conference).withLeadAgencyId("vn.nobody");
    assertThatReport(VALIDATOR.validate(unknown))
        .hasOnlyIssue(Severity.WARNING, "agency.unknown", "/leadAgencyId");
  }

  @Test
  void shouldWarnAboutAReportPreparedByAnUnknownAgency() {
    GcmProgressReport unknown = ImmutableGcmProgressReport.copyOf(report)
        .withPreparedById("vn.nobody");
    assertThatReport(VALIDATOR.validate(unknown))
        .hasOnlyIssue(Severity.WARNING, "agency.unknown", "/preparedById");
  }

  @Test
  void shouldRejectABlankTitleAndAMalformedPartnerId() {
    GcmActivity broken = ImmutableGcmActivity.copyOf(conference).withTitle(" ")
        .withPartnerAgencyIds("int iom");
    assertThatReport(VALIDATOR.validate(broken))
        .hasIssue(Severity.ERROR, "text.blank", "/title")
        .hasIssue(Severity.ERROR, "id.malformed", "/partnerAgencyIds/0");
  }

  @Test
  void shouldRejectAReportPeriodThatEndsBeforeItStarts() {
    GcmProgressReport backwards = ImmutableGcmProgressReport.copyOf(report)
        .withPeriodEnd(LocalDate.of(2023, 12, 31));
    assertThatReport(VALIDATOR.validate(backwards))
        .hasOnlyIssue(Severity.ERROR, "date.end-before-start", "/periodEnd");
  }

  @Test
  void shouldRejectAMalformedActivityReference() {
    GcmProgressReport broken = ImmutableGcmProgressReport.copyOf(report).withEntries(
        ImmutableObjectiveProgress.copyOf(report.getEntries().get(0)).withActivityIds("a b"));
    assertThatReport(VALIDATOR.validate(broken))
        .hasOnlyIssue(Severity.ERROR, "id.malformed", "/entries/0/activityIds/0");
  }
}
