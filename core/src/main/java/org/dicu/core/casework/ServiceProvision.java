package org.dicu.core.casework;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.dicu.core.privacy.PersonalData;
import org.dicu.core.record.ExchangeRecord;
import org.dicu.core.service.SupportService;
import org.immutables.value.Value;

/** A service of the catalogue provided, or planned, for the person of a case. */
@Value.Immutable
public interface ServiceProvision {

  /** Returns the service. */
  SupportService getService();

  /** Returns the id of the providing agency in the agency directory. */
  Optional<@Pattern(regexp = ExchangeRecord.ID_PATTERN, message = "{dicu.id.malformed}") String>
      getProviderId();

  /** Returns the date the service started or is planned to start. */
  Optional<LocalDate> getStartDate();

  /** Returns the date the service ended. */
  Optional<LocalDate> getEndDate();

  /** Returns where the provision stands. */
  Optional<ServiceStatus> getStatus();

  /** Returns the outcome; free text, personal data. */
  @PersonalData
  @Value.Redacted
  Optional<@Size(max = 4000, message = "{dicu.text.too-long}") String> getOutcome();

  /** Obtains a builder of service provisions. */
  static ImmutableServiceProvision.Builder builder() {
    return new ImmutableServiceProvision.Builder();
  }
}
