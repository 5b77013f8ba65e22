package org.dicu.core.migrant;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dicu.core.code.Country;
import org.immutables.value.Value;

/**
 * A person's migration: migrant type, international protection status, the countries crossed,
 * departure and return, labour migration and a vulnerability assessment on IOM's four levels.
 */
@Value.Immutable
public interface MigrantProfile {

  /** Returns the migrant type. */
  Optional<MigrantType> getMigrantType();

  /** Returns the international protection status. */
  Optional<ProtectionStatus> getProtectionStatus();

  /** Returns whether the migration was internal or international. */
  Optional<Movement> getMovement();

  /** Returns the countries of origin. */
  List<Country> getCountriesOfOrigin();

  /** Returns the countries of transit, in order. */
  List<Country> getCountriesOfTransit();

  /** Returns the countries of destination. */
  List<Country> getCountriesOfDestination();

  /** Returns the date the person left. */
  Optional<LocalDate> getDepartureDate();

  /** Returns the date the person returned. */
  Optional<LocalDate> getReturnDate();

  /** Returns the labour migration, when the person migrated for work. */
  Optional<@Valid LabourMigration> getLabourMigration();

  /** Returns the risk and protective factors found, at the four levels. */
  List<@Valid VulnerabilityFactor> getVulnerabilityFactors();

  /** Obtains a builder of migrant profiles. */
  static ImmutableMigrantProfile.Builder builder() {
    return new ImmutableMigrantProfile.Builder();
  }
}
