package org.dicu.core.casework;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/** What a person consented to. */
public enum ConsentScope implements Coded {
  /** Recording and managing the case. */
  CASE_MANAGEMENT("CaseManagement", "Case management", "Quản lý hồ sơ vụ việc"),
  /** Referring the case, with its data, to other organisations. */
  REFERRAL("Referral", "Referral to other organisations", "Chuyển tuyến đến cơ quan, tổ chức khác"),
  /** Sharing identifiable data with other organisations. */
  DATA_SHARING("DataSharing", "Sharing of identifiable data", "Chia sẻ dữ liệu có thể nhận dạng"),
  /** Sharing data stripped of personal data, e.g. with CTDC. */
  DEIDENTIFIED_DATA_SHARING("DeidentifiedDataSharing", "Sharing of de-identified data", "Chia sẻ dữ liệu đã khử nhận dạng"),
  /** Use in research. */
  RESEARCH("Research", "Research", "Nghiên cứu");

  private final CodeDefinition definition;

  ConsentScope(String code, String labelEn, String labelVi) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
