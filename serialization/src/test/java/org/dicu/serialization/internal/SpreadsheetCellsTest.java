package org.dicu.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class SpreadsheetCellsTest {

  private static final List<String> FORMULAS = List.of("=1+1", "+84912345678", "-2+3",
      "@SUM(A1)", "\t=cmd", "\r=cmd", "=", "-", "=HYPERLINK(\"http://example.org\",\"x\")");

  @Test
  void shouldPutAnApostropheBeforeEachCharacterThatStartsAFormula() {
    for (String formula : FORMULAS) {
      assertThat(SpreadsheetCells.protect(formula)).as(formula).isEqualTo("'" + formula);
    }
    for (char c : "=+-@\t\r".toCharArray()) {
      assertThat(SpreadsheetCells.isFormulaStart(c)).as("%s", (int) c).isTrue();
    }
    for (char c : " '\"#1aĐ\n".toCharArray()) {
      assertThat(SpreadsheetCells.isFormulaStart(c)).as("%s", (int) c).isFalse();
    }
  }

  @Test
  void shouldLeaveOtherTextAlone() {
    for (String text : List.of("", "Nguyễn Thị Lan", "84912345678", " =1+1", "a=b", "It's",
        "'quoted'", "'", "''", "2024-09-20", "\n=1")) {
      assertThat(SpreadsheetCells.protect(text)).as(text).isEqualTo(text);
      assertThat(SpreadsheetCells.unprotect(text)).as(text).isEqualTo(text);
    }
  }

  @Test
  void shouldProtectATextThatAlreadyStartsWithAnApostropheBeforeAFormula() {
    assertThat(SpreadsheetCells.protect("'=1+1")).isEqualTo("''=1+1");
    assertThat(SpreadsheetCells.protect("''+84")).isEqualTo("'''+84");
    assertThat(SpreadsheetCells.unprotect("''=1+1")).isEqualTo("'=1+1");
    assertThat(SpreadsheetCells.unprotect("'=1+1")).isEqualTo("=1+1");
  }

  @Test
  void shouldTakeOffOnlyTheApostropheItAdded() {
    for (String text : List.of("=1+1", "'=1+1", "''-1", "'", "''", "'x", "It's", "+", "'\t",
        "", "@", "'@'")) {
      assertThat(SpreadsheetCells.unprotect(SpreadsheetCells.protect(text))).as(text)
          .isEqualTo(text);
    }
  }
}
