package org.dicu.serialization.stream;

import java.util.Locale;
import java.util.Map;
import org.dicu.core.validation.Issue;
import org.dicu.core.validation.Severity;
import org.dicu.serialization.internal.ReadingIssues;

/** Makes the issues of reading problems, with their messages in the reader's language. */
final class Problems {

  private final Locale locale;

  Problems(Locale locale) {
    this.locale = locale;
  }

  Issue issue(ReadProblem problem, String pointer, long line) {
    return issue(problem, problem.getSeverity(), pointer, line, null, Map.of());
  }

  Issue issue(ReadProblem problem, String pointer, long line, Map<String, ?> parameters) {
    return issue(problem, problem.getSeverity(), pointer, line, null, parameters);
  }

  /**
   * Makes an issue; the value, shown to help find the problem, must not be personal data and is
   * cut to 64 characters.
   */
  Issue issue(ReadProblem problem, Severity severity, String pointer, long line, String value,
      Map<String, ?> parameters) {
    return ReadingIssues.issue(severity, problem.getCode(), problem.messageTemplate(locale),
        parameters, pointer, line, null, value);
  }
}
