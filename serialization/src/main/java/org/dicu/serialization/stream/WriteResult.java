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
  private final boolean leftOutWithoutConsent;
  private final ValidationReport report;

  WriteResult(boolean written, ValidationReport report) {
    this(written, false, report);
  }

  private WriteResult(boolean written, boolean leftOutWithoutConsent, ValidationReport report) {
    this.written = written;
    this.leftOutWithoutConsent = leftOutWithoutConsent;
    this.report = Objects.requireNonNull(report, "report");
  }

  /** Obtains the result of a record left out because its consent does not cover the sharing. */
  static WriteResult leftOutWithoutConsent() {
    return new WriteResult(false, true, ValidationReport.empty());
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
   * Checks whether the record was left out because the person's consent (or a stated legal basis)
   * does not cover the purpose the writer shares records for.
   *
   * @return true when left out for want of consent; the record was then not validated
   */
  public boolean isLeftOutWithoutConsent() {
    return leftOutWithoutConsent;
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
    return "WriteResult[written=" + written
        + (leftOutWithoutConsent ? ", leftOutWithoutConsent=true" : "")
        + ", issues=" + report.getIssues().size() + "]";
  }
}
