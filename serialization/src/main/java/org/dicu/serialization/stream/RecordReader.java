package org.dicu.serialization.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.CharConversionException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.dicu.core.agency.PartnerAgency;
import org.dicu.core.code.CodeList;
import org.dicu.core.record.ExchangeRecord;
import org.dicu.core.record.RecordType;
import org.dicu.core.validation.DicuValidator;
import org.dicu.core.validation.Issue;
import org.dicu.core.validation.Rule;
import org.dicu.core.validation.ValidationReport;
import org.dicu.serialization.json.DicuMappers;
import org.dicu.serialization.json.WireNames;

/**
 * Reads records from an NDJSON file or a JSON array, one at a time in constant memory, and
 * yields for each either the record with every issue about it, or the issues that kept it from
 * being read — each with its line and JSON Pointer — and then goes on with the next record.
 *
 * <pre>{@code
 * try (RecordReader reader = RecordReader.builder().format(RecordFormat.NDJSON).open(in)) {
 *   for (ReadResult result : reader) {
 *     result.getReport().getIssues().forEach(issue -> ...);
 *     result.getRecord().ifPresent(record -> ...);
 *   }
 * }
 * }</pre>
 *
 * <p>Reading is bounded by {@link ReadLimits}: a record that breaks a limit is reported and
 * skipped; in a JSON array, where broken JSON leaves no way to find the next record, reading stops
 * with a {@code json.stream-aborted} result that says where. Across the input, repeated record ids
 * are reported, and the agency ids that neither the directory nor the input's own PartnerAgency
 * records define are collected ({@link #getUnresolvedAgencyIds()}). I/O errors of the input are
 * thrown as {@link UncheckedIOException}. A reader is used by one thread and iterated once.
 */
public final class RecordReader implements Iterable<ReadResult>, Closeable {

  private static final CodeList<RecordType> RECORD_TYPES = CodeList.of(RecordType.class);
  /** The model type of each record type, copied once rather than for every record. */
  private static final Map<RecordType, Class<?>> MODEL_TYPES = WireNames.records();

  /**
   * The detail of input that Jackson takes for UTF-16 or UTF-32 (it starts with zero bytes) and
   * that does not decode, or in a byte order it refuses: bad data, though the parser throws a
   * plain {@link IOException} ({@link CharConversionException}).
   */
  private static final String NOT_TEXT = "not UTF-8 text";

  /**
   * One mapper per set of limits, shared by every reader, so that each record type's
   * deserializers are built once and not for every file.
   */
  private static final Map<ReadLimits, RecordBinder.Mappers> MAPPERS = new ConcurrentHashMap<>();

  private final InputStream in;
  private final RecordFormat format;
  private final ReadLimits limits;
  private final DicuValidator validator;
  private final Problems problems;
  private final JsonFactory factory;
  private final RecordBinder binder;
  private final IdSet ids = new IdSet();
  private final Map<String, Long> unresolvedAgencies = new LinkedHashMap<>();
  private final Set<String> agenciesInInput = new HashSet<>();
  private boolean iterated;
  private boolean aborted;
  private long recordsRead;

  private RecordReader(Builder builder, InputStream in) {
    this.in = in;
    this.format = builder.format;
    this.limits = builder.limits;
    this.validator = builder.validate
        ? (builder.validator != null ? builder.validator
            : DicuValidator.builder().locale(builder.locale).build())
        : null;
    this.problems = new Problems(builder.locale);
    RecordBinder.Mappers mappers = MAPPERS.computeIfAbsent(limits,
        l -> new RecordBinder.Mappers(DicuMappers.newObjectMapper(l.toConstraints())));
    this.factory = mappers.copying.getFactory();
    this.binder = new RecordBinder(mappers, problems, builder.strict);
  }

  /**
   * Obtains a builder of readers.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the results one by one; a reader can be iterated once.
   *
   * @return the iterator, not null
   * @throws IllegalStateException if the reader was iterated before
   */
  @Override
  public Iterator<ReadResult> iterator() {
    if (iterated) {
      throw new IllegalStateException("a record reader can be iterated once");
    }
    iterated = true;
    return format == RecordFormat.NDJSON ? new NdjsonResults() : new ArrayResults();
  }

  /**
   * Returns the results as a sequential stream; a reader can be streamed once.
   *
   * @return the stream, not null
   */
  public Stream<ReadResult> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * Returns how many records were read so far, including those with issues.
   *
   * @return the count of records that could be read
   */
  public long getRecordsRead() {
    return recordsRead;
  }

