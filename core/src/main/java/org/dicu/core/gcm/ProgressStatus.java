package org.dicu.core.gcm;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/** How far the implementation of a GCM objective has come in a reporting period. */
public enum ProgressStatus implements Coded {
  /** No action yet. */
  NOT_STARTED("NotStarted", "Not started", "Chưa triển khai"),
  /** Actions under way. */
  IN_PROGRESS("InProgress", "In progress", "Đang triển khai"),
  /** The planned actions are done. */
  ACHIEVED("Achieved", "Achieved", "Đã hoàn thành"),
  /** Actions stopped or behind plan. */
  DELAYED("Delayed", "Delayed", "Chậm tiến độ");

  private final CodeDefinition definition;

  ProgressStatus(String code, String labelEn, String labelVi) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
