package org.dicu.core.gcm;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/**
 * One of the ten cross-cutting and interdependent guiding principles of the Global Compact for
 * Migration (UN General Assembly resolution 73/195, paragraph 15).
 *
 * <p>Wire codes are PascalCase ({@code PeopleCentred}); the upper-case codes of the project's
 * reference table ({@code PEOPLE_CENTRED}) are accepted as aliases when reading.
 */
public enum GuidingPrinciple implements Coded {
  /** The Compact puts the well-being of migrants and communities at its centre. */
  PEOPLE_CENTRED(
      "PeopleCentred", "People-centred", "Lấy con người làm trung tâm", "PEOPLE_CENTRED"),
  /** Migration is addressed through international cooperation. */
  INTERNATIONAL_COOPERATION(
      "InternationalCooperation",
      "International cooperation",
      "Hợp tác quốc tế",
      "INTERNATIONAL_COOPERATION"),
  /** States keep the sovereign right to determine their national migration policy. */
  NATIONAL_SOVEREIGNTY(
      "NationalSovereignty", "National sovereignty", "Chủ quyền quốc gia", "NATIONAL_SOVEREIGNTY"),
  /** Respect for the rule of law, due process and access to justice. */
  RULE_OF_LAW(
      "RuleOfLaw",
      "Rule of law and due process",
      "Pháp quyền và thủ tục tố tụng đúng đắn",
      "RULE_OF_LAW"),
  /** Migration as a contribution to the 2030 Agenda for Sustainable Development. */
  SUSTAINABLE_DEVELOPMENT(
      "SustainableDevelopment",
      "Sustainable development",
      "Phát triển bền vững",
      "SUSTAINABLE_DEVELOPMENT"),
  /** Respect for, protection and fulfilment of the human rights of all migrants. */
  HUMAN_RIGHTS("HumanRights", "Human rights", "Quyền con người", "HUMAN_RIGHTS"),
  /** Attention to the needs and agency of women, men, girls and boys in migration. */
  GENDER_RESPONSIVE("GenderResponsive", "Gender-responsive", "Đáp ứng giới", "GENDER_RESPONSIVE"),
  /** The best interests of the child as a primary consideration. */
  CHILD_SENSITIVE("ChildSensitive", "Child-sensitive", "Quan tâm đến trẻ em", "CHILD_SENSITIVE"),
  /** Horizontal and vertical policy coherence across all sectors and levels of government. */
  WHOLE_OF_GOVERNMENT(
      "WholeOfGovernment",
      "Whole-of-government approach",
      "Cách tiếp cận toàn chính phủ",
      "WHOLE_OF_GOVERNMENT"),
  /** Broad partnerships with migrants, civil society, employers, trade unions and others. */
  WHOLE_OF_SOCIETY(
      "WholeOfSociety",
      "Whole-of-society approach",
      "Cách tiếp cận toàn xã hội",
      "WHOLE_OF_SOCIETY");

  private final CodeDefinition definition;

  GuidingPrinciple(String code, String labelEn, String labelVi, String alias) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi, alias);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
