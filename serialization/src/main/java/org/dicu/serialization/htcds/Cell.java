package org.dicu.serialization.htcds;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dicu.core.code.CodeList;
import org.dicu.core.code.Coded;
import org.dicu.core.code.Country;
import org.dicu.core.code.Language;
import org.dicu.core.person.PartialDate;
import org.dicu.core.validation.Severity;

/**
 * One non-empty cell of a row, read as the value its column needs; a value that cannot be read is
 * reported, with the row and column, and left out.
 */
final class Cell {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("([-+]?\\d{1,9})(?:\\.0+)?");
  private static final Set<String> TRUE = Set.of("true", "yes", "1", "co", "dung", "x");
  private static final Set<String> FALSE = Set.of("false", "no", "0", "khong", "sai");
  private static final String ISO_FORMAT = "yyyy-mm-dd";
  private static final String PARTIAL_FORMAT = "yyyy, yyyy-mm or yyyy-mm-dd";

  private final RowContext row;
  private final HtcdsColumn column;
  private final String text;

  Cell(RowContext row, HtcdsColumn column, String text) {
    this.row = row;
    this.column = column;
    this.text = text;
  }

  /** Returns the text, clean and in NFC. */
  Optional<String> text() {
    return Optional.of(text);
  }

  /** Reads a value name or label of a list; an unknown cas_Status is FATAL. */
  <E extends Enum<E> & Coded> Optional<E> code(Class<E> type) {
    Optional<E> found = Codes.find(type, text);
    if (found.isEmpty()) {
      Severity severity = column == HtcdsColumn.CAS_STATUS
          ? Severity.FATAL : CsvProblem.UNKNOWN_CODE.getSeverity();
      row.report(CsvProblem.UNKNOWN_CODE, severity, column, column.pointer(row.layout), text,
          Map.of("list", CodeList.of(type).getName()));
    }
    return found;
  }

  /** Reads value names or labels of a list joined by ";", without repeats. */
  <E extends Enum<E> & Coded> List<E> codes(Class<E> type) {
    Optional<E> whole = Codes.find(type, text);
    if (whole.isPresent()) {
      return List.of(whole.get());
    }
    Set<E> found = new LinkedHashSet<>();
    int index = 0;
    for (String part : parts()) {
      Optional<E> constant = Codes.find(type, part);
      if (constant.isPresent()) {
        found.add(constant.get());
      } else {
        row.report(CsvProblem.UNKNOWN_CODE, CsvProblem.UNKNOWN_CODE.getSeverity(), column,
            column.pointer(row.layout) + "/" + index, part,
            Map.of("list", CodeList.of(type).getName()));
      }
      index++;
    }
    return new ArrayList<>(found);
  }

  /** Reads a date, yyyy-mm-dd or, with a warning, d/m/yyyy. */
  Optional<LocalDate> date() {
    if (ISO_DATE.matcher(text).matches()) {
      try {
        return Optional.of(LocalDate.parse(text));
      } catch (DateTimeParseException e) {
        return badDate(ISO_FORMAT);
      }
    }
    Optional<LocalDate> dayFirst = dayMonthYear();
    return dayFirst.isPresent() ? dayFirst : badDate(ISO_FORMAT);
  }

  /** Reads a date known to the year, month or day; d/m/yyyy with a warning. */
  Optional<PartialDate> partialDate() {
    Optional<PartialDate> partial = PartialDate.parse(text);
    if (partial.isPresent()) {
      return partial;
    }
    Optional<LocalDate> dayFirst = dayMonthYear();
    if (dayFirst.isPresent()) {
      try {
        return Optional.of(PartialDate.of(dayFirst.get()));
      } catch (DateTimeException e) {
        return badDate(PARTIAL_FORMAT);
      }
    }
    return badDate(PARTIAL_FORMAT);
  }

  private Optional<LocalDate> dayMonthYear() {
    Matcher matcher = DAY_MONTH_YEAR.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(matcher.group(3)),
          Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1)));
      row.report(CsvProblem.DATE_DAY_MONTH_YEAR, column, text, Map.of());
      return Optional.of(date);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private <T> Optional<T> badDate(String expected) {
    row.report(CsvProblem.BAD_DATE, column, text, Map.of("expected", expected));
    return Optional.empty();
  }

  /** Reads true or false, also yes/no, 1/0, có/không, đúng/sai and x for a ticked box. */
  Optional<Boolean> bool() {
    String folded = Text.fold(text);
    if (TRUE.contains(folded)) {
      return Optional.of(Boolean.TRUE);
    }
    if (FALSE.contains(folded)) {
      return Optional.of(Boolean.FALSE);
    }
    row.report(CsvProblem.BAD_BOOLEAN, column, text, Map.of());
    return Optional.empty();
  }

  /** Reads a whole number; spreadsheets may write 3 as 3.0. */
  Optional<Integer> integer() {
    Matcher matcher = WHOLE_NUMBER.matcher(text);
    if (matcher.matches()) {
      return Optional.of(Integer.parseInt(matcher.group(1)));
    }
    row.report(CsvProblem.BAD_NUMBER, column, text, Map.of());
    return Optional.empty();
  }

  /** Reads an ISO 639 language code. */
  Optional<Language> language() {
    Optional<Language> language = Language.parse(text);
    if (language.isEmpty()) {
      row.report(CsvProblem.UNKNOWN_CODE, column, text, Map.of("list", "ISO 639"));
    }
    return language;
  }

  /** Reads a country: alpha-2, or with a warning alpha-3 or a name. */
  Optional<Country> country() {
    return country(text, column.pointer(row.layout));
  }

  /** Reads countries joined by ";", without repeats. */
  List<Country> countries() {
    Set<Country> found = new LinkedHashSet<>();
    int index = 0;
    List<String> parts = Countries.find(text).isPresent() ? List.of(text) : parts();
    for (String part : parts) {
      country(part, column.pointer(row.layout) + "/" + index).ifPresent(found::add);
      index++;
    }
    return new ArrayList<>(found);
  }

  private Optional<Country> country(String value, String pointer) {
    Optional<Countries.Match> match = Countries.find(value);
    if (match.isEmpty()) {
      row.report(CsvProblem.BAD_COUNTRY, CsvProblem.BAD_COUNTRY.getSeverity(), column, pointer,
          value, Map.of());
      return Optional.empty();
    }
    if (!match.get().alpha2) {
      row.report(CsvProblem.COUNTRY_NOT_ALPHA2, CsvProblem.COUNTRY_NOT_ALPHA2.getSeverity(),
          column, pointer, value, Map.of("country", match.get().country.getAlpha2()));
    }
    return Optional.of(match.get().country);
  }

  /** Splits a multi-select cell at ";", with or without spaces around it. */
  private List<String> parts() {
    List<String> parts = new ArrayList<>();
    for (String part : text.split(";")) {
      String clean = Text.clean(part);
      if (!clean.isEmpty()) {
        parts.add(clean);
      }
    }
    return parts;
  }
}
