package org.dicu.serialization.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Reads a date written {@code yyyy-MM-dd} without {@link java.time.format.DateTimeFormatter}, which
 * took a sixth of the reading time; any other text, and any impossible date, goes to the JSR-310
 * module's deserializer, so what is accepted and how a bad date is reported do not change.
 */
final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {

  private static final long serialVersionUID = 1L;

  private static final int LENGTH = "yyyy-MM-dd".length();

  IsoDateDeserializer() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING && parser.getTextLength() == LENGTH) {
      LocalDate date = parse(parser.getTextCharacters(), parser.getTextOffset());
      if (date != null) {
        return date;
      }
    }
    return LocalDateDeserializer.INSTANCE.deserialize(parser, context);
  }

  /** The date at {@code offset} if it is {@code yyyy-MM-dd} and exists, else null. */
  static LocalDate parse(char[] text, int offset) {
    if (text[offset + 4] != '-' || text[offset + 7] != '-') {
      return null;
    }
    int year = digits(text, offset, 4);
    int month = digits(text, offset + 5, 2);
    int day = digits(text, offset + 8, 2);
    if (year < 0 || month < 1 || month > 12
        || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** The value of {@code count} ASCII digits at {@code offset}, or -1 if one is not a digit. */
  static int digits(char[] text, int offset, int count) {
    int value = 0;
    for (int i = offset; i < offset + count; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
