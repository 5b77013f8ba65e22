package org.dicu.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateSerializer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Dates of the years 0 to 9999 are written without {@link LocalDate#toString()}: every date must
 * be written as the JSR-310 module writes it, as characters and as bytes, in the exchange format,
 * when a mapper writes dates as numbers and when it sets a pattern.
 */
final class DateWritingTest {

  private static final ObjectMapper DICU = DicuMappers.newObjectMapper();
  /** dicu's mapper with the JSR-310 module's date serializer put back (the last module wins). */
  private static final ObjectMapper JSR310 = DicuMappers.newObjectMapper()
      .registerModule(new SimpleModule().addSerializer(LocalDate.class,
          LocalDateSerializer.INSTANCE));

  private static List<LocalDate> dates() {
    List<LocalDate> dates = new ArrayList<>(List.of(LocalDate.MIN, LocalDate.MAX,
        LocalDate.of(-1, 12, 31), LocalDate.of(0, 1, 1), LocalDate.of(9, 9, 9),
        LocalDate.of(999, 10, 10), LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1),
        LocalDate.of(2024, 2, 29)));
    Random random = new Random(20261122);
    for (int i = 0; i < 20_000; i++) {
      dates.add(LocalDate.ofEpochDay(random.nextInt(4_000_000) - 1_000_000));
    }
    return dates;
  }

  @Test
  void shouldWriteEveryDateAsTheJsr310ModuleDoes() throws JsonProcessingException {
    for (LocalDate date : dates()) {
      // as characters, and as UTF-8 bytes, which dicu writes without escaping
      assertThat(DICU.writeValueAsString(date)).isEqualTo(JSR310.writeValueAsString(date));
      assertThat(DICU.writeValueAsBytes(date)).isEqualTo(JSR310.writeValueAsBytes(date));
    }
    assertThat(DICU.writeValueAsString(LocalDate.of(7, 3, 4))).isEqualTo("\"0007-03-04\"");
  }

  @Test
  void shouldWriteDatesAsNumbersWhenTheMapperIsToldTo() throws JsonProcessingException {
    ObjectMapper dicu = DicuMappers.newObjectMapper()
        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    ObjectMapper jsr310 = JSR310.copy().enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    LocalDate date = LocalDate.of(2024, 9, 20);
    assertThat(dicu.writeValueAsString(date)).isEqualTo("[2024,9,20]")
        .isEqualTo(jsr310.writeValueAsString(date));
  }

  @Test
  void shouldWriteDatesInAPatternSetOnTheMapper() throws JsonProcessingException {
    ObjectMapper dicu = DicuMappers.newObjectMapper();
    dicu.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forPattern("dd/MM/yyyy"));
    ObjectMapper jsr310 = JSR310.copy();
    jsr310.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forPattern("dd/MM/yyyy"));
    LocalDate date = LocalDate.of(2024, 9, 20);
    assertThat(dicu.writeValueAsString(date)).isEqualTo("\"20/09/2024\"")
        .isEqualTo(jsr310.writeValueAsString(date));
  }
}
