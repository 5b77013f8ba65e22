package org.dicu.core.casework;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/** Where a referral stands. */
public enum ReferralStatus implements Coded {
  /** Sent and not yet answered. */
  PENDING("Pending", "Pending", "Đang chờ xử lý"),
  /** The receiving organisation accepted the case. */
  ACCEPTED("Accepted", "Accepted", "Đã tiếp nhận"),
  /** The receiving organisation declined the case; a reason is required. */
  REJECTED("Rejected", "Rejected", "Bị từ chối"),
  /** The referral served its purpose. */
  COMPLETED("Completed", "Completed", "Đã hoàn thành"),
  /** The referring organisation withdrew the referral. */
  REVOKED("Revoked", "Revoked", "Đã thu hồi");

  private final CodeDefinition definition;

  ReferralStatus(String code, String labelEn, String labelVi) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
