package org.dicu.core.casework;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/** Where a case stands in its lifecycle (HTCDS 2.0 {@code cas_Status}). */
public enum CaseStatus implements Coded {
  /** The case is open and being worked on. */
  ACTIVE("Active", "Active", "Đang xử lý"),
  /** Support has ended and the person is being followed up. */
  FOLLOW_UP("FollowUp", "Follow Up", "Đang theo dõi sau hỗ trợ", "Follow up"),
  /** The case is closed. */
  CLOSED("Closed", "Closed", "Đã đóng hồ sơ"),
  /** The case is closed because it was referred to another organisation. */
  CLOSED_REFERRED("ClosedReferred", "Closed Referred", "Đã đóng hồ sơ do chuyển gửi");

  private final CodeDefinition definition;

  CaseStatus(String code, String labelEn, String labelVi, String... aliases) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi, aliases);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
