package org.dicu.serialization.htcds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dicu.core.validation.Issue;
import org.dicu.core.validation.Severity;

/** The row being read: its number, its layout and the issues found so far. */
final class RowContext {

  final long line;
  final RowLayout layout;
  final List<Issue> issues = new ArrayList<>();
  private final CsvIssues messages;

  RowContext(long line, RowLayout layout, CsvIssues messages) {
    this.line = line;
    this.layout = layout;
    this.messages = messages;
  }

  /**
   * Reports a problem of a column; the value is left out when the column holds personal data.
   */
  void report(CsvProblem problem, Severity severity, HtcdsColumn column, String pointer,
      String value, Map<String, ?> parameters) {
    issues.add(messages.issue(problem, severity, line, column.getFieldName(), pointer,
        column.isPersonalData() ? null : value, parameters));
  }

  /** Reports a problem of a column at its property, with its usual severity. */
  void report(CsvProblem problem, HtcdsColumn column, String value, Map<String, ?> parameters) {
    report(problem, problem.getSeverity(), column, column.pointer(layout), value, parameters);
  }

  /** Reports a problem that is not about a column of the table. */
  void reportOutside(CsvProblem problem, String column, String value, Map<String, ?> parameters) {
    issues.add(messages.issue(problem, problem.getSeverity(), line, column, "", value,
        parameters));
  }
}