  /**
   * Checks whether reading stopped before the end of the input because the JSON broke off.
   *
   * @return true after a {@code json.stream-aborted} result
   */
  public boolean isAborted() {
    return aborted;
  }

  /**
   * Returns the agency ids referenced so far that neither the agency directory nor a
   * PartnerAgency record of the input defines, each with the line of its first reference.
   *
   * @return the unresolved ids in the order met, may be empty
   */
  public Map<String, Long> getUnresolvedAgencyIds() {
    return Collections.unmodifiableMap(unresolvedAgencies);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private ReadResult process(RecordCopy copy, long line, List<Issue> issues) {
    for (String pointer : copy.nulls) {
      issues.add(problems.issue(ReadProblem.NULL_VALUE, pointer, line));
    }
    Optional<RecordType> type = RECORD_TYPES.findByCode(copy.recordType);
    if (type.isEmpty()) {
      issues.add(problems.issue(ReadProblem.UNKNOWN_RECORD_TYPE, "/recordType", line));
      return new ReadResult(line, null, ValidationReport.of(issues));
    }
    if (copy.schemaVersion == null) {
      issues.add(problems.issue(ReadProblem.MISSING_SCHEMA_VERSION, "/schemaVersion", line));
    } else if (!RecordHeader.isSupportedVersion(copy.schemaVersion)) {
      issues.add(problems.issue(ReadProblem.UNSUPPORTED_VERSION, "/schemaVersion", line));
      return new ReadResult(line, null, ValidationReport.of(issues));
    }
    Object value;
    try {
      value = binder.bind(copy, MODEL_TYPES.get(type.get()), line, issues);
    } catch (IOException e) {
      issues.add(problems.issue(ReadProblem.MALFORMED, "", line, Map.of("detail", "buffer")));
      value = null;
    }
    return accept(value, type.get(), line, issues);
  }

  /** Checks a bound record against the rest of the input and the validator. */
  private ReadResult accept(Object value, RecordType type, long line, List<Issue> issues) {
    if (!(value instanceof ExchangeRecord)) {
      return new ReadResult(line, null, ValidationReport.of(issues));
    }
    ExchangeRecord record = (ExchangeRecord) value;
    recordsRead++;
    long first = ids.putIfAbsent(type.getCode() + '\u0000' + record.getId(), line);
    if (first >= 0) {
      issues.add(problems.issue(ReadProblem.DUPLICATE_ID, "/id", line, Map.of("line", first)));
    }
    if (validator != null) {
      for (Issue issue : validator.validate(record).getIssues()) {
        issues.add(Issue.builder().from(issue).line(line).build());
        if (issue.getCode().equals(Rule.AGENCY_UNKNOWN.getCode()) && issue.getValue().isPresent()
            && !agenciesInInput.contains(issue.getValue().get())) {
          unresolvedAgencies.putIfAbsent(issue.getValue().get(), line);
        }
      }
    }
    if (record instanceof PartnerAgency) {
      agenciesInInput.add(record.getId());
      unresolvedAgencies.remove(record.getId());
    }
    return new ReadResult(line, record, ValidationReport.of(issues));
  }

  private ReadResult problem(ReadProblem problem, String pointer, long line, String detail) {
    return new ReadResult(line, null, ValidationReport.of(List.of(
        problems.issue(problem, pointer, line, Map.of("detail", detail)))));
  }

  private ReadResult parseProblem(
      JsonProcessingException e, JsonParser parser, long line, String root) {
    String pointer = pointerOf(parser, root);
    if (e instanceof StreamConstraintsException) {
      return problem(ReadProblem.LIMIT_EXCEEDED, pointer, line, limitDetail(e));
    }
    if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
      return problem(ReadProblem.DUPLICATE_KEY, pointer, line, "");
    }
    return problem(ReadProblem.MALFORMED, pointer, line, where(e));
  }

  /** Describes a broken limit without quoting the input. */
  private String limitDetail(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
    if (message.contains("nesting depth")) {
      return "nesting depth > " + limits.getMaxNestingDepth();
    }
    if (message.contains("string value length")) {
      return "string length > " + limits.getMaxStringLength();
    }
    if (message.contains("number value length") || message.contains("number length")) {
      return "number length > " + limits.getMaxNumberLength();
    }
    return "limit";
  }

