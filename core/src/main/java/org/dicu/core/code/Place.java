package org.dicu.core.code;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.dicu.core.privacy.PersonalData;
import org.immutables.value.Value;

/** A place: address parts, country and optional coordinates, as HTCDS records event places. */
@Value.Immutable
public interface Place {

  /** Returns the street and house number; personal data, as it can point to a person. */
  @PersonalData
  @Value.Redacted
  Optional<@Size(max = 255, message = "{dicu.text.too-long}") String> getStreet();

  /** Returns the city, town, commune or ward. */
  Optional<@Size(max = 120, message = "{dicu.text.too-long}") String> getCity();

  /** Returns the state or province. */
  Optional<@Size(max = 120, message = "{dicu.text.too-long}") String> getState();

  /** Returns the postal code; personal data, as it can point to a person. */
  @PersonalData
  @Value.Redacted
  Optional<@Size(max = 20, message = "{dicu.text.too-long}") String> getPostalCode();

  /** Returns the country. */
  Optional<Country> getCountry();

  /** Returns the latitude in decimal degrees, from -90 to 90. */
  Optional<
          @DecimalMin(value = "-90", message = "{dicu.place.coordinates-out-of-range}")
          @DecimalMax(value = "90", message = "{dicu.place.coordinates-out-of-range}") Double>
      getLatitude();

  /** Returns the longitude in decimal degrees, from -180 to 180. */
  Optional<
          @DecimalMin(value = "-180", message = "{dicu.place.coordinates-out-of-range}")
          @DecimalMax(value = "180", message = "{dicu.place.coordinates-out-of-range}") Double>
      getLongitude();

  /** Obtains a builder of places. */
  static ImmutablePlace.Builder builder() {
    return new ImmutablePlace.Builder();
  }

  /** Obtains a place known only by its country. */
  static Place of(Country country) {
    return builder().country(country).build();
  }
}
