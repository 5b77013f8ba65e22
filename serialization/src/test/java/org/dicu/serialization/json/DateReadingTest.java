package org.dicu.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Dates are read without a {@code DateTimeFormatter} when they are {@code yyyy-MM-dd}: the result
 * must be what the JSR-310 module reads, for every text, and a bad date must fail as it did.
 */
final class DateReadingTest {

  private static final ObjectMapper DICU = DicuMappers.newObjectMapper();
  /** dicu's mapper with the JSR-310 module's date deserializer put back (the last module wins). */
  private static final ObjectMapper JSR310 = DicuMappers.newObjectMapper()
      .registerModule(new SimpleModule().addDeserializer(LocalDate.class,
          LocalDateDeserializer.INSTANCE));

  /** What a mapper makes of a JSON text: the date, or the kind of failure and its message. */
  private static String outcome(ObjectMapper mapper, String json) {
    try {
      return String.valueOf(mapper.readValue(json, LocalDate.class));
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
  void shouldReadADateAndRejectADayThatDoesNotExist() throws JsonProcessingException {
    assertThat(DICU.readValue("\"2024-02-29\"", LocalDate.class))
        .isEqualTo(LocalDate.of(2024, 2, 29));
    assertThatThrownBy(() -> DICU.readValue("\"2023-02-29\"", LocalDate.class))
        .isInstanceOf(InvalidFormatException.class);
  }
}
