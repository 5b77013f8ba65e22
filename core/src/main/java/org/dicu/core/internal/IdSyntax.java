package org.dicu.core.internal;

import org.dicu.core.record.ExchangeRecord;

/**
 * The syntax of record and agency ids, {@link ExchangeRecord#ID_PATTERN}, checked without a
 * regular expression on the paths every record takes.
 */
public final class IdSyntax {

  /** The longest id allowed. */
  private static final int MAX_LENGTH = 64;

  private IdSyntax() {}

  /**
   * Checks whether a text is a well-formed id: 1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':'
   * and '-', as {@link ExchangeRecord#ID_PATTERN} says.
   *
   * @param text  the text, not null
   * @return true if it matches the id pattern
   */
  public static boolean isWellFormed(CharSequence text) {
    int length = text.length();
    if (length == 0 || length > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '.' || c == '_' || c == ':' || c == '-';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }
}
