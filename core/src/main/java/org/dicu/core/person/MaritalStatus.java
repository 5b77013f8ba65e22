package org.dicu.core.person;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/** The marital status of a person (HTCDS 2.0 {@code prs_MaritalStatus}). */
public enum MaritalStatus implements Coded {
  /** Never married. */
  SINGLE("Single", "Single", "Độc thân"),
  /** Married. */
  MARRIED("Married", "Married", "Đã kết hôn"),
  /** Widowed. */
  WIDOWED("Widowed", "Widowed", "Góa vợ/chồng"),
  /** Divorced. */
  DIVORCED("Divorced", "Divorced", "Đã ly hôn"),
  /** Married but living apart. */
  SEPARATED("Separated", "Separated", "Ly thân"),
  /** In a registered partnership, where the country of registration provides one. */
  REGISTERED_PARTNERSHIP(
      "RegisteredPartnership", "Registered Partnership", "Quan hệ bạn đời có đăng ký");

  private final CodeDefinition definition;

  MaritalStatus(String code, String labelEn, String labelVi, String... aliases) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi, aliases);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
