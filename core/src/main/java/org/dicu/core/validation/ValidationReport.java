package org.dicu.core.validation;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The outcome of validating one record: every issue found, in a stable order.
 *
 * <p>A record is valid when no issue is {@link Severity#FATAL} or {@link Severity#ERROR}.
 */
@Value.Immutable(singleton = true)
public interface ValidationReport {

  /**
   * Returns every issue found.
   *
   * @return the issues, may be empty
   */
  List<Issue> getIssues();

  /**
   * Checks whether the record may be exchanged: no fatal issue and no error.
   *
   * @return true if no issue is blocking
   */
  @Value.Derived
  @Value.Auxiliary
  default boolean isValid() {
    return getIssues().stream().noneMatch(issue -> issue.getSeverity().isBlocking());
  }

  /**
   * Returns the issues of one severity.
   *
   * @param severity  the severity, not null
   * @return the matching issues, may be empty
   */
  default List<Issue> issuesOf(Severity severity) {
    return getIssues().stream()
        .filter(issue -> issue.getSeverity() == severity)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Obtains a report without issues.
   *
   * @return the empty report, not null
   */
  static ValidationReport empty() {
    return ImmutableValidationReport.of();
  }

  /**
   * Obtains a report of the given issues.
   *
   * @param issues  the issues, not null
   * @return the report, not null
   */
  static ValidationReport of(Iterable<? extends Issue> issues) {
    // most records have no issue: one shared report for them all
    if (issues instanceof Collection && ((Collection<?>) issues).isEmpty()) {
      return empty();
    }
    return new ImmutableValidationReport.Builder().addAllIssues(issues).build();
  }
}
