package org.dicu.serialization.stream;

import java.util.Locale;
import java.util.ResourceBundle;
import org.dicu.core.validation.Severity;

/**
 * The problems a record reader reports, each with a stable code. Messages in English and
 * Vietnamese are in {@code ReadMessages} under the code.
 */
public enum ReadProblem {
  /** The text is not JSON, or the JSON is broken. */
  MALFORMED("json.malformed", Severity.FATAL, "The text is well-formed JSON."),
  /** Something other than a JSON object stands where a record is expected. */
  NOT_A_RECORD("json.not-a-record", Severity.FATAL,
      "Each line of an NDJSON file, and each element of a JSON array, is a JSON object."),
  /** The record has no recordType, or one dicu does not know. */
  UNKNOWN_RECORD_TYPE("json.unknown-record-type", Severity.FATAL,
      "A record names its type in recordType: TraffickingCase, PartnerAgency, ServiceOffer,"
          + " GcmActivity or GcmProgressReport."),
  /** The record has no schemaVersion. */
  MISSING_SCHEMA_VERSION("json.missing-schema-version", Severity.WARNING,
      "A record states the schemaVersion of the format it follows."),
  /** The record follows a major version of the format this reader does not know. */
  UNSUPPORTED_VERSION("json.unsupported-version", Severity.FATAL,
      "The schemaVersion is 1.x."),
  /** A value has the wrong JSON type. */
  WRONG_TYPE("json.wrong-type", Severity.ERROR,
      "Each value has the JSON type its property needs (string, number, boolean, object,"
          + " array); the value is left out."),
  /** A value is not a code of its list. */
  UNKNOWN_CODE("json.unknown-code", Severity.ERROR,
      "Each code is a wire code of its list (see the code lists), each country an ISO 3166-1"
          + " alpha-2 code, each language an ISO 639 code, each currency an ISO 4217 code and each"
          + " GCM objective a number from 1 to 23; the value is left out."),
  /** A date, number or other value is not in its format. */
  BAD_FORMAT("json.bad-format", Severity.ERROR,
      "Dates are ISO 8601 (yyyy-MM-dd; birth dates also yyyy or yyyy-MM; times with an"
          + " offset); the value is left out."),
  /** The record has a property the format does not define. */
  UNKNOWN_PROPERTY("json.unknown-property", Severity.ERROR,
      "Every property is one the format defines: an ERROR in strict mode, a WARNING in lenient"
          + " mode; the value is ignored."),
  /** A property the record cannot do without is missing. */
  MISSING_REQUIRED("json.missing-required", Severity.FATAL,
      "The properties a record cannot do without are present (for a case: id, status, person)."),
  /** A value breaks an invariant of its type, so the record cannot be built. */
  INVALID_VALUE("json.invalid-value", Severity.FATAL,
      "Values hold together so that the record can be built (e.g. an agency's validTo is not"
          + " before its validFrom)."),
  /** A property appears twice in one object. */
  DUPLICATE_KEY("json.duplicate-key", Severity.FATAL,
      "No property appears twice in the same object."),
  /** A property is null. */
  NULL_VALUE("json.null-value", Severity.WARNING,
      "Absent values are left out rather than written as null; the null is ignored."),
  /** The record, or a string, number or nesting in it, is larger than the reader allows. */
  LIMIT_EXCEEDED("json.limit-exceeded", Severity.FATAL,
      "A record stays within the reader's limits: its size, nesting depth, and the length of"
          + " its strings and numbers."),
  /** Something follows the record on the same line. */
  TRAILING_CONTENT("json.trailing-content", Severity.ERROR,
      "Nothing but white space follows a record on its NDJSON line."),
  /** The same record id appears twice in the input. */
  DUPLICATE_ID("batch.duplicate-id", Severity.ERROR,
      "No two records of one input have the same recordType and id."),
  /** The input holds no record. */
  EMPTY_INPUT("json.empty-input", Severity.ERROR, "The input holds at least one record."),
  /** The input breaks off so that no further record can be read. */
  STREAM_ABORTED("json.stream-aborted", Severity.FATAL,
      "A JSON array file is well-formed to its end; after a break, no further record can be"
          + " found.");

  private final String code;
  private final Severity severity;
  private final String description;

  ReadProblem(String code, Severity severity, String description) {
    this.code = code;
    this.severity = severity;
    this.description = description;
  }

  /**
   * Returns the stable code, such as {@code json.unknown-code}.
   *
   * @return the code, not blank
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the severity of the problem (unknown properties are WARNINGs in lenient mode).
   *
   * @return the severity, not null
   */
  public Severity getSeverity() {
    return severity;
  }

  /**
   * Returns the message of this problem in a language, with its {@code {parameters}} unfilled.
   *
   * @param locale  the language: Vietnamese for {@code vi}, English otherwise
   * @return the message template, not blank
   */
  public String messageTemplate(Locale locale) {
    return bundle(locale).getString(code).replace("''", "'");
  }

  static ResourceBundle bundle(Locale locale) {
    Locale bundleLocale = "vi".equals(locale.getLanguage()) ? locale : Locale.ROOT;
    return ResourceBundle.getBundle(
        "org.dicu.serialization.stream.ReadMessages", bundleLocale, ReadProblem.class.getModule());
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
