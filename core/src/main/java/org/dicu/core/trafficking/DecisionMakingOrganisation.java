package org.dicu.core.trafficking;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/**
 * The kind of body that determined a person's {@link TraffickingStatus} (HTCDS 2.0
 * {@code vic_TraffickingStatusDecisionMakingOrg}).
 *
 * <p>In Viet Nam, border guards and social-affairs agencies are non-police governmental
 * organisations.
 */
public enum DecisionMakingOrganisation implements Coded {
  /** The police. */
  POLICE("Police", "Police", "Công an"),
  /** A non-governmental organisation. */
  NGO("NGO", "NGO", "Tổ chức phi chính phủ"),
  /** A court or a prosecutor's office. */
  COURT_OR_PROSECUTION("CourtOrProsecution", "Court or prosecution", "Tòa án hoặc Viện kiểm sát"),
  /** A governmental body other than the police, such as the border guard or social affairs. */
  NON_POLICE_GOVERNMENTAL_ORGANIZATION(
      "NonPoliceGovernmentalOrganization",
      "Non-police governmental organization",
      "Cơ quan nhà nước khác ngoài công an"),
  /** Another kind of body. */
  OTHER("Other", "Other", "Khác");

  private final CodeDefinition definition;

  DecisionMakingOrganisation(String code, String labelEn, String labelVi, String... aliases) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi, aliases);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
