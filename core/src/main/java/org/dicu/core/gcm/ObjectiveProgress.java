package org.dicu.core.gcm;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.dicu.core.record.ExchangeRecord;
import org.immutables.value.Value;

/** The progress on one GCM objective in a progress report, with the activities behind it. */
@Value.Immutable
public interface ObjectiveProgress {

  /** Returns the objective. */
  GcmObjective getObjective();

  /** Returns how far implementation has come. */
  ProgressStatus getStatus();

  /** Returns the narrative of what was done and what remains. */
  Optional<@Size(max = 8000, message = "{dicu.text.too-long}") String> getNarrative();

  /** Returns the ids of the GCM activities reported on. */
  List<@Pattern(regexp = ExchangeRecord.ID_PATTERN, message = "{dicu.id.malformed}") String>
      getActivityIds();

  /** Obtains a builder. */
  static ImmutableObjectiveProgress.Builder builder() {
    return new ImmutableObjectiveProgress.Builder();
  }
}
