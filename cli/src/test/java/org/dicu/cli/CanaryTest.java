package org.dicu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractStringAssert;
import org.dicu.core.casework.CaseComment;
import org.dicu.core.casework.ConsentScope;
import org.dicu.core.person.IdentityDocument;
import org.dicu.core.privacy.DeidentifiedRecord;
import org.dicu.core.privacy.Deidentifier;
import org.dicu.core.record.ExchangeRecord;
import org.dicu.core.validation.DicuValidator;
import org.dicu.core.validation.Issue;
import org.dicu.core.validation.ValidationReport;
import org.dicu.serialization.json.DicuMappers;
import org.dicu.serialization.stream.ReadResult;
import org.dicu.serialization.stream.RecordReader;
import org.dicu.serialization.stream.RecordWriter;
import org.dicu.serialization.stream.WriteResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads a file of broken records whose every personal field holds a canary name, phone or email,
 * and checks that the canary shows nowhere: not in any {@code toString()}, issue, exception
 * message or report, and not in de-identified output.
 */
final class CanaryTest {

  private static final String NAME = "Nguyễn Thị Canary";
  private static final String EMAIL = "nguyen.thi.canary@example.org";
  private static final String PHONE = "912999888";
  private static final byte[] KEY =
      "secret-test-key-0123456789abcdefghijklmnop".getBytes(StandardCharsets.US_ASCII);

  @TempDir
  Path directory;

  /** Asserts that a text holds none of the canary's forms, whatever the normalisation or case. */
  private static void assertNoCanary(String what, String text) {
    AbstractStringAssert<?> assertion = assertThat(text).as(what);
    assertion.doesNotContainIgnoringCase("Canary")
        .doesNotContain(NAME)
        .doesNotContain(Normalizer.normalize(NAME, Normalizer.Form.NFD))
        .doesNotContain(EMAIL)
        .doesNotContain(PHONE);
  }

  private static byte[] canaryFile() throws IOException {
    try (InputStream in = CanaryTest.class.getResourceAsStream("/canary.ndjson")) {
      return in.readAllBytes();
    }
  }

  private Path canaryPath() throws IOException {
    Path file = directory.resolve("broken.ndjson");
    Files.write(file, canaryFile());
    return file;
  }

  private static List<ReadResult> read(Locale locale, boolean strict) throws IOException {
    try (RecordReader reader = RecordReader.builder().locale(locale).strict(strict)
        .validator(DicuValidator.builder().locale(locale).build())
        .open(new ByteArrayInputStream(canaryFile()))) {
      return reader.stream().collect(Collectors.toList());
    }
  }

  @Test
  void shouldHoldTheCanaryInTheFile() throws IOException {
    String file = new String(canaryFile(), StandardCharsets.UTF_8);
    assertThat(file).contains(NAME, EMAIL, PHONE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "vi"})
  void shouldKeepTheCanaryOutOfResultsRecordsAndIssues(String language) throws IOException {
    for (boolean strict : new boolean[] {true, false}) {
      List<ReadResult> results = read(Locale.forLanguageTag(language), strict);
      assertThat(results).hasSizeGreaterThan(10);
      assertThat(results).anyMatch(r -> r.getRecord().isPresent());
      assertThat(results).anyMatch(r -> !r.getReport().isValid());
      for (ReadResult result : results) {
        String where = "line " + result.getLine();
        assertNoCanary(where + " result", result.toString());
        assertNoCanary(where + " report", result.getReport().toString());
        result.getRecord().ifPresent(record -> assertNoCanary(where + " record", record.toString()));
        for (Issue issue : result.getReport().getIssues()) {
          assertNoCanary(where + " issue", issue.toString());
          assertNoCanary(where + " message", issue.getMessage());
          issue.getValue().ifPresent(value -> assertNoCanary(where + " value", value));
        }
      }
    }
  }

  @Test
  void shouldKeepTheCanaryOutOfRevalidationAndDeidentification() throws IOException {
    DicuValidator validator = DicuValidator.builder().locale(Locale.forLanguageTag("vi")).build();
    Deidentifier deidentifier = Deidentifier.withKey(KEY);
    ObjectMapper mapper = DicuMappers.newObjectMapper();
    int deidentified = 0;
    for (ReadResult result : read(Locale.ENGLISH, true)) {
      if (result.getRecord().isEmpty()) {
        continue;
      }
      ExchangeRecord record = result.getRecord().get();
      ValidationReport report = validator.validate(record);
      assertNoCanary("report", report.toString());
      report.getIssues().forEach(issue -> assertNoCanary("issue", issue.toString()));
      DeidentifiedRecord<ExchangeRecord> clean = deidentifier.deidentify(record);
      assertNoCanary("de-identified", clean.toString());
      assertNoCanary("de-identified JSON", mapper.writeValueAsString(clean.getRecord()));
      assertNoCanary("de-identification report", clean.getReport().toString());
      deidentified++;
    }
    assertThat(deidentified).isGreaterThan(3);
  }

