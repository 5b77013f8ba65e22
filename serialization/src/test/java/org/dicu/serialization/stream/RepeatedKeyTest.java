package org.dicu.serialization.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.dicu.serialization.stream.GoldenRecords.GOLDEN_TYPES;
import static org.dicu.serialization.stream.GoldenRecords.golden;
import static org.dicu.serialization.stream.GoldenRecords.objects;
import static org.dicu.serialization.stream.GoldenRecords.read;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dicu.core.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A key repeated in any object of a record is reported where it is repeated, whichever way the
 * reader binds the record.
 */
final class RepeatedKeyTest {

  private static final ObjectMapper MAPPER = GoldenRecords.MAPPER;
  private static final String REPEATED = "json.duplicate-key";

  @ParameterizedTest
  @MethodSource(GOLDEN_TYPES)
  void shouldReadEachGoldenRecordWhoseKeysRepeatOnlyAcrossObjects(String type) {
    List<ReadResult> results = read(golden(type).toString(), true);

    assertThat(results).hasSize(1);
    assertThat(results.get(0).getRecord()).isPresent();
    assertThat(results.get(0).getReport().getIssues()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource(GOLDEN_TYPES)
  void shouldReportEveryKeyOfEveryObjectWhenRepeated(String type) {
    ObjectNode record = golden(type);
    List<String> failures = new ArrayList<>();
    int keys = 0;
    for (Map.Entry<String, ObjectNode> object : objects(record, "").entrySet()) {
      for (Iterator<String> names = object.getValue().fieldNames(); names.hasNext(); ) {
        String name = names.next();
        keys++;
        String line = withRepeatedKey(record, object.getValue(), name);
        List<ReadResult> results = read(line, true);
        String expected = object.getKey() + "/" + name;
        boolean reported = results.size() == 1 && results.get(0).getRecord().isEmpty()
            && results.get(0).getReport().getIssues().stream()
                .map(issue -> issue.getCode() + " " + issue.getLocation())
                .collect(Collectors.toList())
                .equals(List.of(REPEATED + " " + expected));
        if (!reported) {
          failures.add(expected + ": " + results);
        }
      }
    }
    assertThat(keys).as("keys tried").isGreaterThanOrEqualTo(record.size());
    assertThat(failures).isEmpty();
  }

  /** An unknown key, and a header key inside the record: keys that binding sets nothing with. */
  @ParameterizedTest
  @ValueSource(strings = {"nickname", "recordType", "schemaVersion"})
  void shouldReportARepeatedKeyThatSetsNoProperty(String key) {
    ObjectNode record = golden("TraffickingCase");
    ObjectNode person = (ObjectNode) record.get("person");
    person.put(key, "1.0");

    List<ReadResult> results = read(withRepeatedKey(record, person, key), false);

    assertThat(results.get(0).getReport().getIssues())
        .extracting(Issue::getCode, Issue::getLocation)
        .containsExactly(tuple(REPEATED, "/person/" + key));
  }

  @Test
  void shouldNotTakeTheSameUnknownKeyInNestedOrSiblingObjectsForARepeatedOne() {
    ObjectNode record = golden("TraffickingCase");
    record.put("extra", 1);
    ((ObjectNode) record.get("person")).put("extra", 2);
    ((ObjectNode) record.get("services").get(0)).put("extra", 3);
    ((ObjectNode) record.get("services").get(1)).put("extra", 4);

    List<ReadResult> results = read(record.toString(), false);

    assertThat(results.get(0).getRecord()).isPresent();
    assertThat(results.get(0).getReport().getIssues())
        .extracting(Issue::getCode, Issue::getLocation)
        .containsExactlyInAnyOrder(
            tuple("json.unknown-property", "/extra"),
            tuple("json.unknown-property", "/person/extra"),
            tuple("json.unknown-property", "/services/0/extra"),
            tuple("json.unknown-property", "/services/1/extra"));
  }

  @Test
  void shouldReportAKeyRepeatedInAnObjectWhereAValueWasExpected() {
    String line = golden("TraffickingCase").toString()
        .replace("\"status\":\"Active\"", "\"status\":{\"code\":\"Active\",\"code\":\"Closed\"}");

    List<ReadResult> results = read(line, true);

    assertThat(results.get(0).getReport().getIssues())
        .extracting(Issue::getCode, Issue::getLocation)
        .containsExactly(tuple(REPEATED, "/status/code"));
  }

  /** The record on one line, with the given key of the given object written once more last. */
  private static String withRepeatedKey(ObjectNode record, ObjectNode target, String name) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = MAPPER.getFactory().createGenerator(text)) {
      write(generator, record, target, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static void write(JsonGenerator generator, JsonNode node, ObjectNode target,
      String name) throws IOException {
    if (node.isObject()) {
      generator.writeStartObject();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        generator.writeFieldName(field.getKey());
        write(generator, field.getValue(), target, name);
      }
      if (node == target) {
        generator.writeFieldName(name);
        write(generator, node.get(name), target, name);
      }
      generator.writeEndObject();
    } else if (node.isArray()) {
      generator.writeStartArray();
      for (JsonNode element : node) {
        write(generator, element, target, name);
      }
      generator.writeEndArray();
    } else {
      MAPPER.writeTree(generator, node);
    }
  }
}
