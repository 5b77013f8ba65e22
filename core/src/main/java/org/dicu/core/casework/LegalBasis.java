package org.dicu.core.casework;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/** The legal ground for processing a person's data without their consent. */
public enum LegalBasis implements Coded {
  /** A law requires the processing, e.g. verification of victims under Law 53/2024/QH15. */
  LEGAL_OBLIGATION("LegalObligation", "Legal obligation", "Nghĩa vụ theo quy định của pháp luật"),
  /** The processing protects the life or health of the person or another. */
  VITAL_INTERESTS("VitalInterests", "Vital interests", "Bảo vệ tính mạng, sức khỏe"),
  /** The person is a child and the processing serves the child's best interests. */
  BEST_INTERESTS_OF_THE_CHILD("BestInterestsOfTheChild", "Best interests of the child", "Lợi ích tốt nhất của trẻ em"),
  /** A public authority processes the data to carry out its legal task. */
  PUBLIC_TASK("PublicTask", "Public task", "Thực hiện nhiệm vụ công");

  private final CodeDefinition definition;

  LegalBasis(String code, String labelEn, String labelVi) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
