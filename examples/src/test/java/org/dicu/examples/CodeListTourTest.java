package org.dicu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class CodeListTourTest {

  @Test
  void shouldPrintEveryObjectiveAndTheExploitationTypesInBothLanguages() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CodeListTour.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String output = bytes.toString(StandardCharsets.UTF_8);

    assertThat(output)
        .contains(" 1  Collect and utilize accurate and disaggregated data")
        .contains("23  Strengthen international cooperation")
        .contains("Phòng ngừa, đấu tranh và xóa bỏ mua bán người")
        .contains("ForcedLabour")
        .contains("ForcedCriminality")
        .contains("[dicu extension, HTCDS: Other]");
  }
}
