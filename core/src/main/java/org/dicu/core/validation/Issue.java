package org.dicu.core.validation;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found in a record: its severity, a stable rule code, where it is (a JSON Pointer
 * into the record's exchange form), the offending value unless it is personal data, and a message
 * in the reader's language.
 */
@Value.Immutable
public interface Issue {

  /**
   * Returns how serious the issue is.
   *
   * @return the severity, not null
   */
  Severity getSeverity();

  /**
   * Returns the stable code of the rule that was broken, such as
   * {@code case.closed-without-reason}.
   *
   * @return the rule code, not blank
   */
  String getCode();

  /**
   * Returns where the issue is, as an RFC 6901 JSON Pointer over the exchange field names, such as
   * {@code /referrals/1/date}; the empty string is the whole record.
   *
   * @return the location, not null
   */
  String getLocation();

  /**
   * Returns the offending value as text; never present for personal data.
   *
   * @return the value, may be empty
   */
  Optional<String> getValue();

  /**
   * Returns the message, in the language the validator was asked for.
   *
   * @return the message, not blank
   */
  String getMessage();

  /**
   * Returns the line of the input where the record starts (the row, for a spreadsheet), when the
   * record was read from a file.
   *
   * @return the line number, from 1, may be empty
   */
  Optional<Long> getLine();

  /**
   * Returns the spreadsheet column the issue is about, such as {@code prs_Gender}, when the record
   * was read from a spreadsheet.
   *
   * @return the column name, may be empty
   */
  Optional<String> getColumn();

  /**
   * Obtains a builder of issues.
   *
   * @return a new builder, not null
   */
  static ImmutableIssue.Builder builder() {
    return new ImmutableIssue.Builder();
  }
}
