package org.dicu.core.casework;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/** The kind of support a support plan organises (HTCDS 2.0 {@code spl_Type}). */
public enum SupportPlanType implements Coded {
  /** Schooling, literacy and other education. */
  EDUCATION("Education", "Education", "Giáo dục"),
  /** Cash, allowances and loans. */
  FINANCIAL("Financial", "Financial", "Hỗ trợ tài chính"),
  /** Medical care and health services. */
  HEALTH("Health", "Health", "Y tế"),
  /** Recovery from labour exploitation. */
  LABOUR_EXPLOITATION_REHABILITATION(
      "LabourExploitationRehabilitation",
      "Labour Exploitation Rehabilitation",
      "Phục hồi sau bóc lột lao động"),
  /** Legal counselling, legal aid and representation. */
  LEGAL("Legal", "Legal", "Pháp lý"),
  /** Vocational training, jobs and income generation. */
  LIVELIHOOD("Livelihood", "Livelihood", "Sinh kế"),
  /** Training in rights and entitlements. */
  RIGHTS_BASED_TRAINING("RightsBasedTraining", "Rights-based Training", "Tập huấn về quyền"),
  /** Recovery from sexual exploitation. */
  SEXUAL_EXPLOITATION_REHABILITATION(
      "SexualExploitationRehabilitation",
      "Sexual Exploitation Rehabilitation",
      "Phục hồi sau bóc lột tình dục"),
  /** Shelter, care and social assistance. */
  SOCIAL_CARE("SocialCare", "Social Care", "Chăm sóc xã hội");

  private final CodeDefinition definition;

  SupportPlanType(String code, String labelEn, String labelVi) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
