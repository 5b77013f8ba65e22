package org.dicu.core.casework;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.dicu.core.privacy.PersonalData;
import org.dicu.core.record.ExchangeRecord;
import org.immutables.value.Value;

/**
 * A referral of the case between organisations ({@code cas_} referral fields), incoming or
 * outgoing, with where it stands.
 */
@Value.Immutable
public interface Referral {

  /** Returns whether the case came in or went out by this referral. */
  ReferralDirection getDirection();

  /** Returns the id of the other organisation in the agency directory. */
  Optional<@Pattern(regexp = ExchangeRecord.ID_PATTERN, message = "{dicu.id.malformed}") String>
      getOrganisationId();

  /** Returns the other organisation's name as written, when it has no directory id. */
  Optional<@Size(max = 255, message = "{dicu.text.too-long}") String> getOrganisationName();

  /** Returns the primary case worker of the other organisation; personal data. */
  @PersonalData
  @Value.Redacted
  Optional<@Size(max = 200, message = "{dicu.text.too-long}") String> getPrimaryCaseWorker();

  /** Returns the date of the referral. */
  Optional<LocalDate> getDate();

  /** Returns why the case was referred. */
  Optional<ReferralReason> getReason();

  /** Returns details of the referral; free text, personal data. */
  @PersonalData
  @Value.Redacted
  Optional<@Size(max = 4000, message = "{dicu.text.too-long}") String> getDetails();

  /** Returns where the referral stands. */
  Optional<ReferralStatus> getStatus();

  /** Returns why the referral was rejected, when it was. */
  @PersonalData
  @Value.Redacted
  Optional<@Size(max = 4000, message = "{dicu.text.too-long}") String> getRejectionReason();

  /** Obtains a builder of referrals. */
  static ImmutableReferral.Builder builder() {
    return new ImmutableReferral.Builder();
  }
}
