package org.dicu.serialization.htcds;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.dicu.core.validation.Issue;

/**
 * The columns of a file, found in its header: a row of HTCDS field names, optionally followed by
 * the templates' row of labels (or a row of labels alone).
 *
 * <p>When the label row is there, a column whose label names another field than its field name is
 * read as its label says, since people type under the visible labels (in the templates the labels
 * above the mailing-address columns do not line up with the hidden field names); the unnamed
 * column of the templates is read by its label "Reason for Outgoing Referral". Without a label row,
 * that unnamed column is recognised by its place, between {@code cas_ReferredPrimaryCaseWorker} and
 * {@code cas_OutgoingReferralDate}.
 */
final class Header {

  private final HtcdsColumn[] columns;
  private final boolean[] unnamed;
  private final boolean labelRow;
  private final List<Issue> issues;

  private Header(HtcdsColumn[] columns, boolean[] unnamed, boolean labelRow, List<Issue> issues) {
    this.columns = columns;
    this.unnamed = unnamed;
    this.labelRow = labelRow;
    this.issues = issues;
  }

  /**
   * Reads the header.
   *
   * @param first  the first row
   * @param second  the second row, which may be the label row, or null
   * @param line  the row number of the first row
   * @param messages  the messages
   * @return the header
   */
  static Header of(String[] first, String[] second, long line, CsvIssues messages) {
    boolean namesRow = count(first, false) > 0 || count(first, true) < 2;
    String[] names = namesRow ? first : new String[0];
    String[] labels = namesRow ? (isLabelRow(second) ? second : null) : first;
    long labelLine = namesRow ? line + 1 : line;
    int width = Math.max(names.length, labels == null ? 0 : labels.length);

    HtcdsColumn[] columns = new HtcdsColumn[width];
    boolean[] unnamed = new boolean[width];
    List<Issue> issues = new ArrayList<>();
    Map<HtcdsColumn, Integer> used = new EnumMap<>(HtcdsColumn.class);
    StringJoiner realigned = new StringJoiner(", ");
    for (int i = 0; i < width; i++) {
      String name = cell(names, i);
      String label = cell(labels, i);
      Optional<HtcdsColumn> byName = HtcdsColumn.ofFieldName(name);
      Optional<HtcdsColumn> byLabel = HtcdsColumn.ofLabel(label);
      HtcdsColumn chosen = null;
      if (byLabel.isPresent()) {
        chosen = byLabel.get();
        if (!name.isEmpty() && !byName.equals(byLabel)) {
          realigned.add(Text.columnLetter(i) + " \u2192 " + chosen.getFieldName());
        }
      } else if (byName.isPresent()) {
        chosen = byName.get();
      } else if (!name.isEmpty() || !label.isEmpty()) {
        boolean fromName = !name.isEmpty();
        issues.add(messages.issue(CsvProblem.UNKNOWN_COLUMN, CsvProblem.UNKNOWN_COLUMN.getSeverity(),
            fromName ? line : labelLine, fromName ? name : label, "", null,
            Map.of("letter", Text.columnLetter(i))));
      } else if (labels == null && isToolkitOutgoingReason(names, i)) {
        chosen = HtcdsColumn.CAS_REASON_FOR_OUTGOING_REFERRAL;
      } else {
        unnamed[i] = i > 0;
      }
      if (chosen != null && used.containsKey(chosen)) {
        issues.add(messages.issue(CsvProblem.DUPLICATE_COLUMN,
            CsvProblem.DUPLICATE_COLUMN.getSeverity(), line, chosen.getFieldName(), "", null,
            Map.of("first", Text.columnLetter(used.get(chosen)), "letter", Text.columnLetter(i))));
        chosen = null;
      }
      if (chosen != null) {
        used.put(chosen, i);
      }
      columns[i] = chosen;
    }
    if (realigned.length() > 0) {
      issues.add(messages.issue(CsvProblem.LABEL_ROW_REALIGNED,
          CsvProblem.LABEL_ROW_REALIGNED.getSeverity(), labelLine, null, "", null,
          Map.of("letters", realigned.toString())));
    }
    return new Header(columns, unnamed, namesRow && labels != null, List.copyOf(issues));
  }

  /** Checks whether a row is a row of field labels: at least two, and most of its cells. */
  static boolean isLabelRow(String[] row) {
    int labels = count(row, true);
    return labels >= 2 && labels * 2 > nonEmpty(row);
  }

  private static boolean isToolkitOutgoingReason(String[] names, int i) {
    return i + 1 < names.length
        && HtcdsColumn.ofFieldName(cell(names, i - 1))
            .equals(Optional.of(HtcdsColumn.CAS_REFERRED_PRIMARY_CASE_WORKER))
        && HtcdsColumn.ofFieldName(cell(names, i + 1))
            .equals(Optional.of(HtcdsColumn.CAS_OUTGOING_REFERRAL_DATE))
        && !contains(names, HtcdsColumn.CAS_REASON_FOR_OUTGOING_REFERRAL);
  }

  private static boolean contains(String[] names, HtcdsColumn column) {
    for (String name : names) {
      if (HtcdsColumn.ofFieldName(name).equals(Optional.of(column))) {
        return true;
      }
    }
    return false;
  }

  private static int count(String[] row, boolean labels) {
    int count = 0;
    if (row != null) {
      for (String cell : row) {
        if ((labels ? HtcdsColumn.ofLabel(cell) : HtcdsColumn.ofFieldName(cell)).isPresent()) {
          count++;
        }
      }
    }
    return count;
  }

  private static int nonEmpty(String[] row) {
    int count = 0;
    if (row != null) {
      for (String cell : row) {
        if (!Text.clean(cell).isEmpty()) {
          count++;
        }
      }
    }
    return count;
  }

  private static String cell(String[] row, int i) {
    return row == null || i < 0 || i >= row.length ? "" : Text.clean(row[i]);
  }

  /** Returns the column at an index, or null when the values there are not read. */
  HtcdsColumn columnAt(int index) {
    return index < columns.length ? columns[index] : null;
  }

  /** Returns whether a value at an index stands under no name, and deserves a warning. */
  boolean isUnnamed(int index) {
    return index >= columns.length || unnamed[index];
  }

  /** Returns whether a column holds a field. */
  boolean contains(HtcdsColumn column) {
    for (HtcdsColumn present : columns) {
      if (present == column) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether the second row was the label row, and so is part of the header. */
  boolean hasLabelRow() {
    return labelRow;
  }

  /** Returns the issues of the header: unknown, repeated and realigned columns. */
  List<Issue> getIssues() {
    return issues;
  }
}
