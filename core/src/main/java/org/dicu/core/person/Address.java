package org.dicu.core.person;

import java.util.Optional;
import org.dicu.core.code.Country;
import org.dicu.core.privacy.PersonalData;
import org.immutables.value.Value;

/** A postal address, as HTCDS records a person's mailing address. */
@Value.Immutable
public interface Address {

  /**
   * Returns the street, house number and any other line above the city.
   *
   * @return the street, may be empty
   */
  @PersonalData
  @Value.Redacted
  Optional<String> getStreet();

  /**
   * Returns the city, town, commune or ward.
   *
   * @return the city, may be empty
   */
  @PersonalData
  @Value.Redacted
  Optional<String> getCity();

  /**
   * Returns the state or province.
   *
   * @return the state or province, may be empty
   */
  Optional<String> getState();

  /**
   * Returns the postal code.
   *
   * @return the postal code, may be empty
   */
  @PersonalData
  @Value.Redacted
  Optional<String> getPostalCode();

  /**
   * Returns the country.
   *
   * @return the country, may be empty
   */
  Optional<Country> getCountry();

  /**
   * Obtains a builder of addresses.
   *
   * @return a new builder, not null
   */
  static ImmutableAddress.Builder builder() {
    return new ImmutableAddress.Builder();
  }
}
