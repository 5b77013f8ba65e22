package org.dicu.core.person;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/** The kind of an identity document. */
public enum IdentityDocumentType implements Coded {
  /** A national identity card (in Viet Nam the citizen identity card, căn cước). */
  NATIONAL_IDENTITY_CARD("NationalIdentityCard", "National identity card", "Thẻ căn cước"),
  /** A passport. */
  PASSPORT("Passport", "Passport", "Hộ chiếu"),
  /** A birth certificate. */
  BIRTH_CERTIFICATE("BirthCertificate", "Birth certificate", "Giấy khai sinh"),
  /** A travel document issued instead of a passport, e.g. for return. */
  TRAVEL_DOCUMENT("TravelDocument", "Travel document", "Giấy thông hành"),
  /** A residence or work permit of a country of destination. */
  RESIDENCE_PERMIT("ResidencePermit", "Residence or work permit", "Thẻ cư trú hoặc giấy phép lao động"),
  /** Any other document. */
  OTHER("Other", "Other", "Giấy tờ khác");

  private final CodeDefinition definition;

  IdentityDocumentType(String code, String labelEn, String labelVi) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
