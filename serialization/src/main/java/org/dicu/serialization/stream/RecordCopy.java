package org.dicu.serialization.stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One record copied token by token from the input into a buffer, in bounded size, with what the
 * reader needs before binding: the top-level {@code recordType} and {@code schemaVersion}, and the
 * JSON Pointers of null values.
 */
final class RecordCopy {

  /** Thrown when the record grows past the size limit; the parser stays inside the record. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(long limit) {
      super("a record of more than " + limit + " bytes");
    }
  }

  final TokenBuffer buffer;
  String recordType;
  String schemaVersion;
  final List<String> nulls = new ArrayList<>();

  private RecordCopy(TokenBuffer buffer) {
    this.buffer = buffer;
  }

  /**
   * Copies the object at the parser's current {@code START_OBJECT} token.
   *
   * @param parser  the parser, on the record's first token
   * @param maxBytes  the largest record, in bytes of input
   * @return the copy, with the parser on the record's last token
   * @throws TooLargeException if the record is larger than allowed
   * @throws IOException if the JSON is broken or breaks a parsing limit
   */
  static RecordCopy of(JsonParser parser, long maxBytes) throws IOException {
    long start = offset(parser);
    String root = parser.getParsingContext().pathAsPointer().toString();
    RecordCopy copy = new RecordCopy(new TokenBuffer(parser.getCodec(), false));
    copy.buffer.copyCurrentEvent(parser);
    int depth = 1;
    String field = null;
    while (depth > 0) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw new JsonEOFException(
            parser, null, "the record breaks off before its end");
      }
      if (offset(parser) - start > maxBytes) {
        throw new TooLargeException(maxBytes);
      }
      switch (token) {
        case START_OBJECT:
        case START_ARRAY:
          depth++;
          break;
        case END_OBJECT:
        case END_ARRAY:
          depth--;
          break;
        case FIELD_NAME:
          field = depth == 1 ? parser.currentName() : null;
          break;
        case VALUE_STRING:
          if ("recordType".equals(field)) {
            copy.recordType = parser.getText();
          } else if ("schemaVersion".equals(field)) {
            copy.schemaVersion = parser.getText();
          }
          break;
        case VALUE_NULL:
          copy.nulls.add(parser.getParsingContext().pathAsPointer().toString()
              .substring(root.length()));
          break;
        default:
          break;
      }
      copy.buffer.copyCurrentEvent(parser);
    }
    return copy;
  }

  private static long offset(JsonParser parser) {
    long bytes = parser.currentLocation().getByteOffset();
    return bytes >= 0 ? bytes : parser.currentLocation().getCharOffset();
  }
}
