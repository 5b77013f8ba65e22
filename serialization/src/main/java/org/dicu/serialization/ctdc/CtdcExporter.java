package org.dicu.serialization.ctdc;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.dicu.core.casework.ConsentScope;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.record.ExchangeRecord;
import org.dicu.core.validation.DicuValidator;
import org.dicu.serialization.stream.ReadResult;
import org.dicu.serialization.stream.RecordFormat;
import org.dicu.serialization.stream.RecordReader;

/**
 * Exports trafficking cases as a CTDC Global Synthetic Dataset file (2024 codebook): one CSV row
 * per case in the 27 columns of {@link CtdcVariable}, de-identified and k-anonymous.
 *
 * <pre>{@code
 * CtdcExporter exporter = CtdcExporter.builder()
 *     .k(11)
 *     .validator(DicuValidator.create())
 *     .build();
 * CtdcExportSummary summary = exporter.export(Path.of("cases.ndjson"), Path.of("ctdc.csv"));
 * System.out.println(summary);
 * }</pre>
 *
 * <p>What is left out: cases whose consent does not cover
 * {@link ConsentScope#DEIDENTIFIED_DATA_SHARING} (checked first), then cases with an ERROR or
 * FATAL issue from the validator or from reading; each is counted in the
 * {@link CtdcExportSummary}. How each variable is derived from a case is documented on its
 * {@link CtdcVariable} constant: only coded, banded and yearly values leave a case, so names,
 * contacts, identifiers, exact dates and narratives never reach the output.
 *
 * <p>k-anonymity: the export reads its input once. It counts each combination of the five
 * quasi-identifiers (year of registration, gender, age band, citizenship, country of
 * exploitation; a blank counts as a value) and keeps the rows meanwhile in a temporary file
 * (about 27 bytes a row, readable only by its owner on POSIX systems, deleted at the end; see
 * {@link Builder#temporaryDirectory(Path)}), so that memory is bounded by the number of distinct
 * combinations. Rows whose combination occurs fewer than k times are generalised by blanking
 * values one at a time, in the order year of registration, age band, country of exploitation,
 * citizenship, gender, until the generalised combination (with the rows already published as it)
 * reaches k; rows that stay rarer than k with all five values blank are dropped. The rows are then
 * read back and written. No written combination of the five values then occurs fewer than k
 * times.
 *
 * <p>The output is CSV (RFC 4180 quoting, {@code "\n"} line ends) with a header row of the
 * variable names; binary variables are {@code 1} or empty, never 0. A cell that would begin with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, which spreadsheets run
 * as a formula, would be written with an apostrophe in front, as {@code HtcdsCsvWriter} does; the
 * variables' values (codes, bands, years, alpha-3 countries) never begin so. This class is
 * immutable and thread-safe.
 */
public final class CtdcExporter {

  /** The default k, as CTDC used for its k-anonymised releases. */
  public static final int DEFAULT_K = 11;

  private static final String[] HEADER = header();

  private final int k;
  private final DicuValidator validator;
  private final Path temporaryDirectory;

  private CtdcExporter(Builder builder) {
    this.k = builder.k;
    this.validator = builder.validator != null ? builder.validator : DicuValidator.create();
    this.temporaryDirectory = builder.temporaryDirectory;
  }

  private static String[] header() {
    CtdcVariable[] variables = CtdcVariable.values();
    String[] names = new String[variables.length];
    for (int i = 0; i < variables.length; i++) {
      names[i] = variables[i].getCode();
    }
    return names;
  }

  /**
   * Obtains a builder of exporters.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the k of k-anonymity.
   *
   * @return k, 1 or more
   */
  public int getK() {
    return k;
  }