  @Test
  void shouldKeepTheCanaryOutOfWriteResults() throws IOException {
    OutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = RecordWriter.builder()
        .refuseInvalid(DicuValidator.create())
        .forSharing(ConsentScope.DEIDENTIFIED_DATA_SHARING)
        .open(out)) {
      for (ReadResult result : read(Locale.ENGLISH, true)) {
        if (result.getRecord().isPresent()) {
          WriteResult written = writer.write(result.getRecord().get());
          assertNoCanary("write result", written.toString());
          written.getReport().getIssues().forEach(i -> assertNoCanary("issue", i.getMessage()));
        }
      }
      assertThat(writer.getLeftOutWithoutConsent()).isPositive();
      assertNoCanary("writer", writer.toString());
    }
  }

  @Test
  void shouldKeepTheCanaryOutOfExceptionMessages() {
    List<Supplier<Object>> failing = List.of(
        () -> CaseComment.builder().author(NAME).build(),
        () -> IdentityDocument.builder().number(NAME).build(),
        () -> Deidentifier.withKey(NAME.getBytes(StandardCharsets.UTF_8)),
        () -> Deidentifier.withKey((EMAIL + NAME).substring(0, 31).getBytes(StandardCharsets.US_ASCII)));
    List<Throwable> thrown = new ArrayList<>();
    for (Supplier<Object> supplier : failing) {
      try {
        supplier.get();
      } catch (RuntimeException e) {
        thrown.add(e);
      }
    }
    assertThat(thrown).hasSameSizeAs(failing);
    for (Throwable e : thrown) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        assertNoCanary("exception", String.valueOf(t.getMessage()));
        assertNoCanary("exception", t.toString());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json"})
  void shouldKeepTheCanaryOutOfTheReports(String kind) throws IOException {
    Path file = canaryPath();
    for (String language : List.of("en", "vi")) {
      for (String strict : List.of("--strict", "--lang")) {
        List<String> args = new ArrayList<>(List.of("validate", "--report", kind, "--lang", language));
        if (strict.equals("--strict")) {
          args.add("--strict");
        }
        args.add(file.toString());
        DicuCliTest.Run run = DicuCliTest.run(args.toArray(new String[0]));
        assertThat(run.exitCode).isEqualTo(DicuCli.INVALID);
        assertThat(run.out + run.err).isNotBlank();
        assertNoCanary(kind + " report " + language, run.out);
        assertNoCanary(kind + " errors " + language, run.err);
      }
    }
  }

  @Test
  void shouldKeepTheCanaryOutOfConvertAndItsDeidentifiedOutput() throws IOException {
    Path key = directory.resolve("key");
    Files.write(key, KEY);
    Path output = directory.resolve("out.ndjson");
    DicuCliTest.Run run = DicuCliTest.run("convert", "--from", "ndjson", "--to", "ndjson",
        "--deidentify", "--key-file", key.toString(), canaryPath().toString(), output.toString());
    String written = Files.readString(output, StandardCharsets.UTF_8);
    assertThat(written.lines()).isNotEmpty();
    assertThat(written).contains("\"id\":\"p:").doesNotContain("vn.test:2\"");
    assertNoCanary("de-identified output", written);
    assertNoCanary("convert output", run.out);
    assertNoCanary("convert errors", run.err);
    assertThat(run.out).contains("1 cases left out");

    Path csv = directory.resolve("out.csv");
    DicuCliTest.Run toCsv = DicuCliTest.run("convert", "--from", "ndjson", "--to", "htcds-csv",
        "--deidentify", "--key-file", key.toString(), canaryPath().toString(), csv.toString());
    assertNoCanary("de-identified spreadsheet", Files.readString(csv, StandardCharsets.UTF_8));
    assertNoCanary("convert output", toCsv.out + toCsv.err);
  }

  @Test
  void shouldKeepTheCanaryOutOfSpreadsheetReports() throws IOException {
    String header = "cas_Id,cas_Status,cas_CaseOwner,cas_ReasonForCaseClosure,prs_FirstName,"
        + "prs_MiddleName,prs_SecondName,prs_Birthdate,prs_Gender,prs_Email,prs_HomePhone,"
        + "prs_MobilePhone,prs_MailingStreet,prs_MailingCity,prs_MailingPostalCode,"
        + "cas_ReferringPrimaryCaseWorker,cas_IncomingReferralDetails,con_Consent";
    String all = NAME + "," + NAME + "," + NAME + "," + NAME + "," + NAME + ",";
    Path csv = directory.resolve("broken.csv");
    Files.writeString(csv, String.join("\n", header,
        "vn.test:1,Active," + all + "2001,Feminine," + EMAIL + ",+84" + PHONE + ",+84" + PHONE + ","
            + NAME + "," + NAME + "," + NAME + "," + NAME + "," + NAME + ",true",
        "vn.test:2,Open," + all + NAME + ",Feminine," + NAME + "," + NAME + ",+84" + PHONE + "x,"
            + NAME + "," + NAME + "," + NAME + "," + NAME + "," + NAME + ",maybe",
        "vn.test:3,Active," + all + "2001-02-30,Feminine," + EMAIL + "," + NAME + ",+1" + PHONE
            + "," + NAME + "," + NAME + "," + NAME + "," + NAME + "," + NAME + ",true",
        "vn.test:4,Active,\"" + NAME + "\n" + EMAIL + "\",\"" + NAME) + "\n", StandardCharsets.UTF_8);
    for (String kind : List.of("text", "json")) {
      for (String language : List.of("en", "vi")) {
        DicuCliTest.Run run = DicuCliTest.run("validate", "--format", "htcds-csv", "--report", kind,
            "--lang", language, csv.toString());
        assertThat(run.exitCode).isEqualTo(DicuCli.INVALID);
        assertNoCanary("spreadsheet " + kind + " report " + language, run.out + run.err);
      }
    }
    Path key = directory.resolve("key");
    Files.write(key, KEY);
    Path output = directory.resolve("from-csv.ndjson");
    DicuCliTest.Run convert = DicuCliTest.run("convert", "--from", "htcds-csv", "--to", "ndjson",
        "--deidentify", "--key-file", key.toString(), csv.toString(), output.toString());
    assertThat(Files.readString(output, StandardCharsets.UTF_8)).contains("\"p:");
    assertNoCanary("de-identified output of a spreadsheet", Files.readString(output));
    assertNoCanary("convert of a spreadsheet", convert.out + convert.err);
  }
}
