package org.dicu.serialization.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.dicu.core.code.CodeList;
import org.dicu.core.record.RecordType;

/**
 * The start of a record as {@code RecordWriter} writes it: {@code recordType} and then
 * {@code schemaVersion}, before any other property.
 */
final class RecordHeader {

  private static final CodeList<RecordType> RECORD_TYPES = CodeList.of(RecordType.class);
  private static final byte[] TYPE_START = bytes("{\"recordType\":\"");
  private static final byte[] VERSION_START = bytes("\",\"schemaVersion\":\"");
  private static final byte[][] TYPE_CODES = RECORD_TYPES.getValues().stream()
      .map(type -> bytes(type.getCode()))
      .toArray(byte[][]::new);

  private RecordHeader() {}

  /**
   * Reads the record type of a record that starts with a known record type and a supported
   * schema version, in that order.
   *
   * @return the record type, or null when the record does not start so (or is not JSON)
   */
  static RecordType peek(JsonFactory factory, byte[] bytes, int length) {
    RecordType type = peekAsWritten(bytes, length);
    return type != null ? type : peekParsing(factory, bytes, length);
  }

  /**
   * Reads the header byte by byte when it is exactly as {@code RecordWriter} writes it, with no
   * space and no escape, which saves a parser per line; null for any other header.
   */
  static RecordType peekAsWritten(byte[] bytes, int length) {
    if (!startsWith(bytes, length, 0, TYPE_START)) {
      return null;
    }
    int codeStart = TYPE_START.length;
    int codeEnd = endOfPlainString(bytes, codeStart, length);
    if (codeEnd < 0 || !startsWith(bytes, length, codeEnd, VERSION_START)) {
      return null;
    }
    int versionStart = codeEnd + VERSION_START.length;
    int versionEnd = endOfPlainString(bytes, versionStart, length);
    if (versionEnd < 0 || !isSupportedVersion(
        new String(bytes, versionStart, versionEnd - versionStart, StandardCharsets.US_ASCII))) {
      return null;
    }
    for (int i = 0; i < TYPE_CODES.length; i++) {
      if (Arrays.equals(TYPE_CODES[i], 0, TYPE_CODES[i].length, bytes, codeStart, codeEnd)) {
        return RECORD_TYPES.getValues().get(i);
      }
    }
    return null;
  }

  /** Reads the header with a parser, whatever its spacing and escapes. */
  static RecordType peekParsing(JsonFactory factory, byte[] bytes, int length) {
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

  private static boolean startsWith(byte[] bytes, int length, int from, byte[] prefix) {
    return from + prefix.length <= length
        && Arrays.equals(prefix, 0, prefix.length, bytes, from, from + prefix.length);
  }

  /**
   * The index of the quote that ends a string of printable ASCII without escapes starting at
   * {@code from}, or -1 when the string holds anything else or does not end.
   */
  private static int endOfPlainString(byte[] bytes, int from, int length) {
    for (int i = from; i < length; i++) {
      byte b = bytes[i];
      if (b == '"') {
        return i;
      }
      if (b < 0x20 || b > 0x7E || b == '\\') {
        return -1;
      }
    }
    return -1;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
