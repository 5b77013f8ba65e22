package org.dicu.core.casework;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.dicu.core.privacy.PersonalData;
import org.immutables.value.Value;

/** A support plan for the person ({@code spl_} fields): its type, objectives and dates. */
@Value.Immutable
public interface SupportPlan {

  /** Returns the kind of support the plan organises. */
  Optional<SupportPlanType> getType();

  /** Returns the objectives; free text, personal data. */
  @PersonalData
  @Value.Redacted
  Optional<@Size(max = 4000, message = "{dicu.text.too-long}") String> getObjectives();

  /** Returns the action plan; free text, personal data. */
  @PersonalData
  @Value.Redacted
  Optional<@Size(max = 4000, message = "{dicu.text.too-long}") String> getActionPlan();

  /** Returns the date the plan starts (an extension of HTCDS). */
  Optional<LocalDate> getStartDate();

  /** Returns the date the plan is planned to end. */
  Optional<LocalDate> getPlannedEndDate();

  /** Returns the date the plan actually ended. */
  Optional<LocalDate> getActualEndDate();

  /** Obtains a builder of support plans. */
  static ImmutableSupportPlan.Builder builder() {
    return new ImmutableSupportPlan.Builder();
  }
}
