package org.dicu.core.trafficking;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/**
 * A means by which exploiters controlled a victim (HTCDS 2.0 {@code vic_MethodsOfControl}).
 *
 * <p>The standard's field definitions describe each means in detail.
 */
public enum ControlMethod implements Coded {
  /** Threats to harm the victim or another person. */
  PHYSICAL_THREATS("PhysicalThreats", "Physical threats", "Đe dọa gây tổn hại thân thể"),
  /** Threats to report the victim to the police, immigration or other authorities. */
  THREATS_LAW_ENFORCEMENT(
      "ThreatsLawEnforcement",
      "Threats of law enforcement",
      "Đe dọa tố giác với cơ quan chức năng"),
  /** Threats against the victim's children or family. */
  THREATENS_CHILDREN_FAMILY(
      "ThreatensChildrenFamily", "Threatens children/family", "Đe dọa con cái, gia đình"),
  /** Work to pay off a created or perceived debt, with no control over the debt. */
  DEBT_BONDAGE("DebtBondage", "Debt bondage", "Gán nợ, lệ thuộc vì nợ"),
  /** Deception and false promises that drew the victim into the situation. */
  FALSE_PROMISES("FalsePromises", "False promises", "Hứa hẹn gian dối"),
  /** Physical violence. */
  PHYSICAL_ABUSE("PhysicalAbuse", "Physical abuse", "Bạo lực thể chất"),
  /** Unwanted sexual contact used to control the victim. */
  SEXUAL_ABUSE("SexualAbuse", "Sexual abuse", "Xâm hại tình dục"),
  /** The exploiters take the victim's earnings. */
  TAKES_EARNINGS("TakesEarnings", "Takes earnings", "Chiếm đoạt tiền công, thu nhập"),
  /** The exploiters restrict access to money, bank accounts or cards. */
  RESTRICTS_FINANCIAL_ACCESS(
      "RestrictsFinancialAccess", "Restricts financial access", "Hạn chế tiếp cận tài chính"),
  /** The exploiters restrict or control access to medical care. */
  RESTRICTS_MEDICAL_CARE(
      "RestrictsMedicalCare", "Restricts medical care", "Hạn chế tiếp cận chăm sóc y tế"),
  /** The exploiters deny food, shelter, water, hygiene or other necessities. */
  WITHHOLDS_NECESSITIES(
      "WithholdsNecessities", "Withholds necessities", "Cắt xén, tước đoạt nhu yếu phẩm"),
  /** Emotional abuse, humiliation or manipulation. */
  PSYCHOLOGICAL_ABUSE("PsychologicalAbuse", "Psychological abuse", "Bạo lực tinh thần"),
  /** The exploiters induce or exploit the use of drugs or alcohol. */
  PSYCHOACTIVE_SUBSTANCE(
      "PsychoactiveSubstance", "Psychoactive substance", "Sử dụng chất gây nghiện, chất kích thích"),
  /** Working hours far beyond those contracted or promised. */
  EXCESSIVE_WORKING_HOURS(
      "ExcessiveWorkingHours", "Excessive working hours", "Bắt làm việc quá thời giờ"),
  /** The exploiters hold passports, identity cards or other documents. */
  WITHHOLDS_DOCUMENTS("WithholdsDocuments", "Withholds documents", "Giữ giấy tờ tùy thân"),
  /** Another means of control. */
  OTHER("Other", "Other", "Khác");

  private final CodeDefinition definition;

  ControlMethod(String code, String labelEn, String labelVi, String... aliases) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi, aliases);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
