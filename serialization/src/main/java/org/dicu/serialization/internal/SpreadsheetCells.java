package org.dicu.serialization.internal;

/**
 * Protects CSV cells that a spreadsheet would run as a formula ("CSV injection"): Excel and
 * LibreOffice take a cell that begins with {@code =}, {@code +}, {@code -} or {@code @} for a
 * formula, and a tab or carriage return at its start can hide such a cell's first character.
 *
 * <p>{@link #protect(String)} puts an apostrophe in front of such a cell, which a spreadsheet shows
 * as text; {@link #unprotect(String)} takes that one apostrophe off again. The apostrophe is also
 * added to a value that already begins with apostrophes followed by one of these characters, so
 * that {@code unprotect(protect(value))} is always {@code value}.
 */
public final class SpreadsheetCells {

  private static final char APOSTROPHE = '\'';

  private SpreadsheetCells() {}

  /**
   * Checks whether a character starts a formula when it begins a cell.
   *
   * @param c  the character
   * @return true for {@code = + - @}, tab and carriage return
   */
  public static boolean isFormulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * Returns the value with an apostrophe in front when it begins, after any apostrophes, with a
   * character that starts a formula; otherwise the value itself.
   *
   * @param value  the text of the cell, not null
   * @return the text to write, not null
   */
  public static String protect(String value) {
    return needsApostrophe(value, 0) ? APOSTROPHE + value : value;
  }

  /**
   * Returns the cell without the apostrophe {@link #protect(String)} added: the first apostrophe
   * is taken off when the cell begins with apostrophes followed by a character that starts a
   * formula; any other cell is returned as it is.
   *
   * @param cell  the text of the cell as read, not null
   * @return the value, not null
   */
  public static String unprotect(String cell) {
    return !cell.isEmpty() && cell.charAt(0) == APOSTROPHE && needsApostrophe(cell, 1)
        ? cell.substring(1) : cell;
  }

  /** Checks whether the text from an index is apostrophes, if any, then a formula character. */
  private static boolean needsApostrophe(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == APOSTROPHE) {
      i++;
    }
    return i < text.length() && isFormulaStart(text.charAt(i));
  }
}
