package org.dicu.serialization.stream;

import java.util.Objects;
import java.util.Optional;
import org.dicu.core.record.ExchangeRecord;
import org.dicu.core.validation.ValidationReport;

/**
 * What a record reader found at one place of its input: the record, when it could be read, and
 * every issue about it (reading problems and validation issues), each with the line.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadResult {

  private final long line;
  private final ExchangeRecord record;
  private final ValidationReport report;

  ReadResult(long line, ExchangeRecord record, ValidationReport report) {
    this.line = line;
    this.record = record;
    this.report = Objects.requireNonNull(report, "report");
  }

  /**
   * Obtains a result, for readers of other formats.
   *
   * @param line  the line or row where the record starts, from 1
   * @param record  the record, or null when it could not be read
   * @param report  every issue about it, not null
   * @return the result, not null
   */
  public static ReadResult of(long line, ExchangeRecord record, ValidationReport report) {
    return new ReadResult(line, record, report);
  }

  /**
   * Returns the line of the input where the record starts, from 1.
   *
   * @return the line number
   */
  public long getLine() {
    return line;
  }

  /**
   * Returns the record, when it could be read (possibly with errors in its report).
   *
   * @return the record, empty when it could not be read
   */
  public Optional<ExchangeRecord> getRecord() {
    return Optional.ofNullable(record);
  }

  /**
   * Returns every issue about this record: why it could not be read, or the problems met while
   * reading it and the issues of its validation.
   *
   * @return the report, not null
   */
  public ValidationReport getReport() {
    return report;
  }

  /**
   * Checks whether the record was read and has no FATAL or ERROR issue.
   *
   * @return true for a usable record
   */
  public boolean isValid() {
    return record != null && report.isValid();
  }

  @Override
  public String toString() {
    return "ReadResult[line=" + line + ", record="
        + (record == null ? "none" : record.getRecordType().getCode() + " " + record.getId())
        + ", issues=" + report.getIssues().size() + "]";
  }
}
