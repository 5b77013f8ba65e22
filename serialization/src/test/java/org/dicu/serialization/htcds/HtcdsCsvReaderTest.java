package org.dicu.serialization.htcds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.dicu.serialization.htcds.HtcdsFixtures.VALIDATOR;
import static org.dicu.serialization.htcds.HtcdsFixtures.bytes;
import static org.dicu.serialization.htcds.HtcdsFixtures.caseAt;
import static org.dicu.serialization.htcds.HtcdsFixtures.cases;
import static org.dicu.serialization.htcds.HtcdsFixtures.csvIssues;
import static org.dicu.serialization.htcds.HtcdsFixtures.read;
import static org.dicu.serialization.htcds.HtcdsFixtures.readText;
import static org.dicu.serialization.htcds.HtcdsFixtures.row;
import static org.dicu.serialization.htcds.HtcdsFixtures.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dicu.core.casework.CaseStatus;
import org.dicu.core.casework.ConsentScope;
import org.dicu.core.casework.Referral;
import org.dicu.core.casework.ReferralDirection;
import org.dicu.core.casework.ReferralReason;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.code.Country;
import org.dicu.core.code.IsicSection;
import org.dicu.core.person.Address;
import org.dicu.core.person.Gender;
import org.dicu.core.person.PartialDate;
import org.dicu.core.trafficking.ControlMethod;
import org.dicu.core.trafficking.DecisionMakingOrganisation;
import org.dicu.core.trafficking.ExploitationType;
import org.dicu.core.trafficking.HistoricEventType;
import org.dicu.core.trafficking.RecruitmentMethod;
import org.dicu.core.trafficking.SexExploitationType;
import org.dicu.core.trafficking.TraffickingStatus;
import org.dicu.core.trafficking.VictimContext;
import org.dicu.core.validation.Issue;
import org.dicu.core.validation.Severity;
import org.dicu.serialization.stream.ReadResult;
import org.junit.jupiter.api.Test;

final class HtcdsCsvReaderTest {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static List<Object> issue(Issue issue) {
    return List.of(issue.getLine().orElse(0L), issue.getCode(), issue.getColumn().orElse(""),
        issue.getSeverity());
  }

  private static Country country(String alpha2) {
    return Country.ofAlpha2(alpha2).orElseThrow();
  }

