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
 * <p>k-anonymity: the export reads its input twice. The first pass counts each combination of
 * the five quasi-identifiers (year of registration, gender, age band, citizenship, country of
 * exploitation; a blank counts as a value) and keeps, for each case it validates, its hash and
 * whether it was valid, so that the second pass validates again only a case that is not the same;
 * memory is bounded by the number of distinct combinations and grows by four bytes a case. Rows whose combination occurs fewer than k times are generalised by blanking
 * values one at a time, in the order year of registration, age band, country of exploitation,
 * citizenship, gender, until the generalised combination (with the rows already published as it)
 * reaches k; rows that stay rarer than k with all five values blank are dropped. The second pass
 * writes the rows. No written combination of the five values then occurs fewer than k times.
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

  private CtdcExporter(Builder builder) {
    this.k = builder.k;
    this.validator = builder.validator != null ? builder.validator : DicuValidator.create();
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
   * Exports cases to a writer, in two passes over the input.
   *
   * <p>The supplier is called once per pass and must yield the same cases in the same order both
   * times, such as by reading a file anew. An iterator that is also {@link AutoCloseable} is
   * closed at the end of its pass. The writer is flushed, not closed.
   *
   * @param input  the source of a fresh iterator of the cases, not null
   * @param out  the writer of the CSV, not null
   * @return the summary, not null
   * @throws IOException if the writer fails
   * @throws IllegalStateException if the two passes did not yield the same cases; the output is
   *     then incomplete and must be discarded
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
   * <p>The file is read twice with a {@link RecordReader}; it is taken as a JSON array when its
   * first character other than white space (or a byte order mark) is {@code [}, as NDJSON
   * otherwise. Records that cannot be read are left out for errors; records of other types are
   * skipped and counted. The writer is flushed, not closed.
   *
   * @param input  the file of records, not null
   * @param out  the writer of the CSV, not null
   * @return the summary, not null
   * @throws IOException if the file cannot be read or the writer fails
   * @throws IllegalStateException if the file changed between the two passes; the output is then
   *     incomplete and must be discarded
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
   * @throws IllegalStateException if the input changed between the two passes
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
    Tally first = new Tally();
    FirstPassValidity validity = new FirstPassValidity();
    Map<QuasiIdentifiers, Long> counts = new HashMap<>();
    try (Cursor cursor = input.open()) {
      for (Entry entry = cursor.next(); entry != null; entry = cursor.next()) {
        String[] row = rowOf(entry, first, validity, true);
        if (row != null) {
          counts.merge(QuasiIdentifiers.of(row), 1L, Long::sum);
        }
      }
    }
    AnonymityPlan plan = AnonymityPlan.of(counts, k);
    counts.clear();

    CsvOutput csv = new CsvOutput(out);
    csv.writeRecord(HEADER);
    Tally second = new Tally();
    Map<QuasiIdentifiers, Long> written = new HashMap<>();
    long rowsWritten = 0;
    long rowsDropped = 0;
    try (Cursor cursor = input.open()) {
      for (Entry entry = cursor.next(); entry != null; entry = cursor.next()) {
        String[] row = rowOf(entry, second, validity, false);
        if (row == null) {
          continue;
        }
        Optional<QuasiIdentifiers> published = plan.publish(QuasiIdentifiers.of(row));
        if (published.isEmpty()) {
          rowsDropped++;
          continue;
        }
        published.get().copyInto(row);
        csv.writeRecord(row);
        written.merge(published.get(), 1L, Long::sum);
        rowsWritten++;
      }
    }
    csv.flush();
    if (!first.equals(second) || rowsDropped != plan.getRowsDropped()
        || !written.equals(plan.getPublishedCounts())) {
      throw new IllegalStateException(
          "the input changed between the two passes of the CTDC export: discard the output");
    }
    return new CtdcExportSummary(k, first.records, rowsWritten, first.errors, first.noConsent,
        first.otherTypes, plan.getRowsGeneralised(), plan.getValuesBlanked(), rowsDropped);
  }

  /**
   * Returns the row of a case that may be published, or null after counting why not. The first
   * pass keeps what validation found; the second takes it for a case equal to the first's.
   */
  private String[] rowOf(Entry entry, Tally tally, FirstPassValidity validity, boolean firstPass) {
    long position = tally.records++;
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
    if (entry.readingErrors || !isValid(entry.trafficking, position, validity, firstPass)) {
      tally.errors++;
      return null;
    }
    return CtdcRows.toRow(entry.trafficking);
  }

  private boolean isValid(
      TraffickingCase trafficking, long position, FirstPassValidity validity, boolean firstPass) {
    Boolean known = firstPass ? null : validity.find(position, trafficking);
    if (known != null) {
      return known;
    }
    boolean valid = validator.validate(trafficking).isValid();
    if (firstPass) {
      validity.put(position, trafficking, valid);
    }
    return valid;
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

  /** The counts of one pass, compared between the passes. */
  private static final class Tally {
    long records;
    long errors;
    long noConsent;
    long otherTypes;

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Tally)) {
        return false;
      }
      Tally that = (Tally) other;
      return records == that.records && errors == that.errors && noConsent == that.noConsent
          && otherTypes == that.otherTypes;
    }

    @Override
    public int hashCode() {
      return Objects.hash(records, errors, noConsent, otherTypes);
    }
  }

  /** One record of the input as a pass sees it. */
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

  /** Opens a pass over the input. */
  @FunctionalInterface
  private interface CursorOpener {
    Cursor open() throws IOException;
  }

  /** A pass over the input. */
  private interface Cursor extends Closeable {
    /** Returns the next record, or null at the end. */
    Entry next() throws IOException;
  }

  /** A pass over cases from the caller's iterator. */
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

  /** A pass over a file read by a record reader. */
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
     * Builds the exporter.
     *
     * @return the exporter, not null
     */
    public CtdcExporter build() {
      return new CtdcExporter(this);
    }
  }
}
