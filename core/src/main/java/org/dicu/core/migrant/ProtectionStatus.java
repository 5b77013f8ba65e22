package org.dicu.core.migrant;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/**
 * The international protection status of a person, from the "International Protection"
 * classification of the HTCDS 2.0 guidance on migration and international protection.
 *
 * <p>HTCDS defines these values in its guidance, not as a picklist of its field table, so the wire
 * codes are dicu's. The guidance's own spellings ("Asylum Seeker") are accepted when reading.
 */
public enum ProtectionStatus implements Coded {
  /** A person seeking international protection whose claim has not been finally decided. */
  ASYLUM_SEEKER("AsylumSeeker", "Asylum seeker", "Người xin tị nạn", "Asylum Seeker"),
  /** A person recognised as a refugee, or who likely meets the refugee convention criteria. */
  REFUGEE("Refugee", "Refugee", "Người tị nạn"),
  /** A person allowed to stay because they need protection, without refugee status. */
  RECIPIENT_OF_COMPLEMENTARY_PROTECTION(
      "RecipientOfComplementaryProtection",
      "Recipient of complementary protection",
      "Người được bảo hộ bổ sung"),
  /** A person not considered a national by any State under the operation of its law. */
  STATELESS_PERSON("StatelessPerson", "Stateless person", "Người không quốc tịch");

  private final CodeDefinition definition;

  ProtectionStatus(String code, String labelEn, String labelVi, String... aliases) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi, aliases);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
