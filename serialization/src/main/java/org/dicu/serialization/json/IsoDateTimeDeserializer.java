package org.dicu.serialization.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads a time written {@code yyyy-MM-ddTHH:mm:ss}, with an optional fraction of 1 to 9 digits
 * and an offset {@code Z} or {@code ±HH:mm}, without {@link java.time.format.DateTimeFormatter};
 * any other text, and any impossible time, goes to the JSR-310 module's deserializer, so what is
 * accepted and how a bad time is reported do not change.
 */
final class IsoDateTimeDeserializer extends StdScalarDeserializer<OffsetDateTime> {

  private static final long serialVersionUID = 1L;

  /** The length of {@code yyyy-MM-ddTHH:mm:ss}. */
  private static final int LOCAL_LENGTH = 19;
  /** The longest plain form: a point and nine digits of fraction, then {@code ±HH:mm}. */
  private static final int LONGEST = LOCAL_LENGTH + 10 + 6;

  IsoDateTimeDeserializer() {
    super(OffsetDateTime.class);
  }

  @Override
  public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      int length = parser.getTextLength();
      if (length > LOCAL_LENGTH && length <= LONGEST) {
        OffsetDateTime time = parse(parser.getTextCharacters(), parser.getTextOffset(), length);
        if (time != null) {
          return time;
        }
      }
    }
    return InstantDeserializer.OFFSET_DATE_TIME.deserialize(parser, context);
  }

  /** The time of {@code length} characters at {@code offset} in the plain form, else null. */
  private static OffsetDateTime parse(char[] text, int offset, int length) {
    LocalDate date = IsoDateDeserializer.parse(text, offset);
    if (date == null || text[offset + 10] != 'T' || text[offset + 13] != ':'
        || text[offset + 16] != ':') {
      return null;
    }
    int hour = IsoDateDeserializer.digits(text, offset + 11, 2);
    int minute = IsoDateDeserializer.digits(text, offset + 14, 2);
    int second = IsoDateDeserializer.digits(text, offset + 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int end = offset + length;
    int i = offset + LOCAL_LENGTH;
    int nano = 0;
    if (text[i] == '.') {
      int digits = 0;
      for (i++; i < end && text[i] >= '0' && text[i] <= '9'; i++) {
        if (++digits > 9) {
          return null;
        }
        nano = nano * 10 + (text[i] - '0');
      }
      if (digits == 0) {
        return null;
      }
      for (int d = digits; d < 9; d++) {
        nano *= 10;
      }
    }
    ZoneOffset zone = offset(text, i, end);
    if (zone == null) {
      return null;
    }
    return OffsetDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(),
        hour, minute, second, nano, zone);
  }

  /** The offset {@code Z} or {@code ±HH:mm} that fills {@code [from, end)}, else null. */
  private static ZoneOffset offset(char[] text, int from, int end) {
    if (end - from == 1 && text[from] == 'Z') {
      return ZoneOffset.UTC;
    }
    if (end - from != 6 || (text[from] != '+' && text[from] != '-') || text[from + 3] != ':') {
      return null;
    }
    int hours = IsoDateDeserializer.digits(text, from + 1, 2);
    int minutes = IsoDateDeserializer.digits(text, from + 4, 2);
    if (hours < 0 || hours > 17 || minutes < 0 || minutes > 59) {
      return null;
    }
    int sign = text[from] == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }
}
