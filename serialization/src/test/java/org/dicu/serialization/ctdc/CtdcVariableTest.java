package org.dicu.serialization.ctdc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.dicu.core.code.CodeList;
import org.junit.jupiter.api.Test;

final class CtdcVariableTest {

  /** Returns the rows of the codebook summary, without its header. */
  private static List<String[]> codebook() throws IOException {
    try (InputStream in = CtdcVariableTest.class.getResourceAsStream(
        "/ctdc/global-synthetic-2024-variables.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
          .map(line -> line.split(",", -1)).collect(Collectors.toList());
    }
  }

  @Test
  void shouldListTheVariablesOfTheCodebookInItsOrder() throws IOException {
    List<String[]> codebook = codebook();
    assertThat(Arrays.stream(CtdcVariable.values()).map(CtdcVariable::getCode))
        .containsExactlyElementsOf(codebook.stream().map(row -> row[1]).collect(Collectors.toList()));
    for (String[] row : codebook) {
      CtdcVariable variable = CtdcVariable.values()[Integer.parseInt(row[0]) - 1];
      assertThat(variable.getPosition()).isEqualTo(Integer.parseInt(row[0]));
      assertThat(variable.getLabelEn()).isEqualTo(row[2]);
      assertThat(variable.isBinary()).as(variable.getCode()).isEqualTo(row[3].equals("binary"));
      assertThat(variable.getLabelVi()).isNotBlank().isNotEqualTo(row[2]);
    }
  }

  @Test
  void shouldMarkTheFiveQuasiIdentifiersAsTheFirstFiveColumns() {
    assertThat(Arrays.stream(CtdcVariable.values()).filter(CtdcVariable::isQuasiIdentifier))
        .containsExactly(CtdcVariable.YEAR_OF_REGISTRATION, CtdcVariable.GENDER,
            CtdcVariable.AGE_BROAD, CtdcVariable.CITIZENSHIP, CtdcVariable.COUNTRY_OF_EXPLOITATION);
  }

  @Test
  void shouldBeACodeList() {
    assertThat(CodeList.of(CtdcVariable.class).findByCode("CountryOfExploitation"))
        .contains(CtdcVariable.COUNTRY_OF_EXPLOITATION);
  }

  @Test
  void shouldWriteTheBandsOfTheCodebookVerbatim() throws IOException {
    String[] months = codebook().get(CtdcVariable.TRAFFICK_MONTHS.ordinal());
    assertThat(months[4]).isEqualTo(String.join(" | ", CtdcRows.MONTHS_UP_TO_12,
        CtdcRows.MONTHS_UP_TO_24, CtdcRows.MONTHS_OVER_24, "empty"));
    String[] gender = codebook().get(CtdcVariable.GENDER.ordinal());
    assertThat(gender[4]).isEqualTo(String.join(" | ", CtdcRows.MAN, CtdcRows.WOMAN,
        CtdcRows.TRANS, "empty"));
  }
}
