package org.dicu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command in-process and checks its output and exit codes. */
final class DicuCliTest {

  @TempDir
  Path directory;

  /** The output of one run. */
  static final class Run {
    final int exitCode;
    final String out;
    final String err;

    Run(int exitCode, String out, String err) {
      this.exitCode = exitCode;
      this.out = out;
      this.err = err;
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DicuCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private Path sample() throws IOException {
    String golden;
    try (InputStream in = getClass().getResourceAsStream("/sample.ndjson")) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path file = directory.resolve("cases.ndjson");
    Files.writeString(file, golden, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void shouldReportEveryIssueWithItsLineAndExitWithOne() throws IOException {
    Path file = sample();
    Run run = run("validate", file.toString());

    assertThat(run.exitCode).isEqualTo(DicuCli.INVALID);
    assertThat(run.out)
        .contains(file + ":2: ERROR json.unknown-code at /person/gender: is not a code of Gender")
        .contains(file + ":2: ERROR case.closed-without-reason at /reasonForCaseClosure:")
        .contains(file + ":3: FATAL json.malformed for the whole record:")
        .contains("Summary: 3 records read, 1 valid, 2 with errors, 0 with warnings")
        .containsPattern("json.unknown-code +1");
    assertThat(run.err).isEmpty();
  }

  @Test
  void shouldReportInVietnamese() throws IOException {
    Run run = run("validate", "--lang", "vi", sample().toString());
    assertThat(run.out)
        .contains("không phải là mã thuộc danh mục Gender")
        .contains("phải ghi lý do đóng hồ sơ vụ việc")
        .contains("Tóm tắt: đã đọc 3 bản ghi, 1 hợp lệ, 2 có lỗi, 0 có cảnh báo");
  }

  @Test
  void shouldWriteAMachineReadableReport() throws IOException {
    Run run = run("validate", "--report", "json", sample().toString());
    JsonNode report = new ObjectMapper().readTree(run.out);
    assertThat(report.at("/summary/records").asLong()).isEqualTo(3);
    assertThat(report.at("/summary/withErrors").asLong()).isEqualTo(2);
    assertThat(report.at("/summary/issuesByRule/json.malformed").asLong()).isEqualTo(1);
    assertThat(report.at("/files/0/results/0/line").asLong()).isEqualTo(2);
    assertThat(report.at("/files/0/results/0/issues/0/code").asText())
        .isEqualTo("json.unknown-code");
    assertThat(run.exitCode).isEqualTo(DicuCli.INVALID);
  }

  @Test
  void shouldExitWithZeroForAValidFile() throws IOException {
    Path valid = directory.resolve("valid.ndjson");
    Files.writeString(valid, Files.readAllLines(sample()).get(0) + "\n");
    Run run = run("validate", valid.toString());
    assertThat(run.exitCode).isEqualTo(DicuCli.OK);
    assertThat(run.out).contains("1 records read, 1 valid");
  }

  @Test
  void shouldSayWhatToTypeInsteadOfAMistypedCommand() {
    Run run = run("validat", "cases.ndjson");
    assertThat(run.exitCode).isEqualTo(DicuCli.USAGE);
    assertThat(run.err).contains("Did you mean: dicu validate").contains("dicu --help");
  }

  @Test
  void shouldAskForAFormatWhenTheExtensionSaysNothing() throws IOException {
    Path file = directory.resolve("cases.txt");
    Files.writeString(file, "{}");
    Run run = run("validate", file.toString());
    assertThat(run.exitCode).isEqualTo(DicuCli.USAGE);
    assertThat(run.err).contains("--format ndjson");
  }

  @Test
  void shouldExitWithTwoForAMissingFile() {
    Run run = run("validate", directory.resolve("nowhere.ndjson").toString());
    assertThat(run.exitCode).isEqualTo(DicuCli.USAGE);
    assertThat(run.err).contains("cannot find the file");
  }

  @Test
  void shouldPrintTheRulesInVietnamese() {
    Run run = run("rules", "--lang", "vi");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("case.closed-without-reason").contains("json.unknown-code")
        .contains("phải ghi lý do đóng hồ sơ vụ việc");
  }

  @Test
  void shouldPrintTheCodeListsAndOneList() {
    assertThat(run("codes").out).contains("ExploitationType").contains("GcmObjective");
    Run list = run("codes", "exploitationtype", "--lang", "vi");
    assertThat(list.out).contains("ForcedLabour").contains("Cưỡng bức lao động")
        .contains("ForcedCriminality");
    Run unknown = run("codes", "Colours");
    assertThat(unknown.exitCode).isEqualTo(DicuCli.USAGE);
    assertThat(unknown.err).contains("dicu codes");
  }

  @Test
  void shouldPrintTheSchemaOfARecordType() throws IOException {
    Run run = run("schema", "trafficking" + "case");
    assertThat(run.exitCode).isZero();
    JsonNode schema = new ObjectMapper().readTree(run.out);
    assertThat(schema.at("/properties/recordType/const").asText()).isEqualTo("TraffickingCase");
    assertThat(run("schema").out).contains("GcmProgressReport").contains("dicu schema");
    assertThat(run("schema", "Person").exitCode).isEqualTo(DicuCli.USAGE);
  }

  @Test
  void shouldShowHintsWithPlainQuotes() {
    assertThat(run("codes", "--lang", "vi").out).contains("Gõ 'dicu codes").doesNotContain("''");
    assertThat(run("schema").out).contains("Type 'dicu schema").doesNotContain("''");
  }

  @Test
  void shouldConvertToAJsonArrayThatValidates() throws IOException {
    Path array = directory.resolve("cases.json");
    Run convert = run("convert", "--from", "ndjson", "--to", "json", sample().toString(),
        array.toString());
    assertThat(convert.exitCode).isEqualTo(DicuCli.INVALID);
    assertThat(convert.out).contains("2 records written").contains("1 could not be read");
    assertThat(convert.err).contains(":3: FATAL json.malformed");
    Run validate = run("validate", array.toString());
    assertThat(validate.out).contains("2 records read");
    assertThat(validate.out).doesNotContain("json.");
  }

  @Test
  void shouldExportACtdcTableAndSayWhatItLeftOut() throws IOException {
    Path csv = directory.resolve("ctdc.csv");
    Run run = run("export-ctdc", "--k", "1", sample().toString(), csv.toString());
    assertThat(run.exitCode).isZero();
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).startsWith("yearOfRegistration,gender,ageBroad,citizenship");
    assertThat(lines).hasSize(2);
    assertThat(String.join("\n", lines)).doesNotContain("Nguyễn").doesNotContain("Canary");
    assertThat(run.out).isNotBlank();
    assertThat(run("export-ctdc", "--k", "0", sample().toString(), csv.toString()).exitCode)
        .isEqualTo(DicuCli.USAGE);

    Run check = run("validate", "--format", "ctdc-csv", csv.toString());
    assertThat(check.exitCode).isEqualTo(DicuCli.OK);
    assertThat(check.out).contains("2 records read, 2 valid, 0 with errors");

    Files.writeString(csv, lines.get(0) + "\n" + lines.get(1).replaceFirst("^[^,]*,[^,]*,", "2024,Female,") + "\n");
    Run broken = run("validate", "--format", "ctdc-csv", csv.toString());
    assertThat(broken.exitCode).isEqualTo(DicuCli.INVALID);
    assertThat(broken.out).contains(":2: ERROR ctdc.bad-value at column gender");
  }

  @Test
  void shouldConvertASpreadsheetToNdjsonAndBack() throws IOException {
    Path csv = directory.resolve("cases.csv");
    Files.writeString(csv, String.join("\n",
        "cas_Id,cas_Status,prs_FirstName,prs_SecondName,prs_Gender,con_Consent",
        "vn.test:1,Active,Lan,Nguyễn,Feminine,true",
        "vn.test:2,Open,Hoa,Trần,Feminine,true") + "\n");
    Path ndjson = directory.resolve("cases.ndjson");
    Run convert = run("convert", "--from", "htcds-csv", "--to", "ndjson", csv.toString(),
        ndjson.toString());
    assertThat(convert.out).contains("1 records written").contains("1 could not be read");
    assertThat(convert.err).contains("column cas_Status");
    assertThat(run("validate", ndjson.toString()).exitCode).isEqualTo(DicuCli.OK);

    Path back = directory.resolve("back.csv");
    run("convert", "--from", "ndjson", "--to", "htcds-csv", ndjson.toString(), back.toString());
    assertThat(Files.readString(back)).contains("vn.test:1").contains("Feminine");
  }

  @Test
  void shouldTranslateTheHelp() {
    assertThat(run("--help", "--lang", "vi").out).contains("Cách dùng").contains("Mã thoát");
    assertThat(run("validate", "--help").out).contains("Usage").contains("--strict");
  }

  @Test
  void shouldRefuseToDeidentifyWithoutAKeyOfThirtyTwoBytes() throws IOException {
    Path out = directory.resolve("out.ndjson");
    Run withoutKey = run("convert", "--from", "ndjson", "--to", "ndjson", "--deidentify",
        sample().toString(), out.toString());
    assertThat(withoutKey.exitCode).isEqualTo(DicuCli.USAGE);
    assertThat(withoutKey.err).contains("--key-file");
    Path shortKey = directory.resolve("short.key");
    Files.write(shortKey, new byte[31]);
    Run tooShort = run("convert", "--from", "ndjson", "--to", "ndjson", "--deidentify",
        "--key-file", shortKey.toString(), sample().toString(), out.toString());
    assertThat(tooShort.exitCode).isEqualTo(DicuCli.USAGE);
    assertThat(tooShort.err).contains("at least 32 bytes").contains("31");
    Run missing = run("convert", "--from", "ndjson", "--to", "ndjson", "--deidentify",
        "--key-file", directory.resolve("none.key").toString(), sample().toString(), out.toString());
    assertThat(missing.exitCode).isEqualTo(DicuCli.USAGE);
    assertThat(missing.err).contains("none.key");
  }

  @Test
  void shouldDescribeTheDeidentificationOptionsInBothLanguages() {
    assertThat(run("convert", "--help").out).contains("--deidentify").contains("pseudonyms")
        .contains("--key-file=FILE");
    assertThat(run("convert", "--help", "--lang", "vi").out).contains("kh\u1eed \u0111\u1ecbnh danh");
  }
}
