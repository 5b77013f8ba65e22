package org.dicu.core.casework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dicu.core.gcm.GcmObjective;
import org.dicu.core.migrant.MigrantProfile;
import org.dicu.core.person.Person;
import org.dicu.core.privacy.PersonalData;
import org.dicu.core.record.ExchangeRecord;
import org.dicu.core.record.RecordType;
import org.dicu.core.trafficking.HistoricEvent;
import org.dicu.core.trafficking.Perpetrator;
import org.dicu.core.trafficking.VictimContext;
import org.dicu.core.validation.Completeness;
import org.immutables.value.Value;

/**
 * A trafficking case, one self-contained exchange record: the person, their migration, the victim
 * context, perpetrators, referrals, the trafficking history, support plans, services provided,
 * comments, consent and the GCM objectives the case relates to.
 *
 * <p>Other records (agencies, case workers) are referred to by id. Personal data is redacted in
 * {@code toString()}.
 */
@Value.Immutable
@CaseRules
@CaseCompleteness(groups = Completeness.class)
public interface TraffickingCase extends ExchangeRecord {

  @Override
  @Pattern(regexp = ExchangeRecord.ID_PATTERN, message = "{dicu.id.malformed}")
  String getId();

  @Override
  @Value.Derived
  @Value.Auxiliary
  default RecordType getRecordType() {
    return RecordType.TRAFFICKING_CASE;
  }

  /** Returns where the case stands. */
  CaseStatus getStatus();

  /** Returns the user who owns the case; personal data of staff. */
  @PersonalData
  @Value.Redacted
  Optional<@Size(max = 200, message = "{dicu.text.too-long}") String> getCaseOwner();

  /** Returns the date the case was registered (an extension of HTCDS). */
  Optional<LocalDate> getRegistrationDate();

  /** Returns the person the case is about. */
  @Valid
  Person getPerson();

  /** Returns the person's migration. */
  Optional<@Valid MigrantProfile> getMigrantProfile();

  /** Returns the victim context: status, recruitment, control and exploitation. */
  Optional<@Valid VictimContext> getVictim();

  /** Returns the perpetrators. */
  List<@Valid Perpetrator> getPerpetrators();

  /** Returns the incoming and outgoing referrals. */
  List<@Valid Referral> getReferrals();

  /** Returns the trafficking history: recruitment, transit and exploitation events. */
  List<@Valid HistoricEvent> getEvents();

  /** Returns the support plans. */
  List<@Valid SupportPlan> getSupportPlans();

  /** Returns the services provided or planned. */
  List<@Valid ServiceProvision> getServices();

  /** Returns the comments. */
  List<@Valid CaseComment> getComments();

  /** Returns the person's consent, or the legal basis for processing without it. */
  Optional<Consent> getConsent();

  /** Returns the GCM objectives the case relates to. */
  List<GcmObjective> getGcmObjectives();

  /** Returns why the case was closed; free text, personal data. */
  @PersonalData
  @Value.Redacted
  Optional<@Size(max = 4000, message = "{dicu.text.too-long}") String> getReasonForCaseClosure();

  /** Obtains a builder of cases. */
  static ImmutableTraffickingCase.Builder builder() {
    return new ImmutableTraffickingCase.Builder();
  }
}
