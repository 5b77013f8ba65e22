package org.dicu.core.agency;

/**
 * An exception thrown when an agency directory file cannot be read: a row with the wrong number
 * of columns, an unknown code, a malformed date or id, a duplicate id, or a parent or successor
 * that is not in the file.
 *
 * <p>The message names the line and column, such as
 * {@code line 12, column 8 (validFrom): '2025-02-30' is not a date of the form yyyy-MM-dd}; it
 * quotes at most the offending cell, shortened, never the whole line.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgencyDirectoryFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int lineNumber;
  private final int column;

  /**
   * Creates an exception for a problem at a line and column of a directory file.
   *
   * @param problem  what is wrong, without the location, not null
   * @param lineNumber  the line number, counting from 1 and including comment lines
   * @param column  the column number, counting from 1
   * @param columnName  the name of the column in the header, not null
   */
  AgencyDirectoryFormatException(String problem, int lineNumber, int column, String columnName) {
    super("line " + lineNumber + ", column " + column + " (" + columnName + "): " + problem);
    this.lineNumber = lineNumber;
    this.column = column;
  }

  /**
   * Returns the number of the offending line, counting from 1 and including comment lines.
   *
   * @return the line number, at least 1
   */
  public int getLineNumber() {
    return lineNumber;
  }

  /**
   * Returns the number of the offending column, counting from 1: 1 is {@code id}, 12 is
   * {@code iatiIdentifier}; for a row with too many columns, 13.
   *
   * @return the column number, at least 1
   */
  public int getColumn() {
    return column;
  }
}