  /**
   * Exports cases to a writer.
   *
   * <p>The supplier is called once; an iterator that is also {@link AutoCloseable} is closed
   * once it is read. The writer is flushed, not closed.
   *
   * @param input  the source of an iterator of the cases, not null
   * @param out  the writer of the CSV, not null
   * @return the summary, not null
   * @throws IOException if the writer or the temporary file fails
   */
  public CtdcExportSummary export(Supplier<? extends Iterator<TraffickingCase>> input, Writer out)
      throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(out, "out");
    return run(() -> new CaseCursor(Objects.requireNonNull(input.get(), "input.get()")), out);
  }

  /**
   * Exports the cases of an NDJSON file or a JSON array file to a writer.
   *
   * <p>The file is read once with a {@link RecordReader}; it is taken as a JSON array when its
   * first character other than white space (or a byte order mark) is {@code [}, as NDJSON
   * otherwise. Records that cannot be read are left out for errors; records of other types are
   * skipped and counted. The writer is flushed, not closed.
   *
   * @param input  the file of records, not null
   * @param out  the writer of the CSV, not null
   * @return the summary, not null
   * @throws IOException if the file cannot be read, or the writer or the temporary file fails
   */
  public CtdcExportSummary export(Path input, Writer out) throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(out, "out");
    RecordFormat format = sniffFormat(input);
    try {
      return run(() -> new RecordCursor(input, format), out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Exports the cases of an NDJSON file or a JSON array file to a CSV file in UTF-8, as
   * {@link #export(Path, Writer)} does; the output file is replaced, and deleted if the export
   * fails.
   *
   * @param input  the file of records, not null
   * @param output  the CSV file to write, not null
   * @return the summary, not null
   * @throws IOException if a file cannot be read or written
   */
  public CtdcExportSummary export(Path input, Path output) throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      return export(input, out);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(output);
      throw e;
    }
  }

  private CtdcExportSummary run(CursorOpener input, Writer out) throws IOException {
    Tally tally = new Tally();
    Map<QuasiIdentifiers, Long> counts = new HashMap<>();
    try (RowSpill spill = RowSpill.create(temporaryDirectory, HEADER.length)) {
      try (Cursor cursor = input.open()) {
        for (Entry entry = cursor.next(); entry != null; entry = cursor.next()) {
          String[] row = rowOf(entry, tally);
          if (row != null) {
            counts.merge(QuasiIdentifiers.of(row), 1L, Long::sum);
            spill.add(row);
          }
        }
      }
      AnonymityPlan plan = AnonymityPlan.of(counts, k);
      counts.clear();

      CsvOutput csv = new CsvOutput(out);
      csv.writeRecord(HEADER);
      long rowsWritten = 0;
      long rowsDropped = 0;
      try (RowSpill.Rows rows = spill.read()) {
        for (String[] row = rows.next(); row != null; row = rows.next()) {
          Optional<QuasiIdentifiers> published = plan.publish(QuasiIdentifiers.of(row));
          if (published.isEmpty()) {
            rowsDropped++;
            continue;
          }
          published.get().copyInto(row);
          csv.writeRecord(row);
          rowsWritten++;
        }
      }
      csv.flush();
      return new CtdcExportSummary(k, tally.records, rowsWritten, tally.errors, tally.noConsent,
          tally.otherTypes, plan.getRowsGeneralised(), plan.getValuesBlanked(), rowsDropped);
    }
  }

  /** Returns the row of a case that may be published, or null after counting why not. */
  private String[] rowOf(Entry entry, Tally tally) {
    tally.records++;
    if (entry.otherType) {
      tally.otherTypes++;
      return null;
    }
    if (entry.trafficking == null) {
      tally.errors++;
      return null;
    }
    boolean consented = entry.trafficking.getConsent()
        .map(consent -> consent.covers(ConsentScope.DEIDENTIFIED_DATA_SHARING))
        .orElse(false);
    if (!consented) {
      tally.noConsent++;
      return null;
    }
    if (entry.readingErrors || !validator.validate(entry.trafficking).isValid()) {
      tally.errors++;
      return null;
    }
    return CtdcRows.toRow(entry.trafficking);
  }

  /** Takes a file for a JSON array when its first significant character is {@code [}. */
  private static RecordFormat sniffFormat(Path input) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(input))) {
      for (int b = in.read(); b >= 0; b = in.read()) {
        if (b == '[') {
          return RecordFormat.JSON_ARRAY;
        }
        boolean skippable = b == ' ' || b == '\t' || b == '\r' || b == '\n'
            || b == 0xEF || b == 0xBB || b == 0xBF;
        if (!skippable) {
          return RecordFormat.NDJSON;
        }
      }
      return RecordFormat.NDJSON;
    }
  }

  /** The counts of the cases read, by what became of them. */
  private static final class Tally {
    long records;
    long errors;
    long noConsent;
    long otherTypes;
  }

  /** One record of the input. */
  private static final class Entry {
    final TraffickingCase trafficking;
    final boolean readingErrors;
    final boolean otherType;

    Entry(TraffickingCase trafficking, boolean readingErrors, boolean otherType) {
      this.trafficking = trafficking;
      this.readingErrors = readingErrors;
      this.otherType = otherType;
    }
  }

  /** Opens the input. */
  @FunctionalInterface
  private interface CursorOpener {
    Cursor open() throws IOException;
  }

  /** The records of the input, one at a time. */
  private interface Cursor extends Closeable {
    /** Returns the next record, or null at the end. */
    Entry next() throws IOException;
  }

  /** The cases of the caller's iterator. */
  private static final class CaseCursor implements Cursor {
    private final Iterator<TraffickingCase> cases;

    CaseCursor(Iterator<TraffickingCase> cases) {
      this.cases = cases;
    }

    @Override
    public Entry next() {
      return cases.hasNext()
          ? new Entry(Objects.requireNonNull(cases.next(), "case"), false, false) : null;
    }

    @Override
    public void close() throws IOException {
      if (cases instanceof AutoCloseable) {
        try {
          ((AutoCloseable) cases).close();
        } catch (IOException | RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IOException(e);
        }
      }
    }
  }

  /** The records of a file read by a record reader. */
  private static final class RecordCursor implements Cursor {
    private static final String EMPTY_INPUT = "json.empty-input";

    private final RecordReader reader;
    private final Iterator<ReadResult> results;

    RecordCursor(Path input, RecordFormat format) throws IOException {
      this.reader = RecordReader.builder().format(format).withoutValidation()
          .open(Files.newInputStream(input));
      this.results = reader.iterator();
    }

    @Override
    public Entry next() {
      while (results.hasNext()) {
        ReadResult result = results.next();
        Optional<ExchangeRecord> record = result.getRecord();
        if (record.isEmpty()) {
          boolean emptyInput = result.getReport().getIssues().stream()
              .allMatch(issue -> issue.getCode().equals(EMPTY_INPUT));
          if (emptyInput) {
            continue;
          }
          return new Entry(null, true, false);
        }
        if (!(record.get() instanceof TraffickingCase)) {
          return new Entry(null, false, true);
        }
        return new Entry((TraffickingCase) record.get(), !result.getReport().isValid(), false);
      }
      return null;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }

  /** A builder of exporters. */
  public static final class Builder {
    private int k = DEFAULT_K;
    private DicuValidator validator;
    private Path temporaryDirectory;

    private Builder() {}

    /**
     * Sets k: the least number of written rows that share any published combination of
     * quasi-identifiers; {@value CtdcExporter#DEFAULT_K} by default, 1 for no k-anonymity.
     *
     * @param k  k, 1 or more
     * @return this builder
     * @throws IllegalArgumentException if k is less than 1
     */
    public Builder k(int k) {
      if (k < 1) {
        throw new IllegalArgumentException("k must be 1 or more: " + k);
      }
      this.k = k;
      return this;
    }

    /**
     * Sets the validator that decides which cases have errors; by default
     * {@link DicuValidator#create()}, built when the exporter is.
     *
     * @param validator  the validator, not null
     * @return this builder
     */
    public Builder validator(DicuValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * Sets the directory of the temporary file that keeps the rows between counting and
     * writing; by default the system's ({@code java.io.tmpdir}).
     *
     * @param directory  an existing directory, not null
     * @return this builder
     */
    public Builder temporaryDirectory(Path directory) {
      this.temporaryDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Builds the exporter.
     *
     * @return the exporter, not null
     */
    public CtdcExporter build() {
      return new CtdcExporter(this);
    }
  }
}
