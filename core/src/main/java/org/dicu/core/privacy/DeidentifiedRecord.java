package org.dicu.core.privacy;

import org.dicu.core.record.ExchangeRecord;
import org.immutables.value.Value;

/**
 * A record without personal data, its person-linked identifiers replaced by keyed pseudonyms,
 * with the report of what was removed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of record
 */
@Value.Immutable
public interface DeidentifiedRecord<T extends ExchangeRecord> {

  /**
   * Returns the de-identified copy of the record.
   *
   * @return the record, not null
   */
  @Value.Parameter
  T getRecord();

  /**
   * Returns what was removed and pseudonymised, without any of the values.
   *
   * @return the report, not null
   */
  @Value.Parameter
  DeidentificationReport getReport();

  /**
   * Obtains a de-identified record.
   *
   * @param <T> the type of record
   * @param record  the de-identified record, not null
   * @param report  the report, not null
   * @return the pair, not null
   */
  static <T extends ExchangeRecord> DeidentifiedRecord<T> of(
      T record, DeidentificationReport report) {
    return ImmutableDeidentifiedRecord.of(record, report);
  }
}
