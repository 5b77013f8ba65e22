package org.dicu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.serialization.json.DicuMappers;
import org.junit.jupiter.api.Test;

final class GeneratedRoundTripTest {

  private final ObjectMapper mapper = DicuMappers.newObjectMapper();

  @Test
  void shouldReadBackEveryGeneratedCaseEqualToTheOneWritten() throws IOException {
    CaseGenerator samples = new CaseGenerator(7L);
    for (int i = 0; i < 500; i++) {
      TraffickingCase written = samples.next(i);
      String json = mapper.writeValueAsString(written);
      TraffickingCase read = mapper.readValue(json, TraffickingCase.class);
      assertThat(read).as(json).isEqualTo(written);
      assertThat(mapper.writeValueAsString(read)).isEqualTo(json);
    }
  }
}
