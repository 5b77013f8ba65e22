package org.dicu.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dicu.core.code.Place;
import org.junit.jupiter.api.Test;

/**
 * Coordinates are read and written with Jackson's fast double parser and writer: every number
 * must come out as the nearest double, exactly what {@link Double#parseDouble} gives, whatever its
 * number of digits, and every double must be written as text that reads back as itself, never
 * longer than {@link Double#toString} writes it.
 */
final class CoordinatesTest {

  private static final ObjectMapper DICU = DicuMappers.newObjectMapper();

  private static List<String> numbers() {
    List<String> numbers = new ArrayList<>(List.of("0", "-0.0", "0.0", "90", "-90", "180",
        "21.0285", "105.8542", "1e1", "1E-2", "-12.5e+1", "0.1", "0.30000000000000004",
        "89.99999999999999999999", "2.2250738585072011e-308", "4.9e-324",
        "1.7976931348623157e308"));
    Random random = new Random(20261122);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder number = new StringBuilder(random.nextBoolean() ? "-" : "");
      number.append(random.nextInt(181));
      int decimals = random.nextInt(25);
      if (decimals > 0) {
        number.append('.');
        for (int d = 0; d < decimals; d++) {
          number.append((char) ('0' + random.nextInt(10)));
        }
      }
      if (random.nextInt(8) == 0) {
        number.append('e').append(random.nextInt(41) - 20);
      }
      // "-0" is an integer for JSON, read as 0, not -0.0
      if (!number.toString().equals("-0")) {
        numbers.add(number.toString());
      }
    }
    return numbers;
  }

  @Test
  void shouldReadEveryCoordinateAsTheNearestDouble() throws JsonProcessingException {
    for (String number : numbers()) {
      Place place = DICU.readValue("{\"latitude\": " + number + "}", Place.class);
      assertThat(place.getLatitude()).as(number).contains(Double.parseDouble(number));
    }
  }

  @Test
  void shouldWriteEveryCoordinateAsTextThatReadsBackAsItself() throws JsonProcessingException {
    Random random = new Random(20261124);
    for (int i = 0; i < 20_000; i++) {
      double latitude = i % 2 == 0 ? random.nextDouble() * 180 - 90
          : Math.round((random.nextDouble() * 180 - 90) * 1e6) / 1e6;
      String json = DICU.writeValueAsString(Place.builder().latitude(latitude).build());
      String number = json.substring(json.indexOf(':') + 1, json.indexOf('}')).strip();
      assertThat(Double.parseDouble(number)).as(json).isEqualTo(latitude);
      assertThat(number.length()).as(json)
          .isLessThanOrEqualTo(Double.toString(latitude).length());
    }
  }
}
