package org.dicu.core.person;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/**
 * The gender of a person, as IOM records it (HTCDS 2.0 {@code prs_Gender}).
 *
 * <p>The standard's spreadsheet template writes the wire codes themselves into cells.
 */
public enum Gender implements Coded {
  /** Feminine. */
  FEMININE("Feminine", "Feminine", "Nữ giới"),
  /** Masculine. */
  MASCULINE("Masculine", "Masculine", "Nam giới"),
  /** A transgender person of feminine gender. */
  TRANSGENDER_FEMININE("TransgenderFeminine", "Transgender Feminine", "Người chuyển giới nữ"),
  /** A transgender person of masculine gender. */
  TRANSGENDER_MASCULINE("TransgenderMasculine", "Transgender Masculine", "Người chuyển giới nam"),
  /** A person whose gender does not conform to the feminine or masculine norm. */
  NON_CONFORMING("NonConforming", "Non-Conforming", "Không theo chuẩn mực giới"),
  /** The gender was not stated or is not known. */
  NON_SPECIFIED_UNKNOWN(
      "NonSpecifiedUnknown", "Not Specified/Unknown", "Không xác định/Không rõ");

  private final CodeDefinition definition;

  Gender(String code, String labelEn, String labelVi, String... aliases) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi, aliases);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
