package org.dicu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.dicu.serialization.stream.ReadResult;
import org.dicu.serialization.stream.RecordReader;
import org.junit.jupiter.api.Test;

/** Runs every example and checks that it does what it says. */
final class ExamplesTest {

  /** Something an example does with a stream to print to. */
  private interface Example {
    void run(PrintStream out) throws IOException;
  }

  private static String output(Example example) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quickStartShouldFindTheMissingReasonThenRoundTrip() throws IOException {
    assertThat(output(QuickStart::run))
        .contains("ERROR case.closed-without-reason at /reasonForCaseClosure")
        .contains("phải ghi lý do đóng hồ sơ vụ việc")
        .contains("valid: true")
        .contains("read back equal: true")
        .doesNotContain("Hoa");
  }

  @Test
  void borderReceptionShouldBuildAValidCaseAndFollowTheRestructuring() throws IOException {
    assertThat(output(BorderReception::run))
        .contains("(k) Initial hardship allowance and loan support")
        .contains("The case validates: no error, 0 issue(s).")
        .contains("Ministry of Health (Bộ Y tế)")
        .contains("10 Eradicate trafficking; 21 Dignified return and reintegration");
  }

  @Test
  void validateExchangeFileShouldReportTheBrokenRecordsOfTheSample() throws IOException {
    assertThat(output(ValidateExchangeFile::run))
        .contains("line 1: TraffickingCase vn.laocai.case:2024-0917 - valid")
        .contains("ERROR json.unknown-code /person/gender: không phải là mã thuộc danh mục Gender")
        .contains("FATAL json.missing-required /status")
        .contains("2 valid, 4 with errors.");
  }

  @Test
  void gcmReviewShouldGroupActivitiesAndReportProgress() throws IOException {
    assertThat(output(GcmReview::run))
        .contains("10 Xóa bỏ mua bán người: vn.gcm:2024-law-53")
        .contains("1 Delayed / Chậm tiến độ")
        .contains("0 issue(s)");
  }

  @Test
  void spreadsheetImportShouldReadTheTemplateAndLocateProblemsByRowAndColumn() throws IOException {
    assertThat(output(SpreadsheetImport::run))
        .contains("row 3: case ")
        .contains("row 5, column prs_Gender: ERROR csv.unknown-code")
        .contains("row 6, column cas_Status: FATAL csv.unknown-code")
        .contains("3 cases imported.");
  }

  @Test
  void ctdcExportShouldSummariseAndWriteTheHeader() throws IOException {
    assertThat(output(CtdcExport::run))
        .contains("CTDC export with k = 11: read 5000 records")
        .contains("yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation");
  }

  @Test
  void generateCasesShouldWriteReadableNdjson() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    GenerateCases.write(200, 3, bytes);
    try (RecordReader reader = RecordReader.builder().withoutValidation()
        .open(new ByteArrayInputStream(bytes.toByteArray()))) {
      List<ReadResult> results = reader.stream().collect(Collectors.toList());
      assertThat(results).hasSize(200).allSatisfy(result -> assertThat(result.getReport()
          .getIssues()).isEmpty());
    }
  }
}
