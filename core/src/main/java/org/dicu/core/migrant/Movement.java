package org.dicu.core.migrant;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/** Whether a migration stayed within one country or crossed a border. */
public enum Movement implements Coded {
  /** Within one country. */
  INTERNAL("Internal", "Internal migration", "Di cư trong nước"),
  /** Across an international border. */
  INTERNATIONAL("International", "International migration", "Di cư quốc tế");

  private final CodeDefinition definition;

  Movement(String code, String labelEn, String labelVi) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
