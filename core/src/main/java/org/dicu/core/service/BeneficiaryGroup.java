package org.dicu.core.service;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/**
 * A group of people to whom Article 37 of the Law on Prevention and Combat of Human Trafficking
 * (Law 53/2024/QH15) gives its own set of support regimes.
 *
 * <p>{@link Article37#regimesFor(BeneficiaryGroup)} gives the regimes of each group.
 */
public enum BeneficiaryGroup implements Coded {
  /** Art. 37(1): a victim who is a Vietnamese citizen or a stateless permanent resident. */
  VIETNAMESE_OR_STATELESS_VICTIM(
      "VietnameseOrStatelessVictim",
      "Victim who is a Vietnamese citizen or a stateless person permanently residing in Viet Nam",
      "Nạn nhân là công dân Việt Nam, người không quốc tịch thường trú ở Việt Nam"),
  /** Art. 37(2): a person under 18 accompanying a Vietnamese or stateless victim. */
  ACCOMPANYING_CHILD(
      "AccompanyingChild",
      "Person under 18 accompanying a victim",
      "Người dưới 18 tuổi đi cùng nạn nhân"),
  /**
   * Art. 37(3), first paragraph: a Vietnamese citizen undergoing identification as a victim, and a
   * person under 18 accompanying them, while abroad.
   */
  UNDER_IDENTIFICATION_ABROAD(
      "UnderIdentificationAbroad",
      "Person undergoing identification as a victim, abroad",
      "Người đang trong quá trình xác định là nạn nhân, ở nước ngoài"),
  /**
   * Art. 37(3), second paragraph: a Vietnamese citizen or stateless permanent resident undergoing
   * identification as a victim, and a person under 18 accompanying them, in Viet Nam.
   */
  UNDER_IDENTIFICATION_IN_VIETNAM(
      "UnderIdentificationInVietnam",
      "Person undergoing identification as a victim, in Viet Nam",
      "Người đang trong quá trình xác định là nạn nhân, ở trong nước"),
  /** Art. 37(4): a foreigner trafficked in Viet Nam, a victim or undergoing identification. */
  FOREIGN_VICTIM_IN_VIETNAM(
      "ForeignVictimInVietnam",
      "Foreigner trafficked in Viet Nam",
      "Người nước ngoài bị mua bán tại Việt Nam");

  private final CodeDefinition definition;

  BeneficiaryGroup(String code, String labelEn, String labelVi) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
