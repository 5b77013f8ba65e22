package org.dicu.serialization.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.validation.DicuValidator;
import org.dicu.core.validation.Issue;
import org.dicu.core.validation.Severity;
import org.dicu.serialization.json.DicuMappers;
import org.junit.jupiter.api.Test;

final class RecordReaderTest {

  private static final ObjectMapper MAPPER = DicuMappers.newObjectMapper();
  private static final DicuValidator VALIDATOR =
      DicuValidator.builder().today(LocalDate.of(2026, 11, 22)).build();

  /** The golden case on one line. */
  static String goldenLine() {
    try (InputStream in = RecordReaderTest.class.getResourceAsStream("/golden/TraffickingCase.json")) {
      return MAPPER.writeValueAsString(MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The golden case on one line, changed. */
  static String goldenLine(java.util.function.Consumer<ObjectNode> change) {
    try {
      ObjectNode node = (ObjectNode) MAPPER.readTree(goldenLine());
      change.accept(node);
      return MAPPER.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<ReadResult> read(String text, RecordFormat format, boolean strict) {
    return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, strict);
  }

  private static List<ReadResult> read(InputStream in, RecordFormat format, boolean strict) {
    try (RecordReader reader = RecordReader.builder().format(format).strict(strict)
        .validator(VALIDATOR).open(in)) {
      return reader.stream().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<ReadResult> ndjson(String... lines) {
    return read(String.join("\n", lines) + "\n", RecordFormat.NDJSON, true);
  }

  @Test
  void shouldReadAValidRecordWithoutIssues() {
    List<ReadResult> results = ndjson(goldenLine());
    assertThat(results).hasSize(1);
    assertThat(results.get(0).getRecord()).containsInstanceOf(TraffickingCase.class);
    assertThat(results.get(0).getReport().getIssues()).isEmpty();
    assertThat(results.get(0).getLine()).isEqualTo(1);
  }

  @Test
  void shouldReportThreeWrongCodesAsThreeIssuesAndKeepTheRecord() {
    String broken = goldenLine(node -> {
      node.put("id", "broken");
      ((ObjectNode) node.get("person")).put("gender", "Female");
      ((ObjectNode) node.get("victim")).withArray("methodsOfControl").set(1, "Beatings");
      ((ObjectNode) node.get("person")).withArray("citizenship").set(0, "VNM");
    });
    List<ReadResult> results = ndjson(goldenLine(), broken, goldenLine(n -> n.put("id", "other")));

    assertThat(results).hasSize(3);
    ReadResult second = results.get(1);
    assertThat(second.getLine()).isEqualTo(2);
    assertThat(second.getRecord()).isPresent();
    assertThat(second.getReport().getIssues())
        .extracting(Issue::getSeverity, Issue::getCode, Issue::getLocation, Issue::getValue)
        .containsExactlyInAnyOrder(
            tuple(Severity.ERROR, "json.unknown-code", "/person/gender", java.util.Optional.of("Female")),
            tuple(Severity.ERROR, "json.unknown-code", "/victim/methodsOfControl/1",
                java.util.Optional.of("Beatings")),
            tuple(Severity.ERROR, "json.unknown-code", "/person/citizenship/0",
                java.util.Optional.of("VNM")));
    assertThat(second.getReport().getIssues()).allSatisfy(i -> assertThat(i.getLine()).contains(2L));
    assertThat(results.get(2).isValid()).isTrue();
  }

  @Test
  void shouldNotReadARecordWhoseRequiredCodeIsWrongButReportEveryProblem() {
    String broken = goldenLine(node -> {
      node.put("status", "Open");
      ((ObjectNode) node.get("person")).put("gender", "Female");
    });
    ReadResult result = ndjson(broken).get(0);
    assertThat(result.getRecord()).isEmpty();
    assertThat(result.getReport().getIssues())
        .extracting(Issue::getCode, Issue::getLocation)
        .containsExactlyInAnyOrder(
            tuple("json.unknown-code", "/status"),
            tuple("json.unknown-code", "/person/gender"));
  }

  @Test
  void shouldReportAMissingRequiredProperty() {
    ReadResult result = ndjson(goldenLine(node -> node.remove("status"))).get(0);
    assertThat(result.getRecord()).isEmpty();
    assertThat(result.getReport().getIssues())
        .extracting(Issue::getSeverity, Issue::getCode, Issue::getLocation)
        .containsExactly(tuple(Severity.FATAL, "json.missing-required", "/status"));
  }

  @Test
  void shouldReportWrongTypesAndBadDates() {
    String broken = goldenLine(node -> {
      node.put("registrationDate", "20/09/2024");
      ((ObjectNode) node.get("person")).put("numberOfChildren", "two");
      ((ObjectNode) node.get("person")).put("birthdate", "March 2001");
    });
    ReadResult result = ndjson(broken).get(0);
    assertThat(result.getRecord()).isPresent();
    assertThat(result.getReport().getIssues())
        .extracting(Issue::getCode, Issue::getLocation)
        .containsExactlyInAnyOrder(
            tuple("json.bad-format", "/registrationDate"),
            tuple("json.wrong-type", "/person/numberOfChildren"),
            tuple("json.bad-format", "/person/birthdate"));
    assertThat(result.getReport().getIssues())
        .filteredOn(i -> i.getLocation().equals("/person/birthdate"))
        .extracting(Issue::getValue)
        .containsExactly(java.util.Optional.empty());
  }

  @Test
  void shouldTellStrictFromLenientUnknownProperties() {
    String extra = goldenLine(node -> ((ObjectNode) node.get("person")).put("nickname", "Bé"));
    ReadResult strict = read(extra, RecordFormat.NDJSON, true).get(0);
    ReadResult lenient = read(extra, RecordFormat.NDJSON, false).get(0);

    assertThat(strict.getReport().getIssues())
        .extracting(Issue::getSeverity, Issue::getCode, Issue::getLocation)
        .containsExactly(tuple(Severity.ERROR, "json.unknown-property", "/person/nickname"));
    assertThat(lenient.getReport().getIssues())
        .extracting(Issue::getSeverity, Issue::getCode, Issue::getLocation)
        .containsExactly(tuple(Severity.WARNING, "json.unknown-property", "/person/nickname"));
    assertThat(strict.getRecord()).isPresent();
    assertThat(lenient.isValid()).isTrue();
  }

  @Test
  void shouldReportEveryUnknownPropertyOnceEvenWhenOtherProblemsNeedRetries() {
    String broken = goldenLine(node -> {
      node.put("extra", 1);
      ((ObjectNode) node.get("person")).put("gender", "Female");
    });
    assertThat(ndjson(broken).get(0).getReport().getIssues())
        .extracting(Issue::getCode, Issue::getLocation)
        .containsExactlyInAnyOrder(
            tuple("json.unknown-property", "/extra"),
            tuple("json.unknown-code", "/person/gender"));
  }

  @Test
  void shouldRefuseAJavaTypeNameAndCarryOn() {
    String gadget = goldenLine(node -> node.put("@class",
        "com.sun.rowset.JdbcRowSetImpl"));
    ReadResult result = ndjson(gadget).get(0);
    assertThat(result.getReport().getIssues())
        .extracting(Issue::getCode, Issue::getLocation)
        .containsExactly(tuple("json.unknown-property", "/@class"));
  }

  @Test
  void shouldGoOnAfterAMalformedLine() {
    List<ReadResult> results = ndjson("{\"recordType\": \"TraffickingCase\", oops}", goldenLine());
    assertThat(results.get(0).getRecord()).isEmpty();
    assertThat(results.get(0).getReport().getIssues())
        .extracting(Issue::getSeverity, Issue::getCode)
        .containsExactly(tuple(Severity.FATAL, "json.malformed"));
    assertThat(results.get(0).getReport().getIssues().get(0).getMessage()).doesNotContain("oops");
    assertThat(results.get(1).isValid()).isTrue();
    assertThat(results.get(1).getLine()).isEqualTo(2);
  }

  @Test
  void shouldReportGarbageAfterARecordOnTheSameLine() {
    ReadResult result = ndjson(goldenLine() + " }garbage").get(0);
    assertThat(result.getRecord()).isPresent();
    assertThat(result.getReport().getIssues())
        .extracting(Issue::getCode)
        .containsExactly("json.trailing-content");
  }

  @Test
  void shouldReportADuplicateKey() {
    String duplicate = goldenLine().replaceFirst("\"status\":\"Active\"",
        "\"status\":\"Active\",\"status\":\"Closed\"");
    ReadResult result = ndjson(duplicate, goldenLine(n -> n.put("id", "x"))).get(0);
    assertThat(result.getReport().getIssues())
        .extracting(Issue::getCode, Issue::getLocation)
        .containsExactly(tuple("json.duplicate-key", "/status"));
  }

  @Test
  void shouldReportARepeatedRecordId() {
    List<ReadResult> results = ndjson(goldenLine(), goldenLine());
    assertThat(results.get(1).getReport().getIssues())
        .extracting(Issue::getCode, Issue::getLocation, Issue::getMessage)
        .containsExactly(tuple("batch.duplicate-id", "/id",
            "repeats the id of the record on line 1"));
  }

  @Test
  void shouldCollectAgencyIdsThatNeitherTheDirectoryNorTheInputDefines() throws IOException {
    String station = "{\"recordType\":\"PartnerAgency\",\"schemaVersion\":\"1.0\","
        + "\"id\":\"vn.laocai.bgc.station-9\",\"nameVi\":\"Đồn Biên phòng cửa khẩu Lào Cai\","
        + "\"nameEn\":\"Lao Cai border gate border guard station\",\"type\":\"LawEnforcement\","
        + "\"country\":\"VN\",\"parentId\":\"vn.mod.bgc\"}";
    String first = goldenLine(n -> ((ObjectNode) n.withArray("services").get(0))
        .put("providerId", "vn.laocai.bgc.station-9"));
    String second = goldenLine(n -> {
      n.put("id", "second");
      ((ObjectNode) n.withArray("services").get(0)).put("providerId", "vn.nowhere");
    });
    String text = String.join("\n", first, station, second);
    try (RecordReader reader = RecordReader.builder().validator(VALIDATOR)
        .open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      List<ReadResult> results = reader.stream().collect(Collectors.toList());
      assertThat(results.get(0).getReport().getIssues()).extracting(Issue::getCode)
          .containsExactly("agency.unknown");
      assertThat(results.get(1).isValid()).isTrue();
      assertThat(reader.getUnresolvedAgencyIds()).containsExactly(Map.entry("vn.nowhere", 3L));
      assertThat(reader.getRecordsRead()).isEqualTo(3);
    }
  }

  @Test
  void shouldWarnAboutNullsAndIgnoreThem() {
    String nulls = goldenLine(node -> {
      ((ObjectNode) node.get("person")).putNull("email");
      ((ObjectNode) node.get("victim")).withArray("methodsOfControl").addNull();
    });
    ReadResult result = ndjson(nulls).get(0);
    assertThat(result.isValid()).isTrue();
    assertThat(result.getReport().getIssues())
        .extracting(Issue::getSeverity, Issue::getCode, Issue::getLocation)
        .containsExactlyInAnyOrder(
            tuple(Severity.WARNING, "json.null-value", "/person/email"),
            tuple(Severity.WARNING, "json.null-value", "/victim/methodsOfControl/2"));
    TraffickingCase read = (TraffickingCase) result.getRecord().orElseThrow();
    assertThat(read.getPerson().getEmail()).isEmpty();
    assertThat(read.getVictim().orElseThrow().getMethodsOfControl()).hasSize(2);
  }

  @Test
  void shouldReportUnknownRecordTypesAndVersions() {
    List<ReadResult> results = ndjson(
        goldenLine(n -> n.put("recordType", "java.lang.Runtime")),
        goldenLine(n -> n.put("schemaVersion", "2.0")),
        goldenLine(n -> n.remove("schemaVersion")));
    assertThat(results).extracting(r -> r.getReport().getIssues().get(0).getCode())
        .containsExactly("json.unknown-record-type", "json.unsupported-version",
            "json.missing-schema-version");
    assertThat(results.get(2).getRecord()).isPresent();
  }

  @Test
  void shouldReportAnEmptyInput() {
    for (String empty : List.of("", "\n\n  \n")) {
      List<ReadResult> results = read(empty, RecordFormat.NDJSON, true);
      assertThat(results).extracting(r -> r.getReport().getIssues().get(0).getCode())
          .containsExactly("json.empty-input");
      assertThat(read(empty, RecordFormat.JSON_ARRAY, true))
          .extracting(r -> r.getReport().getIssues().get(0).getCode())
          .containsExactly("json.empty-input");
    }
  }

  @Test
  void shouldSkipAByteOrderMark() {
    byte[] text = ("\uFEFF" + goldenLine() + "\n").getBytes(StandardCharsets.UTF_8);
    assertThat(read(new ByteArrayInputStream(text), RecordFormat.NDJSON, true).get(0).isValid())
        .isTrue();
    byte[] array = ("\uFEFF[" + goldenLine() + "]").getBytes(StandardCharsets.UTF_8);
    assertThat(read(new ByteArrayInputStream(array), RecordFormat.JSON_ARRAY, true).get(0).isValid())
        .isTrue();
  }

  @Test
  void shouldStoreDecomposedVietnameseComposed() {
    String decomposed = goldenLine(n -> ((ObjectNode) n.get("person"))
        .put("secondName", "Nguye\u0302\u0303n"));
    TraffickingCase read = (TraffickingCase) ndjson(decomposed).get(0).getRecord().orElseThrow();
    assertThat(read.getPerson().getSecondName()).contains("Nguyễn");
  }

  @Test
  void shouldReadAJsonArrayWithItsLines() {
    String array = "[\n" + goldenLine() + ",\n" + goldenLine(n -> n.put("id", "b")) + "\n]\n";
    List<ReadResult> results = read(array, RecordFormat.JSON_ARRAY, true);
    assertThat(results).extracting(ReadResult::getLine).containsExactly(2L, 3L);
    assertThat(results).allMatch(ReadResult::isValid);
  }

  @Test
  void shouldGoOnAfterABrokenRecordInAJsonArrayWhenTheJsonStaysWellFormed() {
    String array = "[" + goldenLine(n -> n.put("status", "Open")) + ", 42, "
        + goldenLine(n -> n.put("id", "b")) + "]";
    List<ReadResult> results = read(array, RecordFormat.JSON_ARRAY, true);
    assertThat(results).extracting(r -> r.getReport().getIssues().isEmpty()
        ? "ok" : r.getReport().getIssues().get(0).getCode())
        .containsExactly("json.unknown-code", "json.not-a-record", "ok");
  }

  @Test
  void shouldStopAJsonArrayWhereItBreaksOffAndSaySo() {
    String truncated = "[" + goldenLine() + ", " + goldenLine().substring(0, 200);
    List<ReadResult> results = read(truncated, RecordFormat.JSON_ARRAY, true);
    assertThat(results).hasSize(2);
    assertThat(results.get(0).isValid()).isTrue();
    Issue abort = results.get(1).getReport().getIssues().get(0);
    assertThat(abort.getCode()).isEqualTo("json.stream-aborted");
    assertThat(abort.getSeverity()).isEqualTo(Severity.FATAL);
    assertThat(abort.getMessage()).contains("line 1");
  }

  @Test
  void shouldWriteReadingMessagesInVietnamese() {
    String broken = goldenLine(n -> ((ObjectNode) n.get("person")).put("gender", "Female"));
    try (RecordReader reader = RecordReader.builder().locale(Locale.forLanguageTag("vi"))
        .open(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)))) {
      Issue issue = reader.iterator().next().getReport().getIssues().stream()
          .filter(i -> i.getCode().equals("json.unknown-code")).findFirst().orElseThrow();
      assertThat(issue.getMessage()).isEqualTo("không phải là mã thuộc danh mục Gender");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
