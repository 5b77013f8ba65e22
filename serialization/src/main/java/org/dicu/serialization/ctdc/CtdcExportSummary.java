package org.dicu.serialization.ctdc;

/**
 * What a CTDC export did: how many records it read, wrote, left out and why, and how much
 * k-anonymity changed.
 *
 * <p>Every record read is counted once: {@code recordsRead = rowsWritten + leftOutForErrors +
 * leftOutWithoutConsent + recordsOfOtherTypes + rowsDropped}. {@link #toString()} gives a
 * paragraph fit to print. This class is immutable and thread-safe.
 */
public final class CtdcExportSummary {

  private final int k;
  private final long recordsRead;
  private final long rowsWritten;
  private final long leftOutForErrors;
  private final long leftOutWithoutConsent;
  private final long recordsOfOtherTypes;
  private final long rowsGeneralised;
  private final long valuesBlanked;
  private final long rowsDropped;

  CtdcExportSummary(int k, long recordsRead, long rowsWritten, long leftOutForErrors,
      long leftOutWithoutConsent, long recordsOfOtherTypes, long rowsGeneralised,
      long valuesBlanked, long rowsDropped) {
    this.k = k;
    this.recordsRead = recordsRead;
    this.rowsWritten = rowsWritten;
    this.leftOutForErrors = leftOutForErrors;
    this.leftOutWithoutConsent = leftOutWithoutConsent;
    this.recordsOfOtherTypes = recordsOfOtherTypes;
    this.rowsGeneralised = rowsGeneralised;
    this.valuesBlanked = valuesBlanked;
    this.rowsDropped = rowsDropped;
  }

  /**
   * Returns the k of k-anonymity: the least number of written rows that share any published
   * combination of quasi-identifiers.
   *
   * @return k, 1 or more
   */
  public int getK() {
    return k;
  }

  /**
   * Returns how many records the input held, including those left out and those that could not
   * be read.
   *
   * @return the count of records read
   */
  public long getRecordsRead() {
    return recordsRead;
  }

  /**
   * Returns how many rows were written, not counting the header.
   *
   * @return the count of rows written
   */
  public long getRowsWritten() {
    return rowsWritten;
  }

  /**
   * Returns how many cases were left out because they have an ERROR or FATAL issue, from reading
   * or validation, or could not be read at all.
   *
   * @return the count of records left out for errors
   */
  public long getLeftOutForErrors() {
    return leftOutForErrors;
  }

  /**
   * Returns how many cases were left out because their consent does not cover de-identified data
   * sharing (or they have no consent); such cases are not validated, so a case lacking both
   * counts here only.
   *
   * @return the count of cases left out for lack of consent
   */
  public long getLeftOutWithoutConsent() {
    return leftOutWithoutConsent;
  }

  /**
   * Returns how many records of the input were not trafficking cases (partner agencies, ...) and
   * were skipped; always 0 for an input of cases.
   *
   * @return the count of records of other types
   */
  public long getRecordsOfOtherTypes() {
    return recordsOfOtherTypes;
  }

  /**
   * Returns how many written rows had at least one quasi-identifier value blanked for k-anonymity.
   *
   * @return the count of rows generalised
   */
  public long getRowsGeneralised() {
    return rowsGeneralised;
  }

  /**
   * Returns how many quasi-identifier values of written rows were blanked for k-anonymity.
   *
   * @return the count of values blanked
   */
  public long getValuesBlanked() {
    return valuesBlanked;
  }

  /**
   * Returns how many rows were not written because even with all five quasi-identifiers blank
   * they would have been fewer than k.
   *
   * @return the count of rows dropped
   */
  public long getRowsDropped() {
    return rowsDropped;
  }

  /**
   * Returns a one-paragraph account of the export, fit to print.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "CTDC export with k = " + k + ": read " + recordsRead + " records and wrote "
        + rowsWritten + " rows. Left out " + leftOutForErrors + " records with errors, "
        + leftOutWithoutConsent + " cases without consent to de-identified data sharing and "
        + recordsOfOtherTypes + " records that are not trafficking cases. For k-anonymity, "
        + valuesBlanked + " quasi-identifier values were blanked in " + rowsGeneralised
        + " rows and " + rowsDropped + " rows were dropped.";
  }
}
