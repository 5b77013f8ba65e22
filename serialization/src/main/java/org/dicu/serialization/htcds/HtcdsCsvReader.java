package org.dicu.serialization.htcds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.dicu.core.agency.AgencyDirectory;
import org.dicu.core.casework.ImmutableTraffickingCase;
import org.dicu.core.casework.Referral;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.code.Place;
import org.dicu.core.trafficking.HistoricEvent;
import org.dicu.core.trafficking.HistoricEventType;
import org.dicu.core.validation.DicuValidator;
import org.dicu.core.validation.ImmutableIssue;
import org.dicu.core.validation.Issue;
import org.dicu.core.validation.Severity;
import org.dicu.core.validation.ValidationReport;
import org.dicu.serialization.internal.SpreadsheetCells;
import org.dicu.serialization.stream.ReadResult;

/**
 * Reads trafficking cases from an HTCDS spreadsheet saved as CSV, one case per row, in constant
 * memory, and yields for each row the case with every issue about it — or, when the row cannot
 * make a case (no {@code cas_Status}), its issues alone — each with its row and column.
 *
 * <pre>{@code
 * try (HtcdsCsvReader reader = HtcdsCsvReader.builder().locale(Locale.forLanguageTag("vi"))
 *     .open(in)) {
 *   for (ReadResult result : reader) {
 *     result.getReport().getIssues().forEach(issue -> ...);   // line = row, column = prs_Gender
 *     result.getRecord().ifPresent(record -> ...);            // a TraffickingCase
 *   }
 * }
 * }</pre>
 *
 * <p>What it accepts:
 * <ul>
 *   <li>UTF-8 with or without a byte order mark; comma- or semicolon-separated, as the header
 *       line shows (or Excel's {@code sep=;} line); quoted cells with line breaks.
 *   <li>A header row of HTCDS field names with their prefix, in any order and letter case, as the
 *       standard's Excel templates have it: the unnamed first column of row numbers, the misspelt
 *       {@code vic_TraffickinStatusDecisionMakingOrg} and the unnamed "Reason for Outgoing
 *       Referral" column are read. The templates' second row of labels is recognised and skipped;
 *       where its labels do not match the field names above them (the mailing-address columns),
 *       the labels are followed, with one warning. See {@link HtcdsColumn} for the columns.
 *   <li>Picklist cells holding value names, English labels (the templates' spelling included) or
 *       Vietnamese labels, in any letter case; multi-select values joined by {@code ;}.
 *   <li>Dates {@code yyyy-mm-dd}, or {@code d/m/yyyy} with a warning; birth dates also
 *       {@code yyyy} and {@code yyyy-mm}. Checkboxes {@code true}/{@code false}, {@code yes}/{@code
 *       no}, {@code 1}/{@code 0}, {@code có}/{@code không}. Countries as ISO 3166-1 alpha-2 codes,
 *       or with a warning alpha-3 codes and English or Vietnamese names.
 *   <li>Referring and referred organisations by agency id, abbreviation or name (ignoring case
 *       and diacritics); an organisation the directory lacks is kept as its name, with a warning.
 *   <li>Cells that {@link HtcdsCsvWriter} protected from being run as formulas: an apostrophe
 *       followed by apostrophes, if any, and then {@code =}, {@code +}, {@code -}, {@code @}, a tab
 *       or a carriage return is taken off ({@code '+84912345678} is read as
 *       {@code +84912345678}); any other apostrophe is kept.
 * </ul>
 *
 * <p>Problems of the header (unknown or repeated columns, realigned labels) come first, in a
 * result of their own without a record, at the header row. Empty rows (the templates' numbered
 * empty rows too) are skipped. Each case is validated, and validation issues name the column of
 * the property they are about. A break in the CSV itself ({@code csv.malformed}) ends the reading.
 * Messages never quote personal data. I/O errors of the input are thrown as
 * {@link UncheckedIOException}. A reader is used by one thread and iterated once.
 */
public final class HtcdsCsvReader implements Iterable<ReadResult>, Closeable {

  /** The longest cell read, in characters. */
  static final int MAX_CELL_LENGTH = 100_000;

  /** How much of the input the separator detection looks at. */
  private static final int PEEK = 1 << 16;

