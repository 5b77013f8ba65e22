package org.dicu.core.casework;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/** Where the provision of a service to a person stands. */
public enum ServiceStatus implements Coded {
  /** Agreed but not started. */
  PLANNED("Planned", "Planned", "Đã lên kế hoạch"),
  /** Being provided. */
  IN_PROGRESS("InProgress", "In progress", "Đang thực hiện"),
  /** Provided in full. */
  COMPLETED("Completed", "Completed", "Đã hoàn thành"),
  /** The person declined the service. */
  DECLINED("Declined", "Declined", "Người được hỗ trợ từ chối");

  private final CodeDefinition definition;

  ServiceStatus(String code, String labelEn, String labelVi) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
