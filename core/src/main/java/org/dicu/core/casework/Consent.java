package org.dicu.core.casework;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The person's consent ({@code con_Consent}), with its scopes, date and withdrawal, or the legal
 * basis for processing without consent.
 */
@Value.Immutable
public interface Consent {

  /** Checks whether the person gave consent; false unless stated. */
  @Value.Default
  default boolean isGiven() {
    return false;
  }

  /** Returns the date consent was given. */
  Optional<LocalDate> getDate();

  /** Returns what the person consented to. */
  Set<ConsentScope> getScopes();

  /** Returns the legal basis for processing without consent. */
  Optional<LegalBasis> getLegalBasis();

  /** Returns the date the person withdrew consent. */
  Optional<LocalDate> getWithdrawalDate();

  /**
   * Checks whether the data may be used for a purpose: consent with that scope that has not been
   * withdrawn, or a stated legal basis.
   *
   * @param scope  the purpose, not null
   * @return true if the use is covered
   */
  default boolean covers(ConsentScope scope) {
    boolean consented = isGiven() && getWithdrawalDate().isEmpty() && getScopes().contains(scope);
    return consented || getLegalBasis().isPresent();
  }

  /** Obtains a builder of consents. */
  static ImmutableConsent.Builder builder() {
    return new ImmutableConsent.Builder();
  }
}
