package org.dicu.serialization.htcds;

import java.text.Normalizer;
import java.util.Locale;

/** Cleans the text of cells and folds names for lenient comparison. */
final class Text {

  private Text() {}

  /**
   * Returns the text with no-break spaces as spaces, without surrounding space, in NFC.
   *
   * @param text  the raw text, not null
   * @return the clean text, may be empty
   */
  static String clean(String text) {
    StringBuilder spaced = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF') {
        if (spaced == null) {
          spaced = new StringBuilder(text);
        }
        spaced.setCharAt(i, ' ');
      }
    }
    String stripped = (spaced == null ? text : spaced.toString()).strip();
    return Normalizer.isNormalized(stripped, Normalizer.Form.NFC)
        ? stripped : Normalizer.normalize(stripped, Normalizer.Form.NFC);
  }

  /**
   * Folds a name for comparison: no diacritics, {@code đ} as {@code d}, lower case, anything but
   * letters and digits as one space. "Cục Phòng, chống tệ nạn xã hội" folds to
   * "cuc phong chong te nan xa hoi".
   *
   * @param text  the name, not null
   * @return the folded name, may be empty
   */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == 'đ' || c == 'Đ') {
        c = 'd';
      }
      if (!Character.isLetterOrDigit(c)) {
        space = folded.length() > 0;
        continue;
      }
      if (space) {
        folded.append(' ');
        space = false;
      }
      folded.append(c);
    }
    return folded.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the text in lower case with runs of white space as one space, for matching labels
   * and field names whatever their case and spacing.
   *
   * @param text  the text, not null
   * @return the key, may be empty
   */
  static String key(String text) {
    return clean(text).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the spreadsheet letter of a column: A for 0, Z for 25, AA for 26.
   *
   * @param index  the index of the column, from 0
   * @return the letters, not empty
   */
  static String columnLetter(int index) {
    StringBuilder letters = new StringBuilder();
    int n = index + 1;
    while (n > 0) {
      int remainder = (n - 1) % 26;
      letters.insert(0, (char) ('A' + remainder));
      n = (n - 1) / 26;
    }
    return letters.toString();
  }
}