  private static Referral referral(TraffickingCase trafficking, ReferralDirection direction) {
    return trafficking.getReferrals().stream()
        .filter(referral -> referral.getDirection() == direction)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void shouldImportACsvSavedFromThePlainTemplateAsItIs() {
    List<ReadResult> results = read("toolkit-plain.csv");

    assertThat(results).extracting(ReadResult::getLine).containsExactly(1L, 3L, 4L, 6L);
    assertThat(results.get(0).getRecord()).isEmpty();
    assertThat(results.get(0).getReport().getIssues()).extracting(HtcdsCsvReaderTest::issue)
        .containsExactly(List.of(2L, "csv.label-row-realigned", "", Severity.WARNING));

    TraffickingCase first = caseAt(results, 3);
    assertThat(first.getId()).isEqualTo("row-3");
    assertThat(first.getStatus()).isEqualTo(CaseStatus.CLOSED_REFERRED);
    assertThat(first.getCaseOwner()).contains("Hoàng Thị Mơ");
    assertThat(first.getPerson().getFirstName()).contains("Sương");
    assertThat(first.getPerson().getSecondName()).contains("Hờ");
    assertThat(first.getPerson().getBirthdate()).contains(PartialDate.ofYear(2003));
    assertThat(first.getPerson().getGender()).contains(Gender.FEMININE);
    assertThat(first.getPerson().getCitizenship()).containsExactly(country("VN"));
    VictimContext victim = first.getVictim().orElseThrow();
    assertThat(victim.getTraffickingStatus()).contains(TraffickingStatus.ACTUAL_VICTIM_OF_TRAFFICKING);
    assertThat(victim.getTraffickingStatusDecisionMakingOrg())
        .contains(DecisionMakingOrganisation.NON_POLICE_GOVERNMENTAL_ORGANIZATION);
    assertThat(victim.getMethodOfRecruitment()).containsExactly(
        RecruitmentMethod.THROUGH_ONLINE_SOCIAL_NETWORKS,
        RecruitmentMethod.THROUGH_FRIENDS_OR_SOCIAL_EVENTS);
    assertThat(victim.getMethodsOfControl()).containsExactly(ControlMethod.DEBT_BONDAGE,
        ControlMethod.WITHHOLDS_DOCUMENTS, ControlMethod.PHYSICAL_THREATS);
    assertThat(victim.getTypeOfExploitation()).containsExactly(ExploitationType.FORCED_LABOUR);
    assertThat(victim.getForcedLabourIndustry()).contains(IsicSection.C_MANUFACTURING);
    assertThat(victim.getLocationOfRecruitment()).contains("Chợ phiên Suối Mây");
    Referral incoming = referral(first, ReferralDirection.INCOMING);
    assertThat(incoming.getOrganisationId()).contains("vn.mod.bgc");
    assertThat(incoming.getDate()).contains(LocalDate.of(2024, 9, 20));
    assertThat(incoming.getReason()).contains(ReferralReason.ADDITIONAL_SERVICES_REQUIRED);
    assertThat(incoming.getPrimaryCaseWorker()).contains("Lò Văn Páo");
    Referral outgoing = referral(first, ReferralDirection.OUTGOING);
    assertThat(outgoing.getOrganisationId()).contains("vn.molisa.dsep");
    assertThat(outgoing.getReason()).contains(ReferralReason.MIGRATION_OR_CHANGE_OF_LOCATION);
    assertThat(outgoing.getDate()).contains(LocalDate.of(2024, 9, 22));
    assertThat(first.getRegistrationDate()).contains(LocalDate.of(2024, 9, 20));
    assertThat(first.getConsent().orElseThrow().isGiven()).isTrue();
    assertThat(first.getConsent().orElseThrow().getScopes())
        .containsExactlyInAnyOrder(ConsentScope.CASE_MANAGEMENT,
            ConsentScope.DEIDENTIFIED_DATA_SHARING);
    assertThat(first.getReasonForCaseClosure()).contains("Đã chuyển về nơi cư trú");
    assertThat(row(results, 3).getReport().getIssues()).extracting(HtcdsCsvReaderTest::issue)
        .containsExactly(
            List.of(3L, "csv.date-day-month-year", "cas_IncomingReferralDate", Severity.WARNING),
            List.of(3L, "consent.missing-for-referral", "cas_ReferredOrganisation", Severity.ERROR),
            List.of(3L, "victim.decision-without-date", "", Severity.WARNING));

    TraffickingCase second = caseAt(results, 4);
    assertThat(second.getStatus()).isEqualTo(CaseStatus.ACTIVE);
    assertThat(second.getPerson().getBirthdate()).contains(PartialDate.ofYearMonth(1998, 7));
    assertThat(second.getPerson().getCitizenship()).containsExactly(country("VN"), country("KH"));
    assertThat(second.getConsent().orElseThrow().isGiven()).isFalse();
    assertThat(second.getVictim().orElseThrow().getForcedLabourIndustry())
        .contains(IsicSection.F_CONSTRUCTION);
    assertThat(referral(second, ReferralDirection.INCOMING).getOrganisationId()).contains("int.iom");
    assertThat(row(results, 4).getReport().getIssues()).extracting(HtcdsCsvReaderTest::issue)
        .containsExactly(
            List.of(4L, "csv.country-not-alpha2", "prs_MailingCountry", Severity.WARNING));

    TraffickingCase third = caseAt(results, 6);
    assertThat(third.getStatus()).isEqualTo(CaseStatus.FOLLOW_UP);
    assertThat(third.getPerson().getBirthdate()).contains(PartialDate.of(LocalDate.of(2009, 3, 15)));
    assertThat(third.getVictim().orElseThrow().getTypeOfExploitation())
        .containsExactly(ExploitationType.SEXUAL_EXPLOITATION, ExploitationType.FORCED_MARRIAGE);
    assertThat(third.getVictim().orElseThrow().getTypeOfSexExploitation()).containsExactly(
        SexExploitationType.PROSTITUTION, SexExploitationType.REMOTE_INTERACTIVE_SERVICES);
    assertThat(referral(third, ReferralDirection.INCOMING).getOrganisationId())
        .contains("vn.vwu.laocai");
  }

  @Test
  void shouldFollowTheMailingAddressLabelsUnderWhichPeopleTyped() {
    List<ReadResult> results = read("toolkit-plain.csv");

    Address address = caseAt(results, 3).getPerson().getMailingAddress().orElseThrow();
    assertThat(address.getStreet()).contains("Thôn Nậm Sì");
    assertThat(address.getCity()).contains("Xã Suối Mây");
    assertThat(address.getState()).contains("Tỉnh Núi Mây");
    assertThat(address.getPostalCode()).contains("39900");
    assertThat(address.getCountry()).contains(country("VN"));
    Issue realigned = results.get(0).getReport().getIssues().get(0);
    assertThat(realigned.getMessage()).contains("N \u2192 prs_MailingStreet",
        "O \u2192 prs_MailingCity", "Q \u2192 prs_MailingPostalCode",
        "R \u2192 prs_MailingCountry").doesNotContain("P \u2192");
  }

  @Test
  void shouldFollowTheFieldNamesWhenTheLabelRowIsGone() {
    String withoutLabels = text("toolkit-plain.csv").lines()
        .filter(line -> !line.startsWith(",Case Owner,"))
        .collect(Collectors.joining("\n"));

    List<ReadResult> results = readText(withoutLabels);

    assertThat(results).extracting(ReadResult::getLine).containsExactly(2L, 3L, 5L);
    TraffickingCase first = caseAt(results, 2);
    Address address = first.getPerson().getMailingAddress().orElseThrow();
    assertThat(address.getCity()).contains("Thôn Nậm Sì");
    assertThat(address.getStreet()).contains("39900");
    assertThat(address.getCountry()).isEmpty();
    assertThat(referral(first, ReferralDirection.OUTGOING).getReason())
        .as("the unnamed column AJ, recognised by its place")
        .contains(ReferralReason.MIGRATION_OR_CHANGE_OF_LOCATION);
    assertThat(csvIssues(results)).extracting(HtcdsCsvReaderTest::issue).contains(
        List.of(2L, "csv.bad-country", "prs_MailingCountry", Severity.ERROR));
  }

  @Test
  void shouldImportACsvSavedFromTheSingleSelectTemplateAsItIs() {
    List<ReadResult> results = read("toolkit-single-select.csv");

    assertThat(results).extracting(ReadResult::getLine).containsExactly(1L, 3L, 4L);
    TraffickingCase first = caseAt(results, 3);
    assertThat(first.getPerson().getGender()).contains(Gender.TRANSGENDER_MASCULINE);
    assertThat(first.getPerson().getCitizenship()).containsExactly(country("LA"));
    assertThat(first.getVictim().orElseThrow().getTraffickingStatus())
        .contains(TraffickingStatus.NOT_A_VICTIM_OF_TRAFFICKING);
    assertThat(first.getVictim().orElseThrow().getTraffickingStatusDecisionMakingOrg())
        .contains(DecisionMakingOrganisation.COURT_OR_PROSECUTION);
    assertThat(referral(first, ReferralDirection.INCOMING).getReason())
        .contains(ReferralReason.OTHER);
    assertThat(referral(first, ReferralDirection.INCOMING).getOrganisationId())
        .contains("int.unhcr");
    TraffickingCase second = caseAt(results, 4);
    assertThat(second.getPerson().getGender()).contains(Gender.NON_SPECIFIED_UNKNOWN);
    assertThat(second.getPerson().getCitizenship()).containsExactly(country("VN"));
    assertThat(second.getVictim().orElseThrow().getMethodsOfControl())
        .containsExactly(ControlMethod.DEBT_BONDAGE);
    assertThat(second.getVictim().orElseThrow().getMethodOfRecruitment())
        .containsExactly(RecruitmentMethod.AT_A_PLACE_OF_BUSINESS);
    assertThat(referral(second, ReferralDirection.INCOMING).getOrganisationId())
        .contains("vn.molisa");
    assertThat(csvIssues(results)).extracting(HtcdsCsvReaderTest::issue).containsExactly(
        List.of(2L, "csv.label-row-realigned", "", Severity.WARNING),
        List.of(3L, "csv.country-not-alpha2", "prs_Citizenship", Severity.WARNING),
        List.of(4L, "csv.country-not-alpha2", "prs_Citizenship", Severity.WARNING));
  }

  @Test
  void shouldReadAHeaderOfLabelsAlone() {
    List<ReadResult> results = readText(
        "Case Owner,Status,Gender,Reason for Outgoing Referral,Referred Organisation\n"
            + "Hoàng Thị Mơ,Active,Feminine,Other,Nhóm tự lực Hoa Ban\n");

    assertThat(results).extracting(ReadResult::getLine).containsExactly(2L);
    TraffickingCase trafficking = caseAt(results, 2);
    assertThat(trafficking.getPerson().getGender()).contains(Gender.FEMININE);
    assertThat(referral(trafficking, ReferralDirection.OUTGOING).getReason())
        .contains(ReferralReason.OTHER);
  }

  @Test
  void shouldReportBrokenRowsWithRowAndColumnAndStillImportTheGoodOnes() {
    List<ReadResult> results = read("broken-rows.csv");

    assertThat(results).extracting(ReadResult::getLine)
        .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(results).filteredOn(result -> result.getRecord().isPresent())
        .extracting(ReadResult::getLine).containsExactly(2L, 3L, 4L, 5L, 8L, 9L, 10L);
    assertThat(cases(results)).extracting(TraffickingCase::getId).containsExactly(
        "hs-001", "hs-002", "hs-003", "hs-004", "hs-007", "hs-008", "hs-009");
    assertThat(csvIssues(results))
        .extracting(Issue::getLine, Issue::getCode, Issue::getColumn, Issue::getLocation,
            Issue::getValue, Issue::getSeverity)
        .containsExactly(
            tuple(Optional.of(3L), "csv.bad-date", Optional.of("cas_IncomingReferralDate"),
                "/referrals/0/date", Optional.of("2024-13-45"), Severity.ERROR),
            tuple(Optional.of(4L), "csv.unknown-code", Optional.of("prs_Gender"),
                "/person/gender", Optional.of("Femenine"), Severity.ERROR),
            tuple(Optional.of(4L), "csv.unknown-code", Optional.of("vic_TypeOfExploitation"),
                "/victim/typeOfExploitation/1", Optional.of("Slavery"), Severity.ERROR),
            tuple(Optional.of(5L), "csv.bad-country", Optional.of("prs_Citizenship"),
                "/person/citizenship/0", Optional.of("Atlantis"), Severity.ERROR),
            tuple(Optional.of(6L), "csv.missing-required", Optional.of("cas_Status"), "/status",
                Optional.empty(), Severity.FATAL),
            tuple(Optional.of(7L), "csv.unknown-code", Optional.of("cas_Status"), "/status",
                Optional.of("Openish"), Severity.FATAL),
            tuple(Optional.of(8L), "csv.bad-boolean", Optional.of("con_Consent"),
                "/consent/given", Optional.of("maybe"), Severity.ERROR),
            tuple(Optional.of(9L), "csv.bad-date", Optional.of("prs_Birthdate"),
                "/person/birthdate", Optional.empty(), Severity.ERROR));
    assertThat(row(results, 2).isValid()).isTrue();
    assertThat(row(results, 10).isValid()).isTrue();
    assertThat(caseAt(results, 4).getVictim().orElseThrow().getTypeOfExploitation())
        .containsExactly(ExploitationType.FORCED_LABOUR);
    assertThat(caseAt(results, 10).getStatus()).isEqualTo(CaseStatus.FOLLOW_UP);
  }

  @Test
  void shouldReadSemicolonsAfterAByteOrderMark() {
    byte[] csv = bytes("semicolon-bom.csv");
    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);

    List<ReadResult> results = read("semicolon-bom.csv");

    assertThat(csvIssues(results)).isEmpty();
    TraffickingCase first = caseAt(results, 2);
    assertThat(first.getId()).isEqualTo("hs-101");
    assertThat(first.getStatus()).as("the Vietnamese label").isEqualTo(CaseStatus.ACTIVE);
    assertThat(first.getPerson().getFirstName()).contains("Mỷ");
    assertThat(first.getVictim().orElseThrow().getTypeOfExploitation())
        .containsExactly(ExploitationType.FORCED_LABOUR, ExploitationType.FORCED_CRIMINALITY);
    assertThat(first.getVictim().orElseThrow().getMethodsOfControl())
        .containsExactly(ControlMethod.DEBT_BONDAGE, ControlMethod.PHYSICAL_ABUSE);
    assertThat(first.getConsent().orElseThrow().isGiven()).as("có").isTrue();
    assertThat(referral(first, ReferralDirection.INCOMING).getOrganisationId()).contains("vn.mps");
    TraffickingCase second = caseAt(results, 3);
    assertThat(second.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(second.getConsent().orElseThrow().isGiven()).as("không").isFalse();
    assertThat(row(results, 3).getReport().getIssues()).extracting(HtcdsCsvReaderTest::issue)
        .containsExactly(
            List.of(3L, "case.closed-without-reason", "cas_ReasonForCaseClosure", Severity.ERROR));
  }

  @Test
  void shouldReadSemicolonsWhenExcelNamesTheSeparator() {
    List<ReadResult> results = readText("sep=;\r\ncas_Id;cas_Status;prs_Citizenship\r\n"
        + "hs-1;Active;VN, LA\r\n");

    assertThat(results).extracting(ReadResult::getLine).containsExactly(2L);
    assertThat(csvIssues(results)).extracting(HtcdsCsvReaderTest::issue).containsExactly(
        List.of(2L, "csv.bad-country", "prs_Citizenship", Severity.ERROR));
  }

  @Test
  void shouldReadQuotedLineBreaksAndCountSpreadsheetRows() {
    List<ReadResult> results = read("quoted-newlines.csv");

    assertThat(results).extracting(ReadResult::getLine).containsExactly(2L, 3L);
    assertThat(referral(caseAt(results, 2), ReferralDirection.INCOMING).getDetails()).contains(
        "Dòng thứ nhất, có dấu phẩy\nDòng thứ hai \"trích dẫn\"\r\nDòng thứ ba");
    assertThat(csvIssues(results)).extracting(HtcdsCsvReaderTest::issue).containsExactly(
        List.of(3L, "csv.unknown-code", "prs_Gender", Severity.ERROR));
  }

  @Test
  void shouldResolveOrganisationsByIdAbbreviationAndNameIgnoringCaseAndDiacritics() {
    List<ReadResult> results = read("organisations.csv");

    assertThat(cases(results)).extracting(
            trafficking -> referral(trafficking, ReferralDirection.INCOMING).getOrganisationId()
                .orElse(null))
        .containsExactly("vn.mod.bgc", "vn.molisa", "vn.molisa.dsep", "vn.mps", null, "vn.molisa");
    assertThat(cases(results).subList(0, 4)).extracting(
            trafficking -> referral(trafficking, ReferralDirection.OUTGOING).getOrganisationId()
                .orElseThrow())
        .containsExactly("vn.laocai.dolisa.centre", "vn.molisa", "vn.vwu", "vn.mps");
  }

  @Test
  void shouldKeepAnUnknownOrganisationAsItsNameWithAWarning() {
    List<ReadResult> results = read("organisations.csv");

    Referral unknown = referral(caseAt(results, 6), ReferralDirection.INCOMING);
    assertThat(unknown.getOrganisationName()).contains("Nhóm tự lực Hoa Ban");
    assertThat(unknown.getOrganisationId()).isEmpty();
    assertThat(csvIssues(results))
        .extracting(Issue::getLine, Issue::getCode, Issue::getColumn, Issue::getLocation,
            Issue::getValue, Issue::getSeverity)
        .containsExactly(tuple(Optional.of(6L), "csv.unresolved-organisation",
            Optional.of("cas_ReferringOrganisation"), "/referrals/0/organisationName",
            Optional.of("Nhóm tự lực Hoa Ban"), Severity.WARNING));
    assertThat(row(results, 7).getReport().getIssues()).extracting(HtcdsCsvReaderTest::issue)
        .as("MOLISA named after its dissolution is found, and validation says so")
        .containsExactly(
            List.of(7L, "agency.dissolved", "cas_ReferringOrganisation", Severity.WARNING));
  }

  @Test
  void shouldWarnOnceForEachUnknownOrRepeatedColumnAndReadTheOthers() {
    List<ReadResult> results = readText("cas_Id,Ghi chú,cas_Status,prs_ShoeSize,prs_gender,"
        + "PRS_GENDER\n"
        + "hs-1,ghi chú một,Active,38,Feminine,Masculine\n"
        + "hs-2,ghi chú hai,Active,39,Masculine,Feminine\n");

    assertThat(results).extracting(ReadResult::getLine).containsExactly(1L, 2L, 3L);
    assertThat(results.get(0).getReport().getIssues())
        .extracting(Issue::getLine, Issue::getCode, Issue::getColumn, Issue::getSeverity)
        .containsExactly(
            tuple(Optional.of(1L), "csv.unknown-column", Optional.of("Ghi chú"), Severity.WARNING),
            tuple(Optional.of(1L), "csv.unknown-column", Optional.of("prs_ShoeSize"),
                Severity.WARNING),
            tuple(Optional.of(1L), "csv.duplicate-column", Optional.of("prs_Gender"),
                Severity.WARNING));
    assertThat(results.get(0).getReport().getIssues().get(2).getMessage())
        .contains("column E", "column F");
    assertThat(cases(results)).extracting(trafficking -> trafficking.getPerson().getGender())
        .containsExactly(Optional.of(Gender.FEMININE), Optional.of(Gender.MASCULINE));
    assertThat(results.subList(1, 3)).allSatisfy(result -> assertThat(result.isValid()).isTrue());
  }

  @Test
  void shouldWarnOnceAboutValuesUnderNoColumnName() {
    List<ReadResult> results = readText("cas_Id,cas_Status,,prs_Gender\n"
        + "hs-1,Active,lost,Feminine,more\n"
        + "hs-2,Active,lost again,Masculine,\n");

    assertThat(csvIssues(results))
        .extracting(Issue::getLine, Issue::getCode, Issue::getColumn, Issue::getValue)
        .containsExactly(
            tuple(Optional.of(2L), "csv.unnamed-column", Optional.empty(), Optional.empty()),
            tuple(Optional.of(2L), "csv.unnamed-column", Optional.empty(), Optional.empty()));
    assertThat(csvIssues(results)).extracting(Issue::getMessage)
        .anySatisfy(message -> assertThat(message).contains("column C"))
        .anySatisfy(message -> assertThat(message).contains("column E"));
  }

  @Test
  void shouldSkipEmptyRowsAndTheToolkitsRowNumbers() {
    List<ReadResult> results = readText(",cas_Id,cas_Status\n1,hs-1,Active\n2,,\n\n3,,\n4,hs-4,Closed\n");

    assertThat(results).extracting(ReadResult::getLine).containsExactly(2L, 6L);
    assertThat(csvIssues(results)).isEmpty();
  }

  @Test
  void shouldReportATextThatIsNotCsvAndStop() {
    List<ReadResult> results = readText("cas_Id,cas_Status\nhs-1,Active\nhs-2,\"Active\n");

    assertThat(results).extracting(ReadResult::getLine).containsExactly(2L, 3L);
    assertThat(results.get(1).getRecord()).isEmpty();
    assertThat(results.get(1).getReport().getIssues()).extracting(HtcdsCsvReaderTest::issue)
        .containsExactly(List.of(3L, "csv.malformed", "", Severity.FATAL));
  }

  @Test
  void shouldStopAtACellLongerThanTheLimit() {
    String huge = "x".repeat(HtcdsCsvReader.MAX_CELL_LENGTH + 1);

    List<ReadResult> results = readText("cas_Id,cas_Status,cas_IncomingReferralDetails\n"
        + "hs-1,Active,short\n" + "hs-2,Active," + huge + "\nhs-3,Active,short\n");

    assertThat(results).extracting(ReadResult::getLine).containsExactly(2L, 3L);
    assertThat(results.get(1).getReport().getIssues()).singleElement()
        .satisfies(issue -> {
          assertThat(issue.getCode()).isEqualTo("csv.malformed");
          assertThat(issue.getMessage()).contains("longer than");
        });
  }

  @Test
  void shouldReportAnEmptyInput() {
    assertThat(readText("")).singleElement().satisfies(result -> {
      assertThat(result.getRecord()).isEmpty();
      assertThat(result.getReport().getIssues()).extracting(HtcdsCsvReaderTest::issue)
          .containsExactly(List.of(1L, "csv.empty-input", "", Severity.ERROR));
    });
  }

  @Test
  void shouldReportTextThatIsNotUtf8() {
    byte[] windows1258 = "cas_Id,cas_Status,prs_FirstName\nhs-1,Active,Ánh\n"
        .getBytes(StandardCharsets.ISO_8859_1);

    List<ReadResult> results = read(windows1258, HtcdsCsvReader.builder().validator(VALIDATOR));

    assertThat(csvIssues(results)).extracting(HtcdsCsvReaderTest::issue).containsExactly(
        List.of(2L, "csv.bad-encoding", "prs_FirstName", Severity.ERROR));
  }

  @Test
  void shouldDeriveTheIdFromTheRowAndTheRegistrationDateFromTheIncomingReferral() {
    List<ReadResult> results = readText("cas_Status,cas_IncomingReferralDate,cas_RegistrationDate\n"
        + "Active,2024-05-01,\n"
        + "Active,2024-05-01,2024-05-03\n"
        + "Active,,\n");

    assertThat(cases(results)).extracting(TraffickingCase::getId, TraffickingCase::getRegistrationDate)
        .containsExactly(
            tuple("row-2", Optional.of(LocalDate.of(2024, 5, 1))),
            tuple("row-3", Optional.of(LocalDate.of(2024, 5, 3))),
            tuple("row-4", Optional.empty()));
  }

  @Test
  void shouldReadTheCountryOfExploitationAsAnExploitationEvent() {
    List<ReadResult> results = readText("cas_Id,cas_Status,hte_Country\nhs-1,Active,MYS\n");

    TraffickingCase trafficking = caseAt(results, 2);
    assertThat(trafficking.getEvents()).singleElement().satisfies(event -> {
      assertThat(event.getType()).isEqualTo(HistoricEventType.EXPLOITATION);
      assertThat(event.getPlace().orElseThrow().getCountry()).contains(country("MY"));
    });
    assertThat(csvIssues(results))
        .extracting(Issue::getCode, Issue::getColumn, Issue::getLocation, Issue::getMessage)
        .containsExactly(tuple("csv.country-not-alpha2", Optional.of("hte_Country"),
            "/events/0/place/country", "is a country name or alpha-3 code; it is read as MY"));
  }

  @Test
  void shouldNameTheColumnOfEachValidationIssue() {
    List<ReadResult> results = readText("cas_Id,cas_Status,prs_MobilePhone,"
        + "cas_OutgoingReferralDate,cas_ReferredOrganisation,con_Consent\n"
        + "hs-1,Closed Referred,0912,2099-01-01,vn.mps,true\n");

    assertThat(row(results, 2).getReport().getIssues())
        .extracting(Issue::getCode, Issue::getLocation, Issue::getColumn)
        .containsExactlyInAnyOrder(
            tuple("case.closed-without-reason", "/reasonForCaseClosure",
                Optional.of("cas_ReasonForCaseClosure")),
            tuple("person.phone-invalid", "/person/mobilePhone", Optional.of("prs_MobilePhone")),
            tuple("date.in-future", "/referrals/0/date", Optional.of("cas_OutgoingReferralDate")),
            tuple("consent.missing-for-referral", "/referrals/0",
                Optional.of("cas_ReferredOrganisation")));
    assertThat(row(results, 2).getReport().getIssues())
        .allSatisfy(issue -> assertThat(issue.getLine()).contains(2L));
  }

  @Test
  void shouldNeverQuotePersonalDataInIssues() {
    String[] personal = {"Thào", "Mỷ", "31/02/2001", "không-phải-email", "0912", "Thôn Nậm Sì"};
    List<ReadResult> results = readText("cas_Id,cas_Status,prs_FirstName,prs_SecondName,"
        + "prs_Birthdate,prs_Email,prs_HomePhone,prs_MailingStreet\n"
        + "hs-1,Active," + String.join(",", personal) + "\n");

    List<Issue> issues = row(results, 2).getReport().getIssues();
    assertThat(issues).extracting(Issue::getCode)
        .contains("csv.bad-date", "person.email-invalid", "person.phone-invalid");
    for (Issue issue : issues) {
      for (String value : personal) {
        assertThat(issue.getValue()).isEmpty();
        assertThat(issue.getMessage()).doesNotContain(value);
      }
    }
  }

  @Test
  void shouldWriteMessagesInVietnamese() {
    List<ReadResult> results = read(
        "cas_Id,cas_Status,prs_Gender,cas_ReferringOrganisation\nhs-1,Active,Nữ,Hội Hoa Ban\n"
            .getBytes(StandardCharsets.UTF_8),
        HtcdsCsvReader.builder().locale(VIETNAMESE).validator(VALIDATOR));

    assertThat(csvIssues(results)).extracting(Issue::getCode, Issue::getMessage).containsExactly(
        tuple("csv.unknown-code", "không phải là giá trị thuộc danh mục Gender; giá trị bị bỏ qua"),
        tuple("csv.unresolved-organisation",
            "không có trong danh mục cơ quan, tổ chức; tên được giữ nguyên dạng văn bản"));
  }

  @Test
  void shouldReadVietnameseLabelsOfCodeLists() {
    List<ReadResult> results = readText("cas_Id,cas_Status,prs_Gender\nhs-1,Đã đóng hồ sơ,Nữ giới\n");

    assertThat(caseAt(results, 2).getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(caseAt(results, 2).getPerson().getGender()).contains(Gender.FEMININE);
  }

  @Test
  void shouldReadWithoutValidationWhenAsked() {
    List<ReadResult> results = read("cas_Id,cas_Status\nhs-1,Closed\n"
        .getBytes(StandardCharsets.UTF_8), HtcdsCsvReader.builder().withoutValidation());

    assertThat(row(results, 2).getReport().getIssues()).isEmpty();
  }

  @Test
  void shouldBeIteratedOnce() throws IOException {
    try (HtcdsCsvReader reader = HtcdsCsvReader.builder().open(
        new ByteArrayInputStream("cas_Status\nActive\n".getBytes(StandardCharsets.UTF_8)))) {
      assertThat(reader.stream().count()).isEqualTo(1);
      assertThat(reader.getCasesRead()).isEqualTo(1);
      assertThatThrownBy(reader::iterator).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void shouldStreamManyRowsInConstantMemory() throws IOException {
    int rows = 300_000;
    byte[] header = "cas_Id,cas_Status,prs_FirstName,vic_TypeOfExploitation\n"
        .getBytes(StandardCharsets.UTF_8);
    Iterator<InputStream> parts = IntStream.range(-1, rows)
        .mapToObj(i -> (InputStream) new ByteArrayInputStream(i < 0 ? header
            : ("hs-" + i + ",Active,Nguyễn Thị Lan,ForcedLabour; SexualExploitation\n")
                .getBytes(StandardCharsets.UTF_8)))
        .iterator();
    InputStream in = new SequenceInputStream(new Enumeration<InputStream>() {
      @Override
      public boolean hasMoreElements() {
        return parts.hasNext();
      }

      @Override
      public InputStream nextElement() {
        return parts.next();
      }
    });

    try (HtcdsCsvReader reader = HtcdsCsvReader.builder().withoutValidation().open(in)) {
      long valid = reader.stream().filter(ReadResult::isValid).count();
      assertThat(valid).isEqualTo(rows);
    }
  }
}
