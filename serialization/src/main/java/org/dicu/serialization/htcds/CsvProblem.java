package org.dicu.serialization.htcds;

import org.dicu.core.validation.Severity;

/**
 * The problems the HTCDS CSV reader reports, each with a stable code. Messages in English and
 * Vietnamese are in {@code CsvMessages} under the code; they never quote personal data.
 */
public enum CsvProblem {
  /** The text cannot be read as CSV (an unclosed quote, a cell longer than allowed). */
  MALFORMED("csv.malformed", Severity.FATAL,
      "The file is CSV as RFC 4180 describes it (quotes closed, cells within the reader's limit);"
          + " after a break no further row can be read."),
  /** The input holds no header row. */
  EMPTY_INPUT("csv.empty-input", Severity.ERROR, "The file has a header row of HTCDS field names."),
  /** The text is not UTF-8. */
  BAD_ENCODING("csv.bad-encoding", Severity.ERROR,
      "The file is UTF-8 (with or without a byte order mark): save it as \"CSV UTF-8\"."),
  /** A header names a column that is not an HTCDS field this reader knows. */
  UNKNOWN_COLUMN("csv.unknown-column", Severity.WARNING,
      "Every column is named by an HTCDS field name (with its prefix) or one of the extension"
          + " columns; other columns are ignored, with one warning each."),
  /** Two columns hold the same field. */
  DUPLICATE_COLUMN("csv.duplicate-column", Severity.WARNING,
      "No field has two columns; the later one is ignored."),
  /** A cell has a value in a column without a name. */
  UNNAMED_COLUMN("csv.unnamed-column", Severity.WARNING,
      "Values stand under a named column (the first column of the toolkit's row numbers aside);"
          + " one warning per column, at the first row with a value."),
  /** The labels of the second header row do not match the field names of the first. */
  LABEL_ROW_REALIGNED("csv.label-row-realigned", Severity.WARNING,
      "The labels of the second header row match the field names above them; where they do not"
          + " (the toolkit's mailing-address columns), the labels, under which people type, are"
          + " followed."),
  /** A row has no value where the case needs one. */
  MISSING_REQUIRED("csv.missing-required", Severity.FATAL,
      "A row holds the values a case cannot do without (cas_Status); otherwise it yields no case."),
  /** A cell is not a value of its code list. */
  UNKNOWN_CODE("csv.unknown-code", Severity.ERROR,
      "Each picklist cell holds value names or labels of its list, in any letter case, several"
          + " joined by \";\"; languages are ISO 639 codes; the value is left out (an unknown"
          + " cas_Status leaves the row without a case)."),
  /** A cell is not a date. */
  BAD_DATE("csv.bad-date", Severity.ERROR,
      "Dates are yyyy-mm-dd (or d/m/yyyy); birth dates also yyyy or yyyy-mm; the value is left"
          + " out."),
  /** A date is written day/month/year. */
  DATE_DAY_MONTH_YEAR("csv.date-day-month-year", Severity.WARNING,
      "Dates are ISO 8601, yyyy-mm-dd; d/m/yyyy, the Vietnamese convention, is read day first."),
  /** A cell is not a boolean. */
  BAD_BOOLEAN("csv.bad-boolean", Severity.ERROR,
      "Checkboxes hold true or false (also yes/no, 1/0, có/không); the value is left out."),
  /** A cell is not a whole number. */
  BAD_NUMBER("csv.bad-number", Severity.ERROR,
      "Numbers of children and ages are whole numbers; the value is left out."),
  /** A cell is not a country. */
  BAD_COUNTRY("csv.bad-country", Severity.ERROR,
      "Countries are ISO 3166-1 alpha-2 codes, several joined by \";\"; the value is left out."),
  /** A country is given by its alpha-3 code or name rather than its alpha-2 code. */
  COUNTRY_NOT_ALPHA2("csv.country-not-alpha2", Severity.WARNING,
      "Countries are ISO 3166-1 alpha-2 codes; alpha-3 codes and English or Vietnamese names"
          + " (including those of the toolkit's country list) are read."),
  /** An organisation could not be found in the agency directory. */
  UNRESOLVED_ORGANISATION("csv.unresolved-organisation", Severity.WARNING,
      "Referring and referred organisations are agency ids, abbreviations or Vietnamese or English"
          + " names of the agency directory (ignoring case and diacritics); another name is kept"
          + " as text.");

  private final String code;
  private final Severity severity;
  private final String description;

  CsvProblem(String code, Severity severity, String description) {
    this.code = code;
    this.severity = severity;
    this.description = description;
  }

  /**
   * Returns the stable code, such as {@code csv.unknown-code}.
   *
   * @return the code, not blank
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the severity of the problem (an unknown {@code cas_Status} is FATAL).
   *
   * @return the severity, not null
   */
  public Severity getSeverity() {
    return severity;
  }

  /**
   * Returns what the reader checks, in English.
   *
   * @return the description, not blank
   */
  public String getDescription() {
    return description;
  }
}
