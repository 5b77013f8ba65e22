package org.dicu.serialization.stream;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.dicu.core.record.ExchangeRecord;
import org.dicu.core.validation.DicuValidator;
import org.dicu.core.validation.ValidationReport;
import org.dicu.serialization.json.DicuMappers;

/**
 * Writes records to an NDJSON file (one record per line) or a JSON array, in the exchange format,
 * one at a time; it can refuse records whose validation finds an ERROR or FATAL issue.
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

  private final OutputStream out;
  private final RecordFormat format;
  private final DicuValidator validator;
  private final ObjectWriter writer = DicuMappers.newObjectMapper().writer();
  private long written;
  private long refused;
  private boolean closed;

  private RecordWriter(Builder builder, OutputStream out) {
    this.out = out;
    this.format = builder.format;
    this.validator = builder.validator;
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
   * Writes a record, unless the writer refuses invalid records and this one has an ERROR.
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
    ValidationReport report = validator == null ? ValidationReport.empty() : validator.validate(record);
    if (!report.isValid()) {
      refused++;
      return new WriteResult(false, report);
    }
    try {
      byte[] json = writer.writeValueAsBytes(record);
      if (format == RecordFormat.JSON_ARRAY) {
        out.write(written == 0 ? ARRAY_START : ARRAY_SEPARATOR);
        out.write(json);
      } else {
        out.write(json);
        out.write(NEWLINE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    written++;
    return new WriteResult(true, report);
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

  /** Ends the file (closing a JSON array) and closes the output. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
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

    private Builder() {}

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
