package org.dicu.serialization.stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.dicu.core.casework.Consent;
import org.dicu.core.casework.ConsentScope;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.record.ExchangeRecord;
import org.dicu.core.validation.DicuValidator;
import org.dicu.core.validation.ValidationReport;
import org.dicu.serialization.json.DicuMappers;

/**
 * Writes records to an NDJSON file (one record per line) or a JSON array, in the exchange format,
 * one at a time; it can refuse records whose validation finds an ERROR or FATAL issue, and leave
 * out cases whose consent does not cover the purpose the records are shared for.
 *
 * <pre>{@code
 * try (RecordWriter writer = RecordWriter.builder().refuseInvalid(DicuValidator.create()).open(out)) {
 *   WriteResult result = writer.write(trafficking);
 * }
 * }</pre>
 *
 * <p>I/O errors are thrown as {@link UncheckedIOException}. A writer is used by one thread.
 */
public final class RecordWriter implements Closeable {

  private static final byte[] NEWLINE = {'\n'};
  private static final byte[] ARRAY_START = "[\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ARRAY_SEPARATOR = ",\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ARRAY_END = "\n]\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EMPTY_ARRAY = "[]\n".getBytes(StandardCharsets.US_ASCII);
  // shared: an ObjectWriter is immutable and thread-safe, and a mapper of its own would
  // introspect the model anew for every file written
  private static final ObjectWriter JSON = DicuMappers.newObjectMapper().writer();

  private final OutputStream out;
  /**
   * The bytes of the record being written, and the generator that writes them, kept for the
   * writer's life: making both anew for every record, and copying its bytes, took 7% of writing.
   * The output only ever gets whole records.
   */
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
  private JsonGenerator generator;
  private final RecordFormat format;
  private final DicuValidator validator;
  private final ConsentScope sharing;
  private long written;
  private long refused;
  private long leftOutWithoutConsent;
  private boolean closed;

  private RecordWriter(Builder builder, OutputStream out) {
    this.out = out;
    this.format = builder.format;
    this.validator = builder.validator;
    this.sharing = builder.sharing;
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
   * Writes a record, unless the writer shares records for a purpose that the case's consent does
   * not cover (checked first), or refuses invalid records and this one has an ERROR.
   *
   * @param record  the record, not null
   * @return whether it was written, with its validation report
   * @throws IllegalStateException if the writer is closed
   */
  public WriteResult write(ExchangeRecord record) {
    Objects.requireNonNull(record, "record");
    if (closed) {
      throw new IllegalStateException("the record writer is closed");
    }
    if (sharing != null && !consentCovers(record, sharing)) {
      leftOutWithoutConsent++;
      return WriteResult.leftOutWithoutConsent();
    }
    ValidationReport report = validator == null ? ValidationReport.empty() : validator.validate(record);
    if (!report.isValid()) {
      refused++;
      return new WriteResult(false, report);
    }
    try {
      serialize(record);
      if (format == RecordFormat.JSON_ARRAY) {
        out.write(written == 0 ? ARRAY_START : ARRAY_SEPARATOR);
        bytes.writeTo(out);
      } else {
        bytes.writeTo(out);
        out.write(NEWLINE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    written++;
    return new WriteResult(true, report);
  }

  /** Serializes a record into {@link #bytes}, in place of what they held. */
  private void serialize(ExchangeRecord record) throws IOException {
    bytes.reset();
    if (generator == null) {
      generator = JSON.createGenerator(bytes);
      // each record is a line or an element of its own: nothing between them from the generator
      generator.setRootValueSeparator(null);
    }
    try {
      JSON.writeValue(generator, record);
    } catch (IOException | RuntimeException e) {
      // the generator is somewhere inside the record: start the next one afresh
      generator = null;
      throw e;
    }
  }

  /**
   * Returns how many records were written.
   *
   * @return the count
   */
  public long getWritten() {
    return written;
  }

  /**
   * Returns how many records were refused for their errors.
   *
   * @return the count
   */
  public long getRefused() {
    return refused;
  }

  /**
   * Returns how many cases were left out because their consent does not cover the sharing.
   *
   * @return the count, zero when the writer does not share for a purpose
   */
  public long getLeftOutWithoutConsent() {
    return leftOutWithoutConsent;
  }

  /**
   * Checks whether a record may be shared for a purpose: records about no person always may, a
   * case only when its consent covers the purpose or states a legal basis.
   *
   * @param record  the record, not null
   * @param scope  the purpose, not null
   * @return true if the record may be shared
   */
  public static boolean consentCovers(ExchangeRecord record, ConsentScope scope) {
    Objects.requireNonNull(scope, "scope");
    if (Objects.requireNonNull(record, "record") instanceof TraffickingCase trafficking) {
      return trafficking.getConsent().map(consent -> consent.covers(scope)).orElse(false);
    }
    return true;
  }

  /** Ends the file (closing a JSON array) and closes the output. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (generator != null) {
      // gives its buffers back to Jackson
      generator.close();
    }
    try (OutputStream output = out) {
      if (format == RecordFormat.JSON_ARRAY) {
        output.write(written == 0 ? EMPTY_ARRAY : ARRAY_END);
      }
      output.flush();
    }
  }

  /** A builder of record writers. */
  public static final class Builder {
    private RecordFormat format = RecordFormat.NDJSON;
    private DicuValidator validator;
    private ConsentScope sharing;

    private Builder() {}

    /**
     * Shares the records for a purpose: cases whose consent does not cover it (see {@link
     * Consent#covers(ConsentScope)}, which accepts a stated legal basis) are left out and counted.
     *
     * @param scope  the purpose, such as {@link ConsentScope#DEIDENTIFIED_DATA_SHARING}, not null
     * @return this builder
     */
    public Builder forSharing(ConsentScope scope) {
      this.sharing = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /**
     * Sets the layout of the output; NDJSON by default.
     *
     * @param format  the format, not null
     * @return this builder
     */
    public Builder format(RecordFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Validates every record before writing it and refuses those with an ERROR or FATAL issue.
     *
     * @param validator  the validator, not null
     * @return this builder
     */
    public Builder refuseInvalid(DicuValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * Opens a writer over an output; closing the writer closes the output.
     *
     * @param out  the output, not null
     * @return the writer, not null
     */
    public RecordWriter open(OutputStream out) {
      return new RecordWriter(this, Objects.requireNonNull(out, "out"));
    }
  }
}
