package org.dicu.serialization.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dicu.serialization.json.DicuMappers;

/** The golden record of each type as a tree to change, and a reader of one changed line. */
final class GoldenRecords {

  static final ObjectMapper MAPPER = DicuMappers.newObjectMapper();
  /** The source of {@link #recordTypes()} for a parameterized test. */
  static final String GOLDEN_TYPES = "org.dicu.serialization.stream.GoldenRecords#recordTypes";

  private GoldenRecords() {}

  /** The record types that have a golden file. */
  static Stream<String> recordTypes() {
    return Stream.of("TraffickingCase", "PartnerAgency", "ServiceOffer", "GcmActivity",
        "GcmProgressReport");
  }

  /** A fresh tree of the golden record of a type. */
  static ObjectNode golden(String type) {
    try (InputStream in = GoldenRecords.class.getResourceAsStream("/golden/" + type + ".json")) {
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The results of reading one NDJSON line without validation. */
  static List<ReadResult> read(String line, boolean strict) {
    try (RecordReader reader = RecordReader.builder().withoutValidation().strict(strict)
        .open(new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)))) {
      return reader.stream().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every object of a tree by its JSON Pointer. */
  static Map<String, ObjectNode> objects(JsonNode node, String pointer) {
    Map<String, ObjectNode> found = new LinkedHashMap<>();
    if (node.isObject()) {
      found.put(pointer, (ObjectNode) node);
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        found.putAll(objects(field.getValue(), pointer + "/" + field.getKey()));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        found.putAll(objects(node.get(i), pointer + "/" + i));
      }
    }
    return found;
  }
}
