package org.dicu.core.agency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dicu.core.code.CodeList;

/**
 * Reads the tab-separated agency directory format described at
 * {@link AgencyDirectory#load(Reader)}, reporting the first problem with its line and column.
 */
final class AgencyTableReader {

  private static final AgencyColumn[] COLUMNS = AgencyColumn.values();
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final BufferedReader reader;
  private final List<PartnerAgency> agencies = new ArrayList<>();
  private final List<Integer> lineNumbers = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private int lineNumber;

  private AgencyTableReader(Reader reader) {
    this.reader = reader instanceof BufferedReader ? (BufferedReader) reader
        : new BufferedReader(reader);
  }

  /**
   * Reads every agency of a directory file and checks that parents and successors resolve.
   *
   * @param reader  the file, not closed
   * @return the agencies in file order
   * @throws IOException if the reader fails
   * @throws AgencyDirectoryFormatException if the file is malformed
   */
  static List<PartnerAgency> read(Reader reader) throws IOException {
    return new AgencyTableReader(reader).readAll();
  }

  private List<PartnerAgency> readAll() throws IOException {
    boolean headerSeen = false;
    String line;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
        line = line.substring(1);
      }
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (headerSeen) {
        readRow(cells);
      } else {
        checkHeader(cells);
        headerSeen = true;
      }
    }
    if (!headerSeen) {
      throw new AgencyDirectoryFormatException(
          "the header row is missing", lineNumber + 1, 1, AgencyColumn.ID.header());
    }
    for (int i = 0; i < agencies.size(); i++) {
      Optional<AgencyRules.Issue> issue = AgencyRules.checkReferences(agencies.get(i), ids);
      if (issue.isPresent()) {
        throw error(lineNumbers.get(i), issue.get().column(), issue.get().problem());
      }
    }
    return agencies;
  }

  private void checkHeader(String[] cells) {
    for (int i = 0; i < Math.min(cells.length, COLUMNS.length); i++) {
      if (!COLUMNS[i].header().equals(cells[i].strip())) {
        throw error(lineNumber, COLUMNS[i],
            "the header names " + AgencyRules.quote(cells[i].strip()) + " where "
                + AgencyRules.quote(COLUMNS[i].header()) + " is expected");
      }
    }
    checkColumnCount(cells, "the header row");
  }

  private void checkColumnCount(String[] cells, String what) {
    if (cells.length == COLUMNS.length) {
      return;
    }
    String problem = what + " has " + cells.length + " tab-separated columns where "
        + COLUMNS.length + " are expected";
    if (cells.length < COLUMNS.length) {
      throw error(lineNumber, COLUMNS[cells.length], problem);
    }
    throw new AgencyDirectoryFormatException(
        problem, lineNumber, COLUMNS.length + 1, "after " + COLUMNS[COLUMNS.length - 1].header());
  }

  private void readRow(String[] rawCells) {
    checkColumnCount(rawCells, "the row");
    String[] cells = new String[rawCells.length];
    for (int i = 0; i < rawCells.length; i++) {
      cells[i] = Normalizer.normalize(rawCells[i].strip(), Normalizer.Form.NFC);
    }
    ImmutablePartnerAgency.Builder builder = PartnerAgency.builder()
        .id(cell(cells, AgencyColumn.ID))
        .parentId(optional(cells, AgencyColumn.PARENT_ID))
        .type(parseType(cell(cells, AgencyColumn.TYPE)))
        .country(cell(cells, AgencyColumn.COUNTRY))
        .abbreviation(optional(cells, AgencyColumn.ABBREVIATION))
        .nameVi(cell(cells, AgencyColumn.NAME_VI))
        .nameEn(cell(cells, AgencyColumn.NAME_EN))
        .iatiIdentifier(optional(cells, AgencyColumn.IATI_IDENTIFIER));
    Optional<LocalDate> validFrom = parseDate(cells, AgencyColumn.VALID_FROM);
    Optional<LocalDate> validTo = parseDate(cells, AgencyColumn.VALID_TO);
    if (validFrom.isPresent() && validTo.isPresent() && validTo.get().isBefore(validFrom.get())) {
      throw error(lineNumber, AgencyColumn.VALID_TO,
          "the last day " + validTo.get() + " is before the first day " + validFrom.get());
    }
    builder.validFrom(validFrom).validTo(validTo);
    for (String code : split(cell(cells, AgencyColumn.FUNCTIONS))) {
      builder.addFunction(parseFunction(code, AgencyColumn.FUNCTIONS));
    }
    for (String entry : split(cell(cells, AgencyColumn.SUCCESSIONS))) {
      builder.addSuccession(parseSuccession(entry));
    }
    PartnerAgency agency = builder.build();
    Optional<AgencyRules.Issue> issue = AgencyRules.checkAgency(agency, ids);
    if (issue.isPresent()) {
      throw error(lineNumber, issue.get().column(), issue.get().problem());
    }
    agencies.add(agency);
    lineNumbers.add(lineNumber);
  }

  private static String cell(String[] cells, AgencyColumn column) {
    return cells[column.ordinal()];
  }

  private static Optional<String> optional(String[] cells, AgencyColumn column) {
    String value = cell(cells, column);
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  private static List<String> split(String value) {
    List<String> parts = new ArrayList<>();
    for (String part : value.split(";")) {
      String stripped = part.strip();
      if (!stripped.isEmpty()) {
        parts.add(stripped);
      }
    }
    return parts;
  }

  private OrganisationType parseType(String code) {
    return CodeList.of(OrganisationType.class).findByCode(code)
        .orElseThrow(() -> error(lineNumber, AgencyColumn.TYPE,
            AgencyRules.quote(code) + " is not an organisation type code"));
  }

  private AgencyFunction parseFunction(String code, AgencyColumn column) {
    return CodeList.of(AgencyFunction.class).findByCode(code)
        .orElseThrow(() -> error(lineNumber, column,
            AgencyRules.quote(code) + " is not an agency function code"));
  }

  private Optional<LocalDate> parseDate(String[] cells, AgencyColumn column) {
    String value = cell(cells, column);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      throw error(lineNumber, column,
          AgencyRules.quote(value) + " is not a date of the form yyyy-MM-dd");
    }
  }

  /**
   * Parses {@code successorId} or {@code successorId:FunctionCode}. Ids may contain colons, so
   * the text after the last colon is a function code only when it starts with an upper-case
   * letter, as function codes do and the ids of the built-in directory do not.
   */
  private Succession parseSuccession(String entry) {
    int colon = entry.lastIndexOf(':');
    if (colon > 0 && colon < entry.length() - 1
        && Character.isUpperCase(entry.charAt(colon + 1))) {
      AgencyFunction function = parseFunction(entry.substring(colon + 1), AgencyColumn.SUCCESSIONS);
      return Succession.of(checkSuccessorId(entry.substring(0, colon)), function);
    }
    return Succession.of(checkSuccessorId(entry));
  }

  private String checkSuccessorId(String id) {
    if (!AgencyRules.isValidId(id)) {
      throw error(lineNumber, AgencyColumn.SUCCESSIONS, AgencyRules.quote(id) + " is not an id");
    }
    return id;
  }

  private static AgencyDirectoryFormatException error(
      int line, AgencyColumn column, String problem) {
    return new AgencyDirectoryFormatException(problem, line, column.number(), column.header());
  }
}
