package org.dicu.core.trafficking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.dicu.core.code.Place;
import org.dicu.core.privacy.PersonalData;
import org.immutables.value.Value;

/** A step of the trafficking history ({@code hte_} fields): recruitment, transit or exploitation. */
@Value.Immutable
public interface HistoricEvent {

  /** Returns whether this was recruitment, transit or exploitation. */
  HistoricEventType getType();

  /** Returns the date of the event, or of its start. */
  Optional<LocalDate> getDate();

  /** Returns the last date of the event, for exploitation that lasted (an extension of HTCDS). */
  Optional<LocalDate> getEndDate();

  /** Returns where the event happened. */
  Optional<@Valid Place> getPlace();

  /** Returns a description; free text, personal data. */
  @PersonalData
  @Value.Redacted
  Optional<@Size(max = 4000, message = "{dicu.text.too-long}") String> getDescription();

  /** Obtains a builder of events. */
  static ImmutableHistoricEvent.Builder builder() {
    return new ImmutableHistoricEvent.Builder();
  }
}