  private static final ObjectReader ROWS = new CsvMapper(CsvFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(MAX_CELL_LENGTH).build())
      .build())
      .readerFor(String[].class)
      .with(CsvParser.Feature.WRAP_AS_ARRAY);

  private final InputStream in;
  private final DicuValidator validator;
  private final CsvIssues messages;
  private final Organisations organisations;
  private boolean iterated;
  private long casesRead;

  private HtcdsCsvReader(Builder builder, InputStream in) {
    this.in = in;
    AgencyDirectory directory =
        builder.directory != null ? builder.directory : AgencyDirectory.builtIn();
    this.validator = !builder.validate ? null
        : builder.validator != null ? builder.validator
            : DicuValidator.builder().locale(builder.locale).directory(directory).build();
    this.messages = new CsvIssues(builder.locale);
    this.organisations = new Organisations(directory);
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
      throw new IllegalStateException("an HTCDS CSV reader can be iterated once");
    }
    iterated = true;
    return new Rows();
  }

  /**
   * Returns the results as a sequential stream; a reader can be streamed once.
   *
   * @return the stream, not null
   * @throws IllegalStateException if the reader was iterated before
   */
  public Stream<ReadResult> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * Returns how many cases were read so far, including those with issues.
   *
   * @return the count of rows that made a case
   */
  public long getCasesRead() {
    return casesRead;
  }

  /**
   * Closes the input.
   *
   * @throws IOException if the input cannot be closed
   */
  @Override
  public void close() throws IOException {
    in.close();
  }

  /** The results of the rows, after those of the header. */
  private final class Rows implements Iterator<ReadResult> {
    private final Queue<ReadResult> queue = new ArrayDeque<>();
    private final Set<Integer> warnedUnnamed = new HashSet<>();
    private MappingIterator<String[]> rows;
    private Header header;
    private long line;
    private String[] pending;
    private boolean started;
    private boolean done;
    private ReadResult next;

    @Override
    public boolean hasNext() {
      if (next == null) {
        next = advance();
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

    private ReadResult advance() {
      if (!queue.isEmpty()) {
        return queue.poll();
      }
      try {
        if (!started) {
          started = true;
          start();
          if (!queue.isEmpty()) {
            return queue.poll();
          }
        }
        while (!done) {
          String[] cells = nextRow();
          if (cells == null) {
            done = true;
            return null;
          }
          ReadResult result = readRow(cells, line);
          if (result != null) {
            return result;
          }
        }
        return null;
      } catch (JsonProcessingException | RuntimeJsonMappingException e) {
        done = true;
        return malformed(line + 1, e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private String[] nextRow() throws IOException {
      if (pending != null) {
        String[] row = pending;
        pending = null;
        line++;
        return row;
      }
      if (rows == null || !rows.hasNextValue()) {
        return null;
      }
      String[] row = rows.nextValue();
      line++;
      return row;
    }

    private void start() throws IOException {
      BufferedReader reader = new BufferedReader(
          new InputStreamReader(in, StandardCharsets.UTF_8), PEEK);
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      char separator = separator(reader);
      rows = ROWS.with(CsvSchema.emptySchema().withColumnSeparator(separator))
          .readValues(reader);
      String[] first = rows.hasNextValue() ? rows.nextValue() : null;
      if (first == null || isEmpty(first)) {
        done = true;
        queue.add(ReadResult.of(1, null, ValidationReport.of(List.of(messages.issue(
            CsvProblem.EMPTY_INPUT, CsvProblem.EMPTY_INPUT.getSeverity(), 1, null, "", null,
            Map.of())))));
        return;
      }
      line = 1;
      String[] second = rows.hasNextValue() ? rows.nextValue() : null;
      header = Header.of(first, second, 1, messages);
      if (header.hasLabelRow()) {
        line = 2;
      } else {
        pending = second;
      }
      if (!header.getIssues().isEmpty()) {
        queue.add(ReadResult.of(1, null, ValidationReport.of(header.getIssues())));
      }
    }

    private ReadResult malformed(long row, Exception e) {
      String detail = e instanceof JsonProcessingException
          && ((JsonProcessingException) e).getOriginalMessage() != null
          && ((JsonProcessingException) e).getOriginalMessage().contains("length")
          ? "a cell is longer than " + MAX_CELL_LENGTH + " characters"
          : String.valueOf(e instanceof JsonProcessingException
              ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage());
      return ReadResult.of(row, null, ValidationReport.of(List.of(messages.issue(
          CsvProblem.MALFORMED, CsvProblem.MALFORMED.getSeverity(), row, null, "", null,
          Map.of("detail", firstLine(detail))))));
    }

    private ReadResult readRow(String[] cells, long row) {
      boolean incoming = false;
      boolean outgoing = false;
      boolean any = false;
      for (int i = 0; i < cells.length; i++) {
        HtcdsColumn column = header.columnAt(i);
        if (column != null && !Text.clean(SpreadsheetCells.unprotect(cells[i])).isEmpty()) {
          any = true;
          incoming |= column.group() == HtcdsColumn.Group.INCOMING;
          outgoing |= column.group() == HtcdsColumn.Group.OUTGOING;
        }
      }
      if (!any) {
        return null;
      }
      RowLayout layout = new RowLayout(incoming, outgoing);
      RowContext context = new RowContext(row, layout, messages);
      CaseRow values = new CaseRow();
      boolean badEncoding = false;
      for (int i = 0; i < cells.length; i++) {
        String text = Text.clean(SpreadsheetCells.unprotect(cells[i]));
        if (text.isEmpty()) {
          continue;
        }
        HtcdsColumn column = header.columnAt(i);
        if (column == null) {
          if (header.isUnnamed(i) && warnedUnnamed.add(i)) {
            context.reportOutside(CsvProblem.UNNAMED_COLUMN, null, null,
                Map.of("letter", Text.columnLetter(i)));
          }
          continue;
        }
        if (!badEncoding && text.indexOf('\uFFFD') >= 0) {
          badEncoding = true;
          context.report(CsvProblem.BAD_ENCODING, column, null, Map.of());
        }
        values.touch(column.group());
        column.read(values, new Cell(context, column, text));
      }
      if (values.status == null) {
        boolean reported = context.issues.stream()
            .anyMatch(issue -> issue.getSeverity() == Severity.FATAL);
        if (!reported) {
          context.report(CsvProblem.MISSING_REQUIRED, HtcdsColumn.CAS_STATUS, null, Map.of());
        }
        return ReadResult.of(row, null, ValidationReport.of(context.issues));
      }
      TraffickingCase trafficking = build(values, context);
      casesRead++;
      if (validator != null) {
        boolean registrationFromReferral = values.registrationDate == null;
        for (Issue issue : validator.validate(trafficking).getIssues()) {
          ImmutableIssue.Builder located = Issue.builder().from(issue).line(row);
          columnOf(issue.getLocation(), layout, registrationFromReferral)
              .ifPresent(column -> located.column(column.getFieldName()));
          context.issues.add(located.build());
        }
      }
      return ReadResult.of(row, trafficking, ValidationReport.of(context.issues));
    }
  }

  private TraffickingCase build(CaseRow values, RowContext context) {
    ImmutableTraffickingCase.Builder trafficking = TraffickingCase.builder()
        .id(values.id != null ? values.id : "row-" + context.line)
        .status(values.status);
    if (values.hasAddress()) {
      values.person.mailingAddress(values.address().build());
    }
    trafficking.person(values.person.build());
    Optional.ofNullable(values.caseOwner).ifPresent(trafficking::caseOwner);
    Optional.ofNullable(values.reasonForCaseClosure).ifPresent(trafficking::reasonForCaseClosure);
    CaseRow.ReferralDraft incoming = values.incomingOrNull();
    LocalDate registration = values.registrationDate != null ? values.registrationDate
        : incoming != null ? incoming.date : null;
    Optional.ofNullable(registration).ifPresent(trafficking::registrationDate);
    if (values.hasVictim()) {
      trafficking.victim(values.victim().build());
    }
    if (incoming != null) {
      trafficking.addReferrals(referral(incoming, HtcdsColumn.CAS_REFERRING_ORGANISATION,
          registration, context));
    }
    if (values.outgoingOrNull() != null) {
      trafficking.addReferrals(referral(values.outgoingOrNull(),
          HtcdsColumn.CAS_REFERRED_ORGANISATION, registration, context));
    }
    Optional.ofNullable(values.consent).ifPresent(trafficking::consent);
    if (values.exploitationCountry != null) {
      trafficking.addEvents(HistoricEvent.builder().type(HistoricEventType.EXPLOITATION)
          .place(Place.of(values.exploitationCountry)).build());
    }
    return trafficking.build();
  }

  private Referral referral(CaseRow.ReferralDraft draft,
      HtcdsColumn organisationColumn, LocalDate registration, RowContext context) {
    if (draft.date != null) {
      draft.builder.date(draft.date);
    }
    if (draft.organisation != null) {
      Optional<String> id = organisations.resolve(draft.organisation,
          draft.date != null ? draft.date : registration);
      if (id.isPresent()) {
        draft.builder.organisationId(id.get());
      } else {
        draft.builder.organisationName(draft.organisation);
        context.report(CsvProblem.UNRESOLVED_ORGANISATION,
            CsvProblem.UNRESOLVED_ORGANISATION.getSeverity(), organisationColumn,
            context.layout.prefix(organisationColumn.group()) + "/organisationName",
            draft.organisation, Map.of());
      }
    }
    return draft.builder.build();
  }

  /**
   * Finds the column of a property of a case read from a row: the column whose property is the
   * pointer or holds it, else the first column inside it.
   */
  static Optional<HtcdsColumn> columnOf(String pointer, RowLayout layout,
      boolean registrationFromReferral) {
    if (pointer.equals("/referrals")) {
      return Optional.of(HtcdsColumn.CAS_REFERRED_ORGANISATION);
    }
    if (pointer.equals("/registrationDate") && registrationFromReferral) {
      return Optional.of(HtcdsColumn.CAS_INCOMING_REFERRAL_DATE);
    }
    for (HtcdsColumn column : HtcdsColumn.values()) {
      if (isInLayout(column, layout)) {
        String own = column.pointer(layout);
        String alternative = layout.prefix(column.group()) + "/organisationName";
        boolean organisation = column == HtcdsColumn.CAS_REFERRING_ORGANISATION
            || column == HtcdsColumn.CAS_REFERRED_ORGANISATION;
        if (isAtOrUnder(pointer, own) || (organisation && isAtOrUnder(pointer, alternative))) {
          return Optional.of(column);
        }
      }
    }
    for (HtcdsColumn column : HtcdsColumn.values()) {
      if (isInLayout(column, layout) && column.pointer(layout).startsWith(pointer + "/")) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  private static boolean isInLayout(HtcdsColumn column, RowLayout layout) {
    switch (column.group()) {
      case INCOMING:
        return layout.hasIncoming();
      case OUTGOING:
        return layout.hasOutgoing();
      default:
        return true;
    }
  }

  private static boolean isAtOrUnder(String pointer, String property) {
    return pointer.equals(property) || pointer.startsWith(property + "/");
  }

  private static boolean isEmpty(String[] cells) {
    for (String cell : cells) {
      if (!Text.clean(cell).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  /**
   * Finds the separator from the first line: the one of comma and semicolon that occurs more often
   * outside quotes, or the one an Excel {@code sep=} line names, which is then skipped.
   */
  static char separator(BufferedReader reader) throws IOException {
    reader.mark(PEEK);
    StringBuilder first = new StringBuilder();
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    int c;
    while (first.length() < PEEK - 2 && (c = reader.read()) >= 0) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
      first.append((char) c);
    }
    reader.reset();
    String line = first.toString().strip();
    if (line.length() == 5 && line.regionMatches(true, 0, "sep=", 0, 4)) {
      reader.readLine();
      return line.charAt(4);
    }
    return semicolons > commas ? ';' : ',';
  }

  /** A builder of HTCDS CSV readers. */
  public static final class Builder {
    private Locale locale = Locale.ENGLISH;
    private DicuValidator validator;
    private boolean validate = true;
    private AgencyDirectory directory;

    private Builder() {}

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
     * Sets the validator of the cases read; by default one with this builder's locale and
     * directory.
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
     * Reads without validating the cases: only reading problems are reported.
     *
     * @return this builder
     */
    public Builder withoutValidation() {
      this.validate = false;
      this.validator = null;
      return this;
    }

    /**
     * Sets the agency directory against which organisation names are resolved; the built-in one
     * by default.
     *
     * @param directory  the directory, not null
     * @return this builder
     */
    public Builder directory(AgencyDirectory directory) {
      this.directory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Opens a reader over an input; closing the reader closes the input. Nothing is read before
     * the first result is asked for.
     *
     * @param in  the input, not null
     * @return the reader, not null
     */
    public HtcdsCsvReader open(InputStream in) {
      return new HtcdsCsvReader(this, Objects.requireNonNull(in, "in"));
    }
  }
}
