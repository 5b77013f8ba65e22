package org.dicu.serialization.htcds;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.serialization.internal.SpreadsheetCells;

/**
 * Writes trafficking cases as an HTCDS spreadsheet in CSV, one case per row, under one header row
 * of field names.
 *
 * <pre>{@code
 * try (HtcdsCsvWriter writer = HtcdsCsvWriter.builder().byteOrderMark(true).open(out)) {
 *   cases.forEach(writer::write);
 * }
 * }</pre>
 *
 * <p>Cells hold value names (not labels), multi-select values joined by {@code "; "}, ISO dates,
 * ISO 3166-1 alpha-2 countries and ISO 639 languages; {@code vic_TraffickingStatusDecisionMakingOrg}
 * is spelt correctly and the reason for the outgoing referral has its name. The first incoming and
 * the first outgoing referral fill the {@code cas_} referral columns, the organisation as its
 * agency id or else its name; types of exploitation are written as HTCDS codes (the extension
 * {@code ForcedCriminality} as {@code Other}); the extension columns {@code cas_Id},
 * {@code cas_RegistrationDate} (when it is not the incoming referral date) and
 * {@code hte_Country} (the country of the first exploitation event) close the row.
 * {@link HtcdsCsvReader} reads such a file back to the same values.
 *
 * <p>Spreadsheets run a cell that begins with {@code =}, {@code +}, {@code -} or {@code @} as a
 * formula, and a tab or carriage return at its start can hide one ("CSV injection"), so a cell
 * that begins with one of these characters (after any apostrophes) is written with an apostrophe
 * in front, which a spreadsheet takes as text: {@code =HYPERLINK(...)} is written
 * {@code '=HYPERLINK(...)}. Phone numbers in E.164 form are protected in the same way
 * ({@code '+84912345678}), which also keeps a spreadsheet from reading them as numbers and
 * dropping the plus. Only the whole-number columns ({@code prs_NumberOfChildren},
 * {@code vic_AgeWhenTrafficked}) are written bare, since {@code -3} is a number to a spreadsheet;
 * codes, ISO dates, countries and languages never begin with these characters. The reader takes
 * the apostrophe off again. {@link Builder#formulaProtection(boolean)} turns this off.
 *
 * <p>The output is UTF-8 with CRLF line ends, as RFC 4180 describes CSV. I/O errors are thrown as
 * {@link UncheckedIOException}. A writer is used by one thread.
 */
public final class HtcdsCsvWriter implements Closeable {

  private final Writer out;
  private final SequenceWriter rows;
  private final List<HtcdsColumn> columns;
  private final boolean formulaProtection;
  private long written;
  private boolean closed;

  private HtcdsCsvWriter(Builder builder, OutputStream stream) {
    this.columns = builder.columns;
    this.formulaProtection = builder.formulaProtection;
    this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    ObjectWriter writer = new CsvMapper().writerFor(String[].class)
        .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
        .with(CsvSchema.emptySchema()
            .withColumnSeparator(builder.separator)
            .withLineSeparator("\r\n"));
    try {
      if (builder.byteOrderMark) {
        out.write('\uFEFF');
      }
      this.rows = writer.writeValues(out);
      rows.write(columns.stream().map(HtcdsColumn::getFieldName).toArray(String[]::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Obtains a builder of writers.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes a case as one row.
   *
   * @param trafficking  the case, not null
   * @throws IllegalStateException if the writer is closed
   */
  public void write(TraffickingCase trafficking) {
    Objects.requireNonNull(trafficking, "trafficking");
    if (closed) {
      throw new IllegalStateException("the HTCDS CSV writer is closed");
    }
    String[] row = new String[columns.size()];
    for (int i = 0; i < row.length; i++) {
      HtcdsColumn column = columns.get(i);
      String value = column.write(trafficking);
      row[i] = formulaProtection && !column.holdsNumber() ? SpreadsheetCells.protect(value) : value;
    }
    try {
      rows.write(row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    written++;
  }

  /**
   * Returns how many cases were written.
   *
   * @return the count
   */
  public long getWritten() {
    return written;
  }

  /**
   * Flushes and closes the output.
   *
   * @throws IOException if the output cannot be closed
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      rows.flush();
      rows.close();
    } finally {
      out.close();
    }
  }

  /** A builder of HTCDS CSV writers. */
  public static final class Builder {
    private char separator = ',';
    private boolean byteOrderMark;
    private boolean formulaProtection = true;
    private List<HtcdsColumn> columns = List.of(HtcdsColumn.values());

    private Builder() {}

    /**
     * Sets the separator: a comma by default, a semicolon where spreadsheets expect it.
     *
     * @param separator  {@code ','} or {@code ';'}
     * @return this builder
     * @throws IllegalArgumentException for another character
     */
    public Builder separator(char separator) {
      if (separator != ',' && separator != ';') {
        throw new IllegalArgumentException("the separator must be ',' or ';': " + separator);
      }
      this.separator = separator;
      return this;
    }

    /**
     * Starts the output with a UTF-8 byte order mark, by which Excel recognises UTF-8 (and shows
     * Vietnamese text correctly); off by default.
     *
     * @param byteOrderMark  true to write the mark
     * @return this builder
     */
    public Builder byteOrderMark(boolean byteOrderMark) {
      this.byteOrderMark = byteOrderMark;
      return this;
    }

    /**
     * Writes a cell that a spreadsheet would run as a formula, one beginning with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return (after any apostrophes), with an
     * apostrophe in front; on by default. Whole-number cells are never changed. Turn it off only
     * for a program that reads the file as data and never as a spreadsheet; without it, a text
     * that itself begins with an apostrophe followed by one of these characters is read back
     * without its first apostrophe.
     *
     * @param formulaProtection  false to write every cell as it is
     * @return this builder
     */
    public Builder formulaProtection(boolean formulaProtection) {
      this.formulaProtection = formulaProtection;
      return this;
    }

    /**
     * Sets the columns and their order; every column of {@link HtcdsColumn}, in its order, by
     * default.
     *
     * @param columns  the columns, not empty, without repeats
     * @return this builder
     * @throws IllegalArgumentException if the list is empty or repeats a column
     */
    public Builder columns(List<HtcdsColumn> columns) {
      List<HtcdsColumn> copy = List.copyOf(columns);
      if (copy.isEmpty() || copy.stream().distinct().count() != copy.size()) {
        throw new IllegalArgumentException("the columns must be given once each, at least one: "
            + Arrays.toString(copy.toArray()));
      }
      this.columns = copy;
      return this;
    }

    /**
     * Opens a writer over an output and writes the header row; closing the writer closes the
     * output.
     *
     * @param out  the output, not null
     * @return the writer, not null
     */
    public HtcdsCsvWriter open(OutputStream out) {
      return new HtcdsCsvWriter(this, Objects.requireNonNull(out, "out"));
    }
  }
}
