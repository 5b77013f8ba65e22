package org.dicu.core.trafficking;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/** The stage of trafficking that a historic trafficking event records (HTCDS 2.0 {@code hte_Type}). */
public enum HistoricEventType implements Coded {
  /** The victim was recruited. */
  RECRUITMENT("Recruitment", "Recruitment", "Tuyển mộ"),
  /** The victim passed through a place on the way. */
  TRANSIT("Transit", "Transit", "Trung chuyển"),
  /** The victim was exploited. */
  EXPLOITATION("Exploitation", "Exploitation", "Bóc lột");

  private final CodeDefinition definition;

  HistoricEventType(String code, String labelEn, String labelVi, String... aliases) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi, aliases);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
