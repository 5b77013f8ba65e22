package org.dicu.cli;

import java.util.Map;
import java.util.TreeMap;
import org.dicu.core.validation.Issue;
import org.dicu.core.validation.Severity;
import org.dicu.serialization.stream.ReadResult;

/** Counts of a validation run: records, valid ones, those with errors or warnings, issues per rule. */
final class Summary {

  long records;
  long valid;
  long withErrors;
  long withWarnings;
  final Map<String, Long> issuesByRule = new TreeMap<>();

  void add(ReadResult result) {
    records++;
    // a row of a table without records (a CTDC table) is valid when it has no error
    if (result.getReport().isValid()) {
      valid++;
    } else {
      withErrors++;
    }
    boolean warned = false;
    for (Issue issue : result.getReport().getIssues()) {
      issuesByRule.merge(issue.getCode(), 1L, Long::sum);
      warned |= issue.getSeverity() == Severity.WARNING;
    }
    if (warned) {
      withWarnings++;
    }
  }

  boolean hasErrors() {
    return withErrors > 0;
  }
}
