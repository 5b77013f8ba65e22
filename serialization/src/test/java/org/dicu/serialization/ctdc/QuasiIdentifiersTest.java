package org.dicu.serialization.ctdc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

final class QuasiIdentifiersTest {

  private static String[] row(String... first) {
    String[] row = new String[CtdcRows.WIDTH];
    Arrays.fill(row, "1");
    System.arraycopy(first, 0, row, 0, first.length);
    return row;
  }

  @Test
  void shouldTakeTheFiveQuasiIdentifierColumns() {
    assertThat(QuasiIdentifiers.GENERALISATION_ORDER).hasSize(5)
        .allMatch(CtdcVariable::isQuasiIdentifier)
        .doesNotHaveDuplicates();
    assertThat(QuasiIdentifiers.of(row("2020", "Man", "48+", "LAO", "MYS")))
        .hasToString("2020|Man|48+|LAO|MYS");
  }

  @Test
  void shouldBlankYearThenAgeThenCountryThenCitizenshipThenGender() {
    QuasiIdentifiers full = QuasiIdentifiers.of(row("2020", "Man", "48+", "LAO", "MYS"));
    assertThat(full.generalise(0)).isEqualTo(full);
    assertThat(full.generalise(1)).hasToString("|Man|48+|LAO|MYS");
    assertThat(full.generalise(2)).hasToString("|Man||LAO|MYS");
    assertThat(full.generalise(3)).hasToString("|Man||LAO|");
    assertThat(full.generalise(4)).hasToString("|Man|||");
    assertThat(full.generalise(5)).hasToString("||||");
  }

  @Test
  void shouldCountOnlyValuesThatWereThereBeforeAsBlanked() {
    QuasiIdentifiers partial = QuasiIdentifiers.of(row("", "Man", "", "LAO", "MYS"));
    assertThat(partial.blankedIn(partial.generalise(2))).isZero();
    assertThat(partial.blankedIn(partial.generalise(3))).isEqualTo(1);
    assertThat(partial.blankedIn(partial.generalise(5))).isEqualTo(3);
  }

  @Test
  void shouldWriteItsValuesOverTheFirstColumnsOnly() {
    String[] row = row("2020", "Man", "48+", "LAO", "MYS");
    QuasiIdentifiers.of(row).generalise(5).copyInto(row);
    assertThat(row).startsWith("", "", "", "", "", "1").hasSize(27);
  }

  @Test
  void shouldBeEqualByValue() {
    assertThat(QuasiIdentifiers.of(row("2020", "Man", "", "", "")))
        .isEqualTo(QuasiIdentifiers.of(row("2020", "Man", "", "", "")))
        .hasSameHashCodeAs(QuasiIdentifiers.of(row("2020", "Man", "", "", "")))
        .isNotEqualTo(QuasiIdentifiers.of(row("2020", "", "Man", "", "")));
  }
}
