package org.dicu.core.record;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/** The logical type of a record that travels alone, written as {@code recordType} on the wire. */
public enum RecordType implements Coded {
  /** A trafficking case: the person, victim context, referrals, services and consent. */
  TRAFFICKING_CASE("TraffickingCase", "Trafficking case", "Hồ sơ vụ việc mua bán người"),
  /** A partner agency of the directory. */
  PARTNER_AGENCY("PartnerAgency", "Partner agency", "Cơ quan, tổ chức đối tác"),
  /** An agency's offer of a support service. */
  SERVICE_OFFER("ServiceOffer", "Service offer", "Dịch vụ hỗ trợ được cung cấp"),
  /** An activity, project or event that implements the Global Compact for Migration. */
  GCM_ACTIVITY("GcmActivity", "GCM activity", "Hoạt động thực hiện GCM"),
  /** A progress report on the objectives of the Global Compact for Migration. */
  GCM_PROGRESS_REPORT(
      "GcmProgressReport", "GCM progress report", "Báo cáo tiến độ thực hiện GCM");

  private final CodeDefinition definition;

  RecordType(String code, String labelEn, String labelVi) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
