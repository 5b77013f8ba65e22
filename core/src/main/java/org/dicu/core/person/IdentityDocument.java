package org.dicu.core.person;

import java.util.Optional;
import org.dicu.core.code.Country;
import org.dicu.core.privacy.PersonalData;
import org.immutables.value.Value;

/** An identity document of a person: its type, number and issuing country. */
@Value.Immutable
public interface IdentityDocument {

  /**
   * Returns the kind of document.
   *
   * @return the type, not null
   */
  IdentityDocumentType getType();

  /**
   * Returns the document number.
   *
   * @return the number, not blank
   */
  @PersonalData
  @Value.Redacted
  String getNumber();

  /**
   * Returns the country that issued the document.
   *
   * @return the issuing country, may be empty
   */
  Optional<Country> getIssuingCountry();

  /**
   * Obtains a builder of identity documents.
   *
   * @return a new builder, not null
   */
  static ImmutableIdentityDocument.Builder builder() {
    return new ImmutableIdentityDocument.Builder();
  }
}
