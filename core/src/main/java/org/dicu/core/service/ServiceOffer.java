package org.dicu.core.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dicu.core.code.Language;
import org.dicu.core.code.Place;
import org.dicu.core.record.ExchangeRecord;
import org.dicu.core.record.RecordType;
import org.immutables.value.Value;

/** An agency's offer of a catalogue service: where, for how many, for whom, in which languages. */
@Value.Immutable
public interface ServiceOffer extends ExchangeRecord {

  @Override
  @Pattern(regexp = ExchangeRecord.ID_PATTERN, message = "{dicu.id.malformed}")
  String getId();

  @Override
  @Value.Derived
  @Value.Auxiliary
  default RecordType getRecordType() {
    return RecordType.SERVICE_OFFER;
  }

  /** Returns the id of the offering agency in the agency directory. */
  @Pattern(regexp = ExchangeRecord.ID_PATTERN, message = "{dicu.id.malformed}")
  String getAgencyId();

  /** Returns the service offered. */
  SupportService getService();

  /** Returns where the service is offered. */
  Optional<@Valid Place> getPlace();

  /** Returns how many people can be served at once, such as shelter beds. */
  Optional<@PositiveOrZero(message = "{dicu.count.negative}") Integer> getCapacity();

  /** Returns the groups of people the offer is for; empty means everyone. */
  Set<BeneficiaryGroup> getEligibleGroups();

  /** Returns further conditions of eligibility, as text. */
  Optional<@Size(max = 4000, message = "{dicu.text.too-long}") String> getEligibility();

  /** Returns the languages the service is offered in. */
  List<Language> getLanguages();

  /** Obtains a builder of service offers. */
  static ImmutableServiceOffer.Builder builder() {
    return new ImmutableServiceOffer.Builder();
  }
}
