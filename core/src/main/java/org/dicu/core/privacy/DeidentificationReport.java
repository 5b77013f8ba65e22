package org.dicu.core.privacy;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What de-identification did to one record: which properties it removed, as JSON Pointers into
 * the original record with the number of values removed at each, and which identifiers it
 * replaced by pseudonyms; it never holds the values themselves.
 *
 * <p>A pointer to a list element (such as {@code /comments/0}) means the whole element was left
 * out because it cannot exist without its personal data. This class is immutable and thread-safe.
 */
@Value.Immutable
public interface DeidentificationReport {

  /**
   * Returns the removed properties, each as a JSON Pointer into the original record, with how
   * many values were removed there, in the order they were met.
   *
   * @return the counts by pointer, may be empty
   */
  Map<String, Integer> getRemoved();

  /**
   * Returns the identifiers replaced by keyed pseudonyms, as JSON Pointers.
   *
   * @return the pointers, may be empty
   */
  List<String> getPseudonymised();

  /**
   * Returns how many values were removed in all.
   *
   * @return the total, zero or more
   */
  default int getRemovedValueCount() {
    return getRemoved().values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Obtains a builder of reports.
   *
   * @return a new builder, not null
   */
  static ImmutableDeidentificationReport.Builder builder() {
    return new ImmutableDeidentificationReport.Builder();
  }
}
