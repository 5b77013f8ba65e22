package org.dicu.serialization.ctdc;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import org.dicu.serialization.internal.SpreadsheetCells;

/**
 * Writes CSV as RFC 4180 has it, except that lines end with {@code "\n"}: fields that hold a
 * comma, a double quote or a line break are quoted, with double quotes doubled. A field that a
 * spreadsheet would run as a formula (see {@link SpreadsheetCells}) is written with an apostrophe
 * in front; no CTDC value begins so, but the table is opened in spreadsheets.
 *
 * <p>The writer is buffered here and flushed by {@link #flush()}, never closed: it belongs to the
 * caller.
 */
final class CsvOutput {

  private final Writer out;

  CsvOutput(Writer out) {
    this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16);
  }

  /**
   * Writes one record.
   *
   * @param fields  the fields, empty strings for empty cells
   * @throws IOException if the writer fails
   */
  void writeRecord(String[] fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      writeField(fields[i]);
    }
    out.write('\n');
  }

  private void writeField(String value) throws IOException {
    String field = SpreadsheetCells.protect(value);
    boolean quote = false;
    for (int i = 0; i < field.length() && !quote; i++) {
      char c = field.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      out.write(field);
      return;
    }
    out.write('"');
    out.write(field.replace("\"", "\"\""));
    out.write('"');
  }

  /**
   * Flushes what was written to the caller's writer.
   *
   * @throws IOException if the writer fails
   */
  void flush() throws IOException {
    out.flush();
  }
}
