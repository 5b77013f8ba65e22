package org.dicu.serialization.internal;

import java.util.Map;
import org.dicu.core.validation.ImmutableIssue;
import org.dicu.core.validation.Issue;
import org.dicu.core.validation.Severity;

/** Builds the issues that readers report, in one way for every format. */
public final class ReadingIssues {

  private static final int MAX_VALUE_LENGTH = 64;

  private ReadingIssues() {}

  /**
   * Makes an issue from a message template in the reader's language; the value, shown to help
   * find the problem, must not be personal data and is cut to 64 characters.
   *
   * @param severity  the severity
   * @param code  the problem code
   * @param template  the message with {@code {name}} parameters and {@code ''} for an apostrophe
   * @param parameters  the message parameters, never personal data
   * @param pointer  the JSON Pointer of the property, "" for the whole record
   * @param line  the line or spreadsheet row, from 1
   * @param column  the spreadsheet column, or null
   * @param value  the offending value, or null
   * @return the issue
   */
  public static Issue issue(Severity severity, String code, String template,
      Map<String, ?> parameters, String pointer, long line, String column, String value) {
    String message = template;
    for (Map.Entry<String, ?> parameter : parameters.entrySet()) {
      message = message.replace("{" + parameter.getKey() + "}", String.valueOf(parameter.getValue()));
    }
    ImmutableIssue.Builder issue = Issue.builder()
        .severity(severity)
        .code(code)
        .location(pointer)
        .line(line)
        .message(message.replace("''", "'"));
    if (column != null && !column.isEmpty()) {
      issue.column(column);
    }
    if (value != null) {
      issue.value(value.length() > MAX_VALUE_LENGTH
          ? value.substring(0, MAX_VALUE_LENGTH) + "…" : value);
    }
    return issue.build();
  }
}
