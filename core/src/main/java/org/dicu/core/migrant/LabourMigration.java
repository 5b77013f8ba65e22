package org.dicu.core.migrant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.dicu.core.code.IsicSection;
import org.dicu.core.record.ExchangeRecord;
import org.immutables.value.Value;

/**
 * Migration for work: contract, employer or recruitment agency, sector, and the recruitment costs
 * the worker paid (SDG indicator 10.7.1 relates them to monthly earnings).
 */
@Value.Immutable
public interface LabourMigration {

  /** Checks whether the worker left under a written contract, when known. */
  Optional<Boolean> getContractBased();

  /** Returns the employer's name. */
  Optional<@Size(max = 255, message = "{dicu.text.too-long}") String> getEmployerName();

  /** Returns the id of the recruitment agency in the agency directory. */
  Optional<@Pattern(regexp = ExchangeRecord.ID_PATTERN, message = "{dicu.id.malformed}") String>
      getRecruitmentAgencyId();

  /** Returns the sector of work, as an ISIC section. */
  Optional<IsicSection> getSector();

  /** Returns the recruitment costs the worker paid. */
  Optional<@Valid MoneyAmount> getRecruitmentCosts();

  /** Returns the worker's monthly earnings in the country of destination. */
  Optional<@Valid MoneyAmount> getMonthlyEarnings();

  /** Obtains a builder. */
  static ImmutableLabourMigration.Builder builder() {
    return new ImmutableLabourMigration.Builder();
  }
}
