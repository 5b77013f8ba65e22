package org.dicu.serialization.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.dicu.core.code.CodeList;
import org.dicu.core.record.RecordType;

/**
 * The start of a record as {@code RecordWriter} writes it: {@code recordType} and then
 * {@code schemaVersion}, before any other property.
 */
final class RecordHeader {

  private static final CodeList<RecordType> RECORD_TYPES = CodeList.of(RecordType.class);

  private RecordHeader() {}

  /**
   * Reads the record type of a record that starts with a known record type and a supported
   * schema version, in that order.
   *
   * @return the record type, or null when the record does not start so (or is not JSON)
   */
  static RecordType peek(JsonFactory factory, byte[] bytes, int length) {
    try (JsonParser parser = factory.createParser(bytes, 0, length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT
          || !"recordType".equals(parser.nextFieldName())
          || parser.nextToken() != JsonToken.VALUE_STRING) {
        return null;
      }
      RecordType type = RECORD_TYPES.findByCode(parser.getText()).orElse(null);
      if (type == null
          || !"schemaVersion".equals(parser.nextFieldName())
          || parser.nextToken() != JsonToken.VALUE_STRING
          || !isSupportedVersion(parser.getText())) {
        return null;
      }
      return type;
    } catch (IOException e) {
      return null;
    }
  }

  /** Checks whether a schema version is one this reader reads: 1 or 1.x. */
  static boolean isSupportedVersion(String version) {
    return version.equals("1") || version.startsWith("1.");
  }
}
