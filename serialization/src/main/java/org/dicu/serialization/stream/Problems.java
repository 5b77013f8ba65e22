package org.dicu.serialization.stream;

import java.util.Locale;
import java.util.Map;
import org.dicu.core.validation.ImmutableIssue;
import org.dicu.core.validation.Issue;
import org.dicu.core.validation.Severity;

/** Makes the issues of reading problems, with their messages in the reader's language. */
final class Problems {

  private static final int MAX_VALUE_LENGTH = 64;

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
    String message = problem.messageTemplate(locale);
    for (Map.Entry<String, ?> parameter : parameters.entrySet()) {
      message = message.replace("{" + parameter.getKey() + "}", String.valueOf(parameter.getValue()));
    }
    ImmutableIssue.Builder issue = Issue.builder()
        .severity(severity)
        .code(problem.getCode())
        .location(pointer)
        .line(line)
        .message(message);
    if (value != null) {
      issue.value(value.length() > MAX_VALUE_LENGTH
          ? value.substring(0, MAX_VALUE_LENGTH) + "…" : value);
    }
    return issue.build();
  }
}
