package org.dicu.core.validation;

import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions for validation reports:
 * {@code assertThatReport(report).hasOnlyIssue(Severity.ERROR, "case.closed-without-reason",
 * "/reasonForCaseClosure")}.
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, ValidationReport> {

  private ReportAssert(ValidationReport actual) {
    super(actual, ReportAssert.class);
  }

  /** Starts assertions on a report. */
  public static ReportAssert assertThatReport(ValidationReport report) {
    return new ReportAssert(report);
  }

  /** Asserts that no issue is FATAL or ERROR. */
  public ReportAssert isValid() {
    isNotNull();
    if (!actual.isValid()) {
      failWithMessage("Expected no error but found:%n%s", describe(actual.getIssues()));
    }
    return this;
  }

  /** Asserts that there is no issue at all. */
  public ReportAssert hasNoIssues() {
    isNotNull();
    if (!actual.getIssues().isEmpty()) {
      failWithMessage("Expected no issue but found:%n%s", describe(actual.getIssues()));
    }
    return this;
  }

  /** Asserts that an issue with this severity, code and location is among the issues. */
  public ReportAssert hasIssue(Severity severity, String code, String location) {
    isNotNull();
    boolean found = actual.getIssues().stream().anyMatch(issue -> matches(issue, severity, code, location));
    if (!found) {
      failWithMessage("Expected an issue %s %s at %s but found:%n%s", severity, code, location,
          describe(actual.getIssues()));
    }
    return this;
  }

  /** Asserts that the report holds exactly one issue, with this severity, code and location. */
  public ReportAssert hasOnlyIssue(Severity severity, String code, String location) {
    hasIssue(severity, code, location);
    if (actual.getIssues().size() != 1) {
      failWithMessage("Expected only %s at %s but found:%n%s", code, location,
          describe(actual.getIssues()));
    }
    return this;
  }

  /** Asserts that no issue has this code. */
  public ReportAssert hasNoIssueWithCode(String code) {
    isNotNull();
    List<Issue> found = actual.getIssues().stream()
        .filter(issue -> issue.getCode().equals(code))
        .collect(Collectors.toList());
    if (!found.isEmpty()) {
      failWithMessage("Expected no issue %s but found:%n%s", code, describe(found));
    }
    return this;
  }

  private static boolean matches(Issue issue, Severity severity, String code, String location) {
    return issue.getSeverity() == severity && issue.getCode().equals(code)
        && issue.getLocation().equals(location);
  }

  private static String describe(List<Issue> issues) {
    return issues.stream()
        .map(i -> "  " + i.getSeverity() + " " + i.getCode() + " at " + i.getLocation() + ": "
            + i.getMessage())
        .collect(Collectors.joining(System.lineSeparator()));
  }
}
