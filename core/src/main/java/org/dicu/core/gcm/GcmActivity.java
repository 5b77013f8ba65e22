package org.dicu.core.gcm;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dicu.core.code.Place;
import org.dicu.core.record.ExchangeRecord;
import org.dicu.core.record.RecordType;
import org.immutables.value.Value;

/**
 * An activity, project or event that implements the Global Compact for Migration, such as a
 * review conference of the national implementation plan, with the objectives it serves.
 */
@Value.Immutable
@ActivityRules
public interface GcmActivity extends ExchangeRecord {

  @Override
  @Pattern(regexp = ExchangeRecord.ID_PATTERN, message = "{dicu.id.malformed}")
  String getId();

  @Override
  @Value.Derived
  @Value.Auxiliary
  default RecordType getRecordType() {
    return RecordType.GCM_ACTIVITY;
  }

  /** Returns the title. */
  @NotBlank(message = "{dicu.text.blank}")
  @Size(max = 500, message = "{dicu.text.too-long}")
  String getTitle();

  /** Returns a description. */
  Optional<@Size(max = 4000, message = "{dicu.text.too-long}") String> getDescription();

  /** Returns the first day. */
  Optional<LocalDate> getStartDate();

  /** Returns the last day. */
  Optional<LocalDate> getEndDate();

  /** Returns where it took place. */
  Optional<@Valid Place> getPlace();

  /** Returns the id of the lead agency in the agency directory. */
  Optional<@Pattern(regexp = ExchangeRecord.ID_PATTERN, message = "{dicu.id.malformed}") String>
      getLeadAgencyId();

  /** Returns the ids of the partner agencies in the agency directory. */
  List<@Pattern(regexp = ExchangeRecord.ID_PATTERN, message = "{dicu.id.malformed}") String>
      getPartnerAgencyIds();

  /** Returns the GCM objectives it serves. */
  List<GcmObjective> getObjectives();

  /** Returns the guiding principles it applies. */
  List<GuidingPrinciple> getGuidingPrinciples();

  /** Returns its outputs, such as "12 recommendations adopted". */
  List<@Size(max = 1000, message = "{dicu.text.too-long}") String> getOutputs();

  /** Obtains a builder of activities. */
  static ImmutableGcmActivity.Builder builder() {
    return new ImmutableGcmActivity.Builder();
  }
}
