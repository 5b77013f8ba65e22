package org.dicu.core.gcm;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dicu.core.code.Country;
import org.dicu.core.record.ExchangeRecord;
import org.dicu.core.record.RecordType;
import org.immutables.value.Value;

/**
 * A country's report on its implementation of the GCM over a period, objective by objective, as
 * prepared for a review conference or a voluntary national review.
 */
@Value.Immutable
@ReportRules
public interface GcmProgressReport extends ExchangeRecord {

  @Override
  @Pattern(regexp = ExchangeRecord.ID_PATTERN, message = "{dicu.id.malformed}")
  String getId();

  @Override
  @Value.Derived
  @Value.Auxiliary
  default RecordType getRecordType() {
    return RecordType.GCM_PROGRESS_REPORT;
  }

  /** Returns the reporting country. */
  Country getCountry();

  /** Returns the title. */
  Optional<@Size(max = 500, message = "{dicu.text.too-long}") String> getTitle();

  /** Returns the first day of the period. */
  LocalDate getPeriodStart();

  /** Returns the last day of the period. */
  LocalDate getPeriodEnd();

  /** Returns the id of the agency that prepared the report. */
  Optional<@Pattern(regexp = ExchangeRecord.ID_PATTERN, message = "{dicu.id.malformed}") String>
      getPreparedById();

  /** Returns the progress per objective. */
  List<@Valid ObjectiveProgress> getEntries();

  /** Obtains a builder of progress reports. */
  static ImmutableGcmProgressReport.Builder builder() {
    return new ImmutableGcmProgressReport.Builder();
  }
}
