package org.dicu.serialization.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.dicu.serialization.stream.GoldenRecords.GOLDEN_TYPES;
import static org.dicu.serialization.stream.GoldenRecords.golden;
import static org.dicu.serialization.stream.GoldenRecords.read;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.dicu.core.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A JSON null anywhere in a record is reported where it is, whichever way the reader binds the
 * record: the direct way must not let one through.
 */
final class NullValueTest {

  private static final String NULL_VALUE = "json.null-value";

  @ParameterizedTest
  @MethodSource(GOLDEN_TYPES)
  void shouldReportANullInPlaceOfEveryValueOfEveryObjectAndList(String type) {
    List<String> failures = new ArrayList<>();
    List<String> pointers = new ArrayList<>();
    values(golden(type), "", pointers);
    for (String pointer : pointers) {
      ObjectNode record = golden(type);
      setNull(record, pointer);
      List<ReadResult> results = read(record.toString(), false);
      boolean reported = results.size() == 1 && results.get(0).getReport().getIssues().stream()
          .anyMatch(issue -> issue.getCode().equals(NULL_VALUE)
              && issue.getLocation().equals(pointer));
      if (!reported) {
        failures.add(pointer + ": " + results);
      }
    }
    assertThat(pointers).as("values tried").hasSizeGreaterThan(golden(type).size());
    assertThat(failures).isEmpty();
  }

  @Test
  void shouldReportANullInsideAnUnknownProperty() {
    ObjectNode record = golden("TraffickingCase");
    record.putObject("extra").putNull("inner");
    ((ObjectNode) record.get("person")).putArray("aliases").add("A").addNull();

    assertThatIssuesOfBound(record).containsExactlyInAnyOrder(
            tuple("json.unknown-property", "/extra"),
            tuple(NULL_VALUE, "/extra/inner"),
            tuple("json.unknown-property", "/person/aliases"),
            tuple(NULL_VALUE, "/person/aliases/1"));
  }

  @Test
  void shouldReadTheWordNullInTextAndUnknownValuesAsText() {
    ObjectNode record = golden("TraffickingCase");
    record.put("extra", "null");
    ((ObjectNode) record.get("person")).put("nickname", "Nullarbor null");

    assertThatIssuesOfBound(record).containsExactlyInAnyOrder(
            tuple("json.unknown-property", "/extra"),
            tuple("json.unknown-property", "/person/nickname"));
  }

  /** Reads a record, which must bind, and asserts on its issues by code and location. */
  private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>>
      assertThatIssuesOfBound(ObjectNode record) {
    List<ReadResult> results = read(record.toString(), false);
    assertThat(results).hasSize(1);
    assertThat(results.get(0).getRecord()).isPresent();
    return assertThat(results.get(0).getReport().getIssues())
        .extracting(Issue::getCode, Issue::getLocation);
  }

  /** Adds the pointer of every value below a node, each property's and each element's. */
  private static void values(JsonNode node, String pointer, List<String> found) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String child = pointer + "/" + field.getKey();
        found.add(child);
        values(field.getValue(), child, found);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String child = pointer + "/" + i;
        found.add(child);
        values(node.get(i), child, found);
      }
    }
  }

  private static void setNull(ObjectNode record, String pointer) {
    JsonPointer path = JsonPointer.compile(pointer);
    JsonNode parent = record.at(path.head());
    if (parent.isObject()) {
      ((ObjectNode) parent).set(path.last().getMatchingProperty(), NullNode.getInstance());
    } else {
      ((ArrayNode) parent).set(path.last().getMatchingIndex(), NullNode.getInstance());
    }
  }
}
