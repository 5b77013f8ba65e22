package org.dicu.serialization.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dicu.core.agency.PartnerAgency;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.gcm.GcmActivity;
import org.dicu.core.gcm.GcmProgressReport;
import org.dicu.core.record.RecordType;
import org.dicu.core.service.ServiceOffer;
import org.dicu.core.validation.DicuValidator;
import org.dicu.core.validation.Issue;
import org.dicu.core.validation.Severity;
import org.dicu.serialization.json.DicuMappers;
import org.dicu.serialization.stream.ReadResult;
import org.dicu.serialization.stream.RecordReader;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schemas agree with the Java side, checked with a schema validator other than the generator:
 * every golden file is valid, and what Java rejects the schema rejects too.
 */
final class SchemaAgreementTest {

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
          .formatAssertionsEnabled(true)
          .pathType(PathType.JSON_POINTER)
          .build()));

  private static final Map<RecordType, Class<?>> CLASSES = Map.of(
      RecordType.TRAFFICKING_CASE, TraffickingCase.class,
      RecordType.PARTNER_AGENCY, PartnerAgency.class,
      RecordType.SERVICE_OFFER, ServiceOffer.class,
      RecordType.GCM_ACTIVITY, GcmActivity.class,
      RecordType.GCM_PROGRESS_REPORT, GcmProgressReport.class);

  private static final ObjectMapper TREES = new ObjectMapper();

  /** How the Java side rejects a record. */
  enum Java {
    /** Reading it throws: the model cannot hold it. */
    READER,
    /** It is read, and the validator reports an error at the same place. */
    VALIDATOR
  }

  /** A golden record with one change: a value set (or removed when {@code json} is null). */
  static final class Change {
    final RecordType type;
    final String pointer;
    final String json;
    final Java java;

    Change(RecordType type, String pointer, String json, Java java) {
      this.type = type;
      this.pointer = pointer;
      this.json = json;
      this.java = java;
    }

    String apply() throws IOException {
      ObjectNode record = (ObjectNode) TREES.readTree(golden(type));
      JsonPointer at = JsonPointer.compile(pointer);
      JsonNode parent = record.at(at.head());
      String last = at.last().getMatchingProperty();
      if (parent instanceof ArrayNode) {
        ((ArrayNode) parent).set(at.last().getMatchingIndex(), TREES.readTree(json));
      } else if (json == null) {
        assertThat(((ObjectNode) parent).remove(last)).as("%s in the golden file", pointer)
            .isNotNull();
      } else {
        ((ObjectNode) parent).set(last, TREES.readTree(json));
      }
      return TREES.writeValueAsString(record);
    }
  }

  private static Arguments change(
      String name, RecordType type, String pointer, String json, Java java) {
    return Arguments.of(Named.of(name, new Change(type, pointer, json, java)));
  }

  static Stream<Arguments> rejected() {
    RecordType trafficking = RecordType.TRAFFICKING_CASE;
    return Stream.of(
        change("a string for an object", trafficking, "/person", "\"Nguyễn Thị Canary\"",
            Java.READER),
        change("a string for a number", trafficking, "/person/numberOfChildren", "\"2\"",
            Java.READER),
        change("a single value for an array", trafficking, "/person/citizenship", "\"VN\"",
            Java.READER),
        change("an object for a code", trafficking, "/status", "{\"code\": \"Active\"}",
            Java.READER),
        change("an unknown code", trafficking, "/person/gender", "\"Female\"", Java.READER),
        change("a label instead of the code", trafficking, "/victim/typeOfExploitation/0",
            "\"Forced labour\"", Java.READER),
        change("an unknown country", trafficking, "/person/citizenship/0", "\"XX\"",
            Java.READER),
        change("an alpha-3 country", trafficking, "/events/2/place/country", "\"CHN\"",
            Java.READER),
        change("an unknown currency", trafficking,
            "/migrantProfile/labourMigration/recruitmentCosts/currency", "\"DONG\"", Java.READER),
        change("a missing required property", trafficking, "/status", null, Java.READER),
        change("a missing required nested property", trafficking,
            "/person/identityDocuments/0/number", null, Java.READER),
        change("an unknown property", trafficking, "/person/nickname", "\"Canary\"",
            Java.READER),
        change("a Java class name", trafficking, "/@class",
            "\"org.dicu.core.casework.ImmutableTraffickingCase\"", Java.READER),
        change("an impossible date", trafficking, "/registrationDate", "\"2024-13-45\"",
            Java.READER),
        change("a date not in ISO form", trafficking, "/registrationDate", "\"20/09/2024\"",
            Java.READER),
        change("a date-time without offset", trafficking, "/comments/0/time",
            "\"2024-09-22 15:30\"", Java.READER),
        change("a two-digit birth year", trafficking, "/person/birthdate", "\"98\"",
            Java.READER),
        change("a GCM objective 24", trafficking, "/gcmObjectives/1", "24", Java.READER),
        change("a null value", trafficking, "/status", "null", Java.READER),
        change("a malformed id", trafficking, "/id", "\"case 1\"", Java.VALIDATOR),
        change("a malformed reference", trafficking, "/referrals/1/organisationId",
            "\"Trung tâm Lào Cai\"", Java.VALIDATOR),
        change("a text too long", trafficking, "/caseOwner", "\"" + "x".repeat(201) + "\"",
            Java.VALIDATOR),
        change("a negative amount", trafficking,
            "/migrantProfile/labourMigration/recruitmentCosts/amount", "-1", Java.VALIDATOR),
        change("a latitude out of range", trafficking, "/events/1/place/latitude", "91",
            Java.VALIDATOR),
        change("a GCM objective 24 in an activity", RecordType.GCM_ACTIVITY, "/objectives/0",
            "24", Java.READER),
        change("a language name instead of its code", RecordType.SERVICE_OFFER,
            "/languages/0", "\"Vietnamese\"", Java.READER),
        change("a negative capacity", RecordType.SERVICE_OFFER, "/capacity", "-1",
            Java.VALIDATOR),
        change("a missing period end", RecordType.GCM_PROGRESS_REPORT, "/periodEnd", null,
            Java.READER),
        change("an unknown progress status", RecordType.GCM_PROGRESS_REPORT,
            "/entries/0/status", "\"Done\"", Java.READER),
        change("an unknown organisation type", RecordType.PARTNER_AGENCY, "/type",
            "\"Ministry\"", Java.READER),
        change("a blank title", RecordType.GCM_ACTIVITY, "/title", "\"\"", Java.VALIDATOR));
  }

  private static String golden(RecordType type) throws IOException {
    String name = "/golden/" + type.getCode() + ".json";
    try (InputStream in = SchemaAgreementTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<Error> schemaErrors(RecordType type, String json) {
    Schema schema = REGISTRY.getSchema(RecordSchemas.schemaOf(type), InputFormat.JSON);
    return schema.validate(json, InputFormat.JSON);
  }

  private static String describe(List<Error> errors) {
    return errors.stream().map(Error::toString).collect(Collectors.joining("\n"));
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void shouldAcceptEveryGoldenFile(RecordType type) throws IOException {
    List<Error> errors = schemaErrors(type, golden(type));
    assertThat(errors).as(describe(errors)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void shouldRejectARecordOfAnotherTypeOrVersion(RecordType type) throws IOException {
    ObjectNode record = (ObjectNode) TREES.readTree(golden(type));
    assertThat(schemaErrors(type, TREES.writeValueAsString(
        record.deepCopy().put("recordType", "Person")))).isNotEmpty();
    assertThat(schemaErrors(type, TREES.writeValueAsString(
        record.deepCopy().put("schemaVersion", "2.0")))).isNotEmpty();
    ObjectNode unversioned = record.deepCopy();
    unversioned.remove("schemaVersion");
    assertThat(schemaErrors(type, TREES.writeValueAsString(unversioned))).isNotEmpty();
  }

  @Test
  void shouldRejectANullInAListWhichTheReaderOnlyWarnsAbout() throws IOException {
    ObjectNode record = (ObjectNode) TREES.readTree(golden(RecordType.TRAFFICKING_CASE));
    ((ObjectNode) record.get("person")).withArray("citizenship").addNull();
    String json = TREES.writeValueAsString(record);

    assertThat(schemaErrors(RecordType.TRAFFICKING_CASE, json)).isNotEmpty();
    try (RecordReader reader = RecordReader.builder()
        .validator(DicuValidator.builder().today(LocalDate.of(2026, 11, 22)).build())
        .open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
      ReadResult result = reader.iterator().next();
      assertThat(result.getReport().getIssues()).extracting(Issue::getSeverity, Issue::getCode)
          .containsExactly(tuple(Severity.WARNING, "json.null-value"));
    }
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void shouldRejectWhatJavaRejects(Change change) throws IOException {
    String json = change.apply();

    List<Error> errors = schemaErrors(change.type, json);
    assertThat(errors).as("schema errors").isNotEmpty()
        .anySatisfy(error -> assertThat(change.pointer)
            .startsWith(error.getInstanceLocation().toString()));

    ObjectMapper mapper = DicuMappers.newObjectMapper();
    Class<?> type = CLASSES.get(change.type);
    if (change.java == Java.READER) {
      assertThatThrownBy(() -> mapper.readValue(json, type))
          .isInstanceOf(JsonProcessingException.class);
    } else {
      assertThatCode(() -> mapper.readValue(json, type)).doesNotThrowAnyException();
      List<Issue> issues = DicuValidator.builder().today(LocalDate.of(2026, 11, 22)).build()
          .validate(mapper.readValue(json, type)).getIssues();
      assertThat(issues).as("validation issues")
          .anySatisfy(issue -> {
            assertThat(issue.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(issue.getLocation()).isEqualTo(change.pointer);
          });
    }
  }
}
