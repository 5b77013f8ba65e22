package org.dicu.serialization.stream;

import java.util.Objects;
import org.dicu.core.validation.ValidationReport;

/**
 * Whether a record writer wrote a record, and the report of its validation when it validated it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WriteResult {

  private final boolean written;
  private final ValidationReport report;

  WriteResult(boolean written, ValidationReport report) {
    this.written = written;
    this.report = Objects.requireNonNull(report, "report");
  }

  /**
   * Checks whether the record was written.
   *
   * @return false when the writer refused it for its errors
   */
  public boolean isWritten() {
    return written;
  }

  /**
   * Returns the validation report, empty when the writer does not validate.
   *
   * @return the report, not null
   */
  public ValidationReport getReport() {
    return report;
  }

  @Override
  public String toString() {
    return "WriteResult[written=" + written + ", issues=" + report.getIssues().size() + "]";
  }
}
