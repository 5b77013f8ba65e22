package org.dicu.serialization.ctdc;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.dicu.core.code.CodeList;
import org.dicu.core.code.Country;
import org.dicu.core.person.CtdcAgeBand;
import org.dicu.core.validation.Issue;
import org.dicu.core.validation.Severity;
import org.dicu.core.validation.ValidationReport;
import org.dicu.serialization.internal.ReadingIssues;
import org.dicu.serialization.stream.ReadResult;

/**
 * Checks a CTDC table, such as one the export wrote, before it is published: the header is the
 * 27 variables in their published order, and every cell holds a value its variable allows
 * (binary variables {@code 1} or empty, bands as written in the codebook, alpha-3 countries). One
 * result per row, without a record; issues carry the row and the column.
 */
public final class CtdcTableReader implements Iterable<ReadResult>, Closeable {

  private static final Set<String> GENDERS = Set.of("Man", "Woman", "Trans/Transgender/NonConforming");
  private static final Set<String> MONTHS = Set.of("0--12 (0-1 yr)", "13--24 (1-2 yrs)", "25+ (2+ yrs)");
  private static final List<CtdcVariable> VARIABLES = CodeList.of(CtdcVariable.class).getValues();

  private final InputStream in;
  private final boolean vietnamese;
  private boolean iterated;

  private CtdcTableReader(InputStream in, Locale locale) {
    this.in = in;
    this.vietnamese = "vi".equals(locale.getLanguage());
  }

  /**
   * Opens a checker over a CTDC table in UTF-8.
   *
   * @param in  the CSV, not null
   * @param locale  the language of the messages: Vietnamese for {@code vi}, English otherwise
   * @return the checker; closing it closes the input
   */
  public static CtdcTableReader open(InputStream in, Locale locale) {
    return new CtdcTableReader(Objects.requireNonNull(in, "in"), Objects.requireNonNull(locale, "locale"));
  }

  /**
   * Returns one result per row: the header's issues on row 1, then each data row's.
   *
   * @return the results, read as they are asked for
   * @throws IllegalStateException if iterated twice
   */
  @Override
  public Iterator<ReadResult> iterator() {
    if (iterated) {
      throw new IllegalStateException("a CTDC table reader can be iterated once");
    }
    iterated = true;
    MappingIterator<List<String>> rows;
    try {
      rows = new CsvMapper().readerForListOf(String.class)
          .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Iterator<>() {
      private long line;

      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public ReadResult next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        line++;
        List<String> cells = rows.next();
        List<Issue> issues = line == 1 ? header(cells) : row(cells, line);
        return ReadResult.of(line, null, ValidationReport.of(issues));
      }
    };
  }

  private List<Issue> header(List<String> cells) {
    List<String> expected = Arrays.asList(VARIABLES.stream().map(CtdcVariable::getCode)
        .toArray(String[]::new));
    if (cells.equals(expected)) {
      return List.of();
    }
    return List.of(issue("ctdc.bad-header", 1, null,
        "must be the 27 CTDC variables in their published order, from yearOfRegistration to"
            + " recruiterRelationOther",
        "phải là 27 biến của CTDC theo đúng thứ tự công bố, từ yearOfRegistration đến"
            + " recruiterRelationOther"));
  }

  private List<Issue> row(List<String> cells, long line) {
    List<Issue> issues = new ArrayList<>();
    if (cells.size() != VARIABLES.size()) {
      issues.add(issue("ctdc.cell-count", line, null,
          "must have 27 cells, one per variable", "phải có 27 ô, mỗi biến một ô"));
      return issues;
    }
    for (int i = 0; i < cells.size(); i++) {
      CtdcVariable variable = VARIABLES.get(i);
      String cell = cells.get(i);
      if (!cell.isEmpty() && !allows(variable, cell)) {
        issues.add(issue("ctdc.bad-value", line, variable.getCode(),
            "is not a value this variable allows", "không phải là giá trị hợp lệ của biến này"));
      }
    }
    return issues;
  }

  private static boolean allows(CtdcVariable variable, String cell) {
    switch (variable) {
      case YEAR_OF_REGISTRATION:
        return cell.matches("(19|20)\\d\\d");
      case GENDER:
        return GENDERS.contains(cell);
      case AGE_BROAD:
        return CodeList.of(CtdcAgeBand.class).findByCode(cell).isPresent();
      case CITIZENSHIP:
      case COUNTRY_OF_EXPLOITATION:
        return Country.ofAlpha3(cell).isPresent();
      case TRAFFICK_MONTHS:
        return MONTHS.contains(cell);
      default:
        return "1".equals(cell);
    }
  }

  private Issue issue(String code, long line, String column, String english, String vietnamese) {
    return ReadingIssues.issue(Severity.ERROR, code, this.vietnamese ? vietnamese : english,
        Map.of(), "", line, column, null);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
