package org.dicu.core.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A date known to a year, a month or a day, as case files often know a birth date: {@code 1998},
 * {@code 1998-07} or {@code 1998-07-15}.
 *
 * <p>Comparisons and ages honour the precision: a person born in {@code 1998} was between 25 and 26
 * years old on 2024-03-01, and {@link #ageOn(LocalDate)} says so.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartialDate {


  /** How much of a partial date is known. */
  public enum Precision {
    /** Only the year is known. */
    YEAR,
    /** The year and month are known. */
    MONTH,
    /** The full date is known. */
    DAY
  }

  private final LocalDate earliest;
  private final Precision precision;

  private PartialDate(LocalDate earliest, Precision precision) {
    this.earliest = earliest;
    this.precision = precision;
  }

  /**
   * Obtains a date known only to the year.
   *
   * @param year  the year, from 1 to 9999
   * @return the partial date, not null
   * @throws DateTimeException if the year is out of range
   */
  public static PartialDate ofYear(int year) {
    return new PartialDate(LocalDate.of(checkYear(year), 1, 1), Precision.YEAR);
  }

  /**
   * Obtains a date known to the month.
   *
   * @param year  the year, from 1 to 9999
   * @param month  the month, from 1 to 12
   * @return the partial date, not null
   * @throws DateTimeException if the year or month is out of range
   */
  public static PartialDate ofYearMonth(int year, int month) {
    return new PartialDate(LocalDate.of(checkYear(year), month, 1), Precision.MONTH);
  }

  /**
   * Obtains a date known to the day.
   *
   * @param date  the full date, not null
   * @return the partial date, not null
   * @throws DateTimeException if the year is outside 1 to 9999
   */
  public static PartialDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkYear(date.getYear());
    return new PartialDate(date, Precision.DAY);
  }

  private static int checkYear(int year) {
    if (year < 1 || year > 9999) {
      throw new DateTimeException("year must be from 1 to 9999: " + year);
    }
    return year;
  }

  /**
   * Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}.
   *
   * @param text  the text, may be null
   * @return the partial date, or empty when the text is not one of the three forms or not a
   *     real date (such as {@code 2023-02-30})
   */
  public static Optional<PartialDate> parse(String text) {
    if (text == null || !isFormatted(text)) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(text, 0, 4, 10);
      if (text.length() == 4) {
        return Optional.of(ofYear(year));
      }
      int month = Integer.parseInt(text, 5, 7, 10);
      if (text.length() == 7) {
        return Optional.of(ofYearMonth(year, month));
      }
      return Optional.of(of(LocalDate.of(year, month, Integer.parseInt(text, 8, 10, 10))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Whether a text is {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd} in ASCII digits. */
  private static boolean isFormatted(String text) {
    int length = text.length();
    if (length != 4 && length != 7 && length != 10) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean separator = i == 4 || i == 7;
      if (separator ? c != '-' : c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns how much of this date is known.
   *
   * @return the precision, not null
   */
  public Precision getPrecision() {
    return precision;
  }

  /**
   * Returns the first day this date may stand for: 1 January for a year, the 1st for a month.
   *
   * @return the earliest possible day, not null
   */
  public LocalDate getEarliest() {
    return earliest;
  }

  /**
   * Returns the last day this date may stand for: 31 December for a year, the month's last day
   * for a month.
   *
   * @return the latest possible day, not null
   */
  public LocalDate getLatest() {
    switch (precision) {
      case YEAR:
        return earliest.withDayOfYear(earliest.lengthOfYear());
      case MONTH:
        return YearMonth.from(earliest).atEndOfMonth();
      default:
        return earliest;
    }
  }

  /**
   * Returns the year.
   *
   * @return the year, from 1 to 9999
   */
  public int getYear() {
    return earliest.getYear();
  }

  /**
   * Returns the range of ages in whole years that a person born on this date had on a day.
   *
   * @param date  the day, not null
   * @return the youngest and oldest possible age, not null; negative when the day is before birth
   */
  public AgeRange ageOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new AgeRange(wholeYears(getLatest(), date), wholeYears(earliest, date));
  }

  /** Whole years from one day to another, rounded down, so negative before the first day. */
  private static int wholeYears(LocalDate from, LocalDate to) {
    long years = ChronoUnit.YEARS.between(from, to);
    if (from.plusYears(years).isAfter(to)) {
      years--;
    }
    return (int) years;
  }

  /**
   * Checks whether this date certainly falls after a day, whatever its unknown part.
   *
   * @param date  the day, not null
   * @return true if even the earliest possible day is after it
   */
  public boolean isCertainlyAfter(LocalDate date) {
    return earliest.isAfter(date);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PartialDate
        && earliest.equals(((PartialDate) other).earliest)
        && precision == ((PartialDate) other).precision;
  }

  @Override
  public int hashCode() {
    return earliest.hashCode() * 31 + precision.hashCode();
  }

  /**
   * Returns the date in the form it was known: {@code 1998}, {@code 1998-07} or
   * {@code 1998-07-15}, which {@link #parse(String)} reads back.
   *
   * @return the ISO-8601 text, not null
   */
  @Override
  public String toString() {
    switch (precision) {
      case YEAR:
        String year = Integer.toString(earliest.getYear());
        return "0000".substring(year.length()) + year;
      case MONTH:
        return YearMonth.from(earliest).toString();
      default:
        return earliest.toString();
    }
  }

  /**
   * The youngest and oldest age a person of partly known birth date may have had on a day.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class AgeRange {
    private final int youngest;
    private final int oldest;

    private AgeRange(int youngest, int oldest) {
      this.youngest = youngest;
      this.oldest = oldest;
    }

    /**
     * Returns the youngest possible age in whole years.
     *
     * @return the youngest age
     */
    public int getYoungest() {
      return youngest;
    }

    /**
     * Returns the oldest possible age in whole years.
     *
     * @return the oldest age
     */
    public int getOldest() {
      return oldest;
    }

    /**
     * Checks whether an age is possible.
     *
     * @param age  the age in whole years
     * @return true if the age lies between the youngest and oldest, inclusive
     */
    public boolean contains(int age) {
      return age >= youngest && age <= oldest;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof AgeRange
          && youngest == ((AgeRange) other).youngest
          && oldest == ((AgeRange) other).oldest;
    }

    @Override
    public int hashCode() {
      return youngest * 31 + oldest;
    }

    @Override
    public String toString() {
      return youngest == oldest ? Integer.toString(youngest) : youngest + "-" + oldest;
    }
  }
}
