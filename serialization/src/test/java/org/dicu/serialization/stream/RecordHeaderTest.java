package org.dicu.serialization.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dicu.core.record.RecordType;
import org.dicu.serialization.json.DicuMappers;
import org.junit.jupiter.api.Test;

/**
 * The header of a line is read byte by byte when it is exactly as the writer writes it: that
 * reading must give what the parser gives, or nothing, for every header.
 */
final class RecordHeaderTest {

  private static final JsonFactory FACTORY = DicuMappers.newObjectMapper().getFactory();

  private static List<String> headers() {
    List<String> headers = new ArrayList<>();
    for (RecordType type : RecordType.values()) {
      for (String version : List.of("1.0", "1", "1.7", "2.0", "", "1.\\u0030", "1.0 ", "10")) {
        headers.add("{\"recordType\":\"" + type.getCode() + "\",\"schemaVersion\":\"" + version
            + "\",\"id\":\"x\"}");
      }
      headers.add("{ \"recordType\":\"" + type.getCode() + "\",\"schemaVersion\":\"1.0\"}");
      headers.add("{\"recordType\":\"" + type.getCode() + "\", \"schemaVersion\":\"1.0\"}");
      headers.add("{\"schemaVersion\":\"1.0\",\"recordType\":\"" + type.getCode() + "\"}");
      String lowerCase = type.getCode().toLowerCase(Locale.ROOT);
      headers.add("{\"recordType\":\"" + lowerCase + "\",\"schemaVersion\":\"1\"}");
      headers.add("{\"recordType\":\"" + type.getCode() + "x\",\"schemaVersion\":\"1\"}");
      headers.add("{\"recordType\":\"" + type.getCode() + "\",\"schemaVersion\":\"1.0");
    }
    headers.addAll(List.of("", "{", "[]", "{\"recordType\":\"\",\"schemaVersion\":\"1\"}",
        "{\"recordType\":\"Trafficking\\u0043ase\",\"schemaVersion\":\"1\"}"));
    return headers;
  }

  @Test
  void shouldReadTheWritersHeadersAndGiveWhatTheParserGivesOrNothing() {
    int read = 0;
    List<String> headers = headers();
    Random random = new Random(20261122);
    for (String header : new ArrayList<>(headers)) {
      // and every header cut short, or with one byte changed
      headers.add(header.substring(0, random.nextInt(header.length() + 1)));
      if (!header.isEmpty()) {
        char[] changed = header.toCharArray();
        changed[random.nextInt(changed.length)] = "\"\\ ,:x1{".charAt(random.nextInt(8));
        headers.add(new String(changed));
      }
    }
    for (String header : headers) {
      byte[] bytes = header.getBytes(StandardCharsets.UTF_8);
      RecordType asWritten = RecordHeader.peekAsWritten(bytes, bytes.length);
      RecordType parsed = RecordHeader.peekParsing(FACTORY, bytes, bytes.length);
      if (asWritten != null) {
        assertThat(asWritten).as(header).isEqualTo(parsed);
        read++;
      }
      assertThat(RecordHeader.peek(FACTORY, bytes, bytes.length)).as(header).isEqualTo(parsed);
    }
    // the versions 1.0, 1 and 1.7 of every record type, as written
    assertThat(read).isGreaterThanOrEqualTo(3 * RecordType.values().length);
  }
}
