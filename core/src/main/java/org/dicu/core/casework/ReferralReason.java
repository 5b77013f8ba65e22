package org.dicu.core.casework;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/**
 * Why a case was referred between organisations (HTCDS 2.0 {@code cas_ReasonForIncomingReferral}
 * and {@code cas_ReasonForOutgoingReferral}, which share their values).
 */
public enum ReferralReason implements Coded {
  /** The person needs services that the referring organisation does not provide. */
  ADDITIONAL_SERVICES_REQUIRED(
      "AdditionalServicesRequired", "Additional Services Required", "Cần thêm dịch vụ hỗ trợ"),
  /** The person migrated or moved to another place. */
  MIGRATION_OR_CHANGE_OF_LOCATION(
      "MigrationOrChangeOfLocation",
      "Migration or Change of Location",
      "Di cư hoặc thay đổi nơi ở",
      "Migration Or Change Of Location"),
  /** Another reason. */
  OTHER("Other", "Other", "Lý do khác");

  private final CodeDefinition definition;

  ReferralReason(String code, String labelEn, String labelVi, String... aliases) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi, aliases);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
