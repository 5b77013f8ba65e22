package org.dicu.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Dates and times are read without a {@code DateTimeFormatter} when they have the plain ISO form:
 * the result must be what the JSR-310 module reads, for every text, and a bad date or time must
 * fail as it did.
 */
final class DateReadingTest {

  private static final ObjectMapper DICU = DicuMappers.newObjectMapper();
  /**
   * dicu's mapper with the JSR-310 module's date and time deserializers put back (the last module
   * wins).
   */
  private static final ObjectMapper JSR310 = DicuMappers.newObjectMapper()
      .registerModule(new SimpleModule()
          .addDeserializer(LocalDate.class, LocalDateDeserializer.INSTANCE)
          .addDeserializer(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME));

  /** What a mapper makes of a JSON text: the date, or the kind of failure and its message. */
  private static String outcome(ObjectMapper mapper, String json) {
    return outcome(mapper, json, LocalDate.class);
  }

  /**
   * What a mapper makes of a JSON text: the value with its offset, or the kind of failure and its
   * message.
   */
  private static String outcome(ObjectMapper mapper, String json, Class<?> type) {
    try {
      Object value = mapper.readValue(json, type);
      return value instanceof OffsetDateTime
          ? value + " " + ((OffsetDateTime) value).getOffset().getId()
          : String.valueOf(value);
    } catch (JsonProcessingException e) {
      return e.getClass().getSimpleName() + ": " + e.getOriginalMessage();
    }
  }

  private static List<String> dateShapedTexts() {
    List<String> texts = new ArrayList<>();
    for (String year : List.of("0000", "0001", "1900", "1999", "2000", "2023", "2024", "9999")) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          texts.add(String.format("%s-%02d-%02d", year, month, day));
        }
      }
    }
    return texts;
  }

  @Test
  void shouldReadEveryDateShapedTextAsTheJsr310ModuleDoes() {
    List<String> texts = dateShapedTexts();
    assertThat(texts).hasSize(8 * 14 * 33);
    for (String text : texts) {
      String json = '"' + text + '"';
      assertThat(outcome(DICU, json)).as(text).isEqualTo(outcome(JSR310, json));
    }
  }

  @Test
  void shouldReadTextsOfOtherShapesAsTheJsr310ModuleDoes() {
    List<String> texts = new ArrayList<>(List.of(
        "2024-9-20", "2024/09/20", "20240920", "2024-09-2x", "+2024-09-20", "-001-01-01",
        " 2024-09-20", "2024-09-20 ", "2024-09-20T10:00:00", "2024-09-20T10:00:00Z",
        "２０２４-09-20", "2024-٠٩-20", "", "2024", "2024-09", "+10000-01-01", "2024-09-20-"));
    Random random = new Random(20261122);
    String alphabet = "0123456789-+T:Z /";
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = 8 + random.nextInt(5);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(text.toString());
    }
    for (String text : texts) {
      String json = '"' + text + '"';
      assertThat(outcome(DICU, json)).as(text).isEqualTo(outcome(JSR310, json));
    }
    assertThat(outcome(DICU, "20240920")).isEqualTo(outcome(JSR310, "20240920"));
    assertThat(outcome(DICU, "{}")).isEqualTo(outcome(JSR310, "{}"));
  }

  @Test
  void shouldReadEveryTimeShapedTextAsTheJsr310ModuleDoes() {
    List<String> texts = new ArrayList<>();
    for (String date : List.of("2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31")) {
      for (String time : List.of("00:00:00", "23:59:59", "24:00:00", "12:60:00", "12:00:60",
          "7:00:00", "12:00", "12:0a:00")) {
        for (String fraction : List.of("", ".", ".1", ".000", ".123456789", ".1234567890")) {
          for (String zone : List.of("Z", "z", "+07:00", "-07:30", "+00:00", "-00:00", "+17:59",
              "+18:00", "-18:00", "+19:00", "+07:60", "+0700", "+07", "+07:00:00", "", "+7:00")) {
            texts.add(date + "T" + time + fraction + zone);
          }
        }
      }
    }
    texts.addAll(List.of("2024-09-20t10:00:00Z", "2024-09-20 10:00:00Z", " 2024-09-20T10:00:00Z",
        "2024-09-20T10:00:00Z ", "+2024-09-20T10:00:00Z", "２０２４-09-20T10:00:00Z"));
    for (String text : texts) {
      String json = '"' + text + '"';
      assertThat(outcome(DICU, json, OffsetDateTime.class)).as(text)
          .isEqualTo(outcome(JSR310, json, OffsetDateTime.class));
    }
  }

  @Test
  void shouldReadMisspelledTimesAsTheJsr310ModuleDoes() {
    Random random = new Random(20261123);
    String alphabet = "0123456789-+T:Z.z ";
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder("2024-09-20T10:15:30.123+07:00");
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = random.nextInt(text.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0 -> text.setCharAt(at, c);
          case 1 -> text.insert(at, c);
          default -> text.deleteCharAt(at);
        }
      }
      String json = "\"" + text + "\"";
      assertThat(outcome(DICU, json, OffsetDateTime.class)).as(text.toString())
          .isEqualTo(outcome(JSR310, json, OffsetDateTime.class));
    }
    assertThat(outcome(DICU, "1700000000", OffsetDateTime.class))
        .isEqualTo(outcome(JSR310, "1700000000", OffsetDateTime.class));
  }

  @Test
  void shouldReadATimeWithItsOffset() throws JsonProcessingException {
    assertThat(DICU.readValue("\"2024-09-20T10:15:30.5+07:00\"", OffsetDateTime.class))
        .isEqualTo(OffsetDateTime.of(2024, 9, 20, 10, 15, 30, 500_000_000,
            ZoneOffset.ofHours(7)));
    assertThatThrownBy(() -> DICU.readValue("\"2024-09-20T24:00:00Z\"", OffsetDateTime.class))
        .isInstanceOf(InvalidFormatException.class);
  }

  @Test
  void shouldReadADateAndRejectADayThatDoesNotExist() throws JsonProcessingException {
    assertThat(DICU.readValue("\"2024-02-29\"", LocalDate.class))
        .isEqualTo(LocalDate.of(2024, 2, 29));
    assertThatThrownBy(() -> DICU.readValue("\"2023-02-29\"", LocalDate.class))
        .isInstanceOf(InvalidFormatException.class);
  }
}
