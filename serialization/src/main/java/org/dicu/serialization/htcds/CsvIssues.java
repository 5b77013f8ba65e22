package org.dicu.serialization.htcds;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.dicu.core.validation.Issue;
import org.dicu.core.validation.Severity;
import org.dicu.serialization.internal.ReadingIssues;

/** Makes the issues of CSV reading problems, with their messages in the reader's language. */
final class CsvIssues {

  private final ResourceBundle messages;

  CsvIssues(Locale locale) {
    Locale bundleLocale = "vi".equals(locale.getLanguage()) ? locale : Locale.ROOT;
    this.messages = ResourceBundle.getBundle(
        "org.dicu.serialization.htcds.CsvMessages", bundleLocale, CsvIssues.class.getModule());
  }

  /**
   * Makes an issue; the value, shown to help find the problem, must not be personal data and is
   * cut to 64 characters.
   *
   * @param problem  the problem
   * @param severity  the severity, usually the problem's
   * @param line  the spreadsheet row, from 1
   * @param column  the column name, or null
   * @param pointer  the JSON Pointer of the model property, "" for the whole record
   * @param value  the offending value, never personal data, or null
   * @param parameters  the message parameters, never personal data
   * @return the issue
   */
  Issue issue(CsvProblem problem, Severity severity, long line, String column, String pointer,
      String value, Map<String, ?> parameters) {
    return ReadingIssues.issue(severity, problem.getCode(), messages.getString(problem.getCode()),
        parameters, pointer, line, column, value);
  }
}
