package org.dicu.core.casework;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/** Whether a referral brought the case in or sent it on. */
public enum ReferralDirection implements Coded {
  /** The case was referred to the case owner by another organisation. */
  INCOMING("Incoming", "Incoming", "Chuyển đến"),
  /** The case owner referred the case to another organisation. */
  OUTGOING("Outgoing", "Outgoing", "Chuyển đi");

  private final CodeDefinition definition;

  ReferralDirection(String code, String labelEn, String labelVi) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