  /** Says where a parse failed, never what the input held there. */
  private static String where(JsonProcessingException e) {
    return e.getLocation() == null ? "?" : "column " + e.getLocation().getColumnNr();
  }

  private static String pointerOf(JsonParser parser, String root) {
    if (parser == null) {
      return "";
    }
    String pointer = parser.getParsingContext().pathAsPointer().toString();
    return pointer.startsWith(root) ? pointer.substring(root.length()) : pointer;
  }

  /** Results computed one ahead of the caller. */
  private abstract static class Results implements Iterator<ReadResult> {
    private ReadResult next;
    private boolean done;

    /** Reads the next result, or returns null at the end of the input. */
    abstract ReadResult advance();

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        next = advance();
        done = next == null;
      }
      return next != null;
    }

    @Override
    public ReadResult next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ReadResult result = next;
      next = null;
      return result;
    }
  }

  /** The results of an NDJSON input: one line, one record. */
  private final class NdjsonResults extends Results {
    private final NdjsonLines lines = new NdjsonLines(in, limits.getMaxRecordBytes());
    private boolean sawRecord;

    @Override
    ReadResult advance() {
      try {
        while (lines.next()) {
          long line = lines.lineNumber();
          if (lines.isTooLong()) {
            sawRecord = true;
            return problem(ReadProblem.LIMIT_EXCEEDED, "", line,
                "record size > " + limits.getMaxRecordBytes() + " bytes");
          }
          if (lines.isBlank()) {
            continue;
          }
          sawRecord = true;
          return readLine(line);
        }
        if (!sawRecord) {
          sawRecord = true;
          return problem(ReadProblem.EMPTY_INPUT, "", Math.max(1, lines.lineNumber()), "");
        }
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private ReadResult readLine(long line) throws IOException {
      ReadResult direct = readDirectly(line);
      if (direct != null) {
        return direct;
      }
      try (JsonParser parser = factory.createParser(lines.bytes(), 0, lines.length())) {
        try {
          JsonToken first = parser.nextToken();
          if (first != JsonToken.START_OBJECT) {
            return problem(ReadProblem.NOT_A_RECORD, "", line, "");
          }
          RecordCopy copy = RecordCopy.of(parser, limits.getMaxRecordBytes());
          List<Issue> issues = new ArrayList<>();
          if (hasTrailingContent(parser)) {
            issues.add(problems.issue(ReadProblem.TRAILING_CONTENT, "", line));
          }
          return process(copy, line, issues);
        } catch (StreamReadException | StreamConstraintsException e) {
          return parseProblem(e, parser, line, "");
        }
      } catch (CharConversionException e) {
        return problem(ReadProblem.MALFORMED, "", line, NOT_TEXT);
      }
    }

    /**
     * Reads the common line, a well-formed record that starts with its {@code recordType} and
     * {@code schemaVersion} and holds no null, by binding it straight from the bytes.
     *
     * @return the result, or null when the line needs the copying way, which reports every
     *     problem and every null
     */
    private ReadResult readDirectly(long line) throws IOException {
      byte[] bytes = lines.bytes();
      int length = lines.length();
      RecordType type = RecordHeader.peek(factory, bytes, length);
      if (type == null) {
        return null;
      }
      List<Issue> issues = new ArrayList<>();
      try (JsonParser parser = factory.createParser(bytes, 0, length)) {
        Object value = binder.bindDirectly(parser, MODEL_TYPES.get(type), line, issues);
        if (value == null) {
          return null;
        }
        return accept(value, type, line, issues);
      }
    }

    private boolean hasTrailingContent(JsonParser parser) {
      try {
        return parser.nextToken() != null;
      } catch (IOException e) {
        return true;
      }
    }
  }

  /** The results of a JSON array input (or of a single JSON object). */
  private final class ArrayResults extends Results {
    private JsonParser parser;
    private JsonStreamContext arrayContext;
    private boolean single;

    @Override
    ReadResult advance() {
      if (aborted) {
        return null;
      }
      long line = 1;
      try {
        if (parser == null) {
          parser = factory.createParser(in);
          JsonToken first = parser.nextToken();
          if (first == null) {
            return finish(problem(ReadProblem.EMPTY_INPUT, "", 1, ""));
          }
          if (first == JsonToken.START_OBJECT) {
            single = true;
            return finish(readRecord(parser.currentTokenLocation().getLineNr()));
          }
          if (first != JsonToken.START_ARRAY) {
            return finish(problem(ReadProblem.NOT_A_RECORD, "", 1, ""));
          }
          arrayContext = parser.getParsingContext();
        }
        if (single) {
          return null;
        }
        JsonToken token = parser.nextToken();
        line = parser.currentTokenLocation().getLineNr();
        if (token == null) {
          return abort(problem(ReadProblem.STREAM_ABORTED, "", line, "end of input inside the array"));
        }
        if (token == JsonToken.END_ARRAY) {
          return parser.nextToken() == null ? null
              : finish(problem(ReadProblem.TRAILING_CONTENT, "", line, ""));
        }
        if (token != JsonToken.START_OBJECT) {
          parser.skipChildren();
          return problem(ReadProblem.NOT_A_RECORD, "", line, "");
        }
        return readRecord(line);
      } catch (StreamReadException | StreamConstraintsException e) {
        ReadResult cause = parseProblem(e, parser, line, "");
        String detail = cause.getReport().getIssues().get(0).getCode() + ", line "
            + (e.getLocation() == null ? line : e.getLocation().getLineNr()) + ", " + where(e);
        return abort(problem(ReadProblem.STREAM_ABORTED, cause.getReport().getIssues().get(0)
            .getLocation(), line, detail));
      } catch (CharConversionException e) {
        return abort(problem(ReadProblem.STREAM_ABORTED, "", line,
            ReadProblem.MALFORMED.getCode() + ", line " + line + ", " + NOT_TEXT));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private ReadResult readRecord(long line) throws IOException {
      String root = parser.getParsingContext().pathAsPointer().toString();
      try {
        RecordCopy copy = RecordCopy.of(parser, limits.getMaxRecordBytes());
        return process(copy, line, new ArrayList<>());
      } catch (RecordCopy.TooLargeException e) {
        skipRestOfRecord();
        return problem(ReadProblem.LIMIT_EXCEEDED, "", line,
            "record size > " + limits.getMaxRecordBytes() + " bytes");
      } catch (StreamReadException e) {
        if (!String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
          throw e;
        }
        ReadResult duplicate = parseProblem(e, parser, line, root);
        skipRestOfRecord();
        return duplicate;
      }
    }

    /** Skips to the end of the current record in constant memory. */
    private void skipRestOfRecord() throws IOException {
      while (parser.getParsingContext() != arrayContext && !single) {
        if (parser.currentToken() != null && parser.currentToken().isStructStart()) {
          parser.skipChildren();
        }
        if (parser.getParsingContext() == arrayContext) {
          break;
        }
        if (parser.nextToken() == null) {
          return;
        }
      }
    }

    private ReadResult finish(ReadResult result) {
      single = true;
      return result;
    }

    private ReadResult abort(ReadResult result) {
      aborted = true;
      return result;
    }
  }

  /** A builder of record readers. */
  public static final class Builder {
    private RecordFormat format = RecordFormat.NDJSON;
    private ReadLimits limits = ReadLimits.defaults();
    private boolean strict = true;
    private boolean validate = true;
    private DicuValidator validator;
    private Locale locale = Locale.ENGLISH;

    private Builder() {}

    /**
     * Sets the layout of the input; NDJSON by default.
     *
     * @param format  the format, not null
     * @return this builder
     */
    public Builder format(RecordFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Sets the limits; {@link ReadLimits#defaults()} by default.
     *
     * @param limits  the limits, not null
     * @return this builder
     */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Chooses strict mode (unknown properties are ERRORs; the default) or lenient mode (they are
     * WARNINGs); either way their values are ignored.
     *
     * @param strict  true for strict mode
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Sets the validator of the records read; by default one with this builder's locale.
     *
     * @param validator  the validator, not null
     * @return this builder
     */
    public Builder validator(DicuValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      this.validate = true;
      return this;
    }

    /**
     * Reads without validating the records: only reading problems are reported.
     *
     * @return this builder
     */
    public Builder withoutValidation() {
      this.validate = false;
      this.validator = null;
      return this;
    }

    /**
     * Sets the language of the messages: Vietnamese for {@code vi}, English otherwise.
     *
     * @param locale  the locale, not null
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Opens a reader over an input; closing the reader closes the input.
     *
     * @param in  the input, not null
     * @return the reader, not null
     */
    public RecordReader open(InputStream in) {
      return new RecordReader(this, Objects.requireNonNull(in, "in"));
    }
  }
}
