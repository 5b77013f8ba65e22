package org.dicu.serialization.ctdc;

import java.util.Arrays;
import java.util.List;

/**
 * The five quasi-identifier values of a row, in column order (year of registration, gender, age
 * band, citizenship, country of exploitation), an empty string standing for a blank.
 *
 * <p>{@link #generalise(int)} blanks them in the fixed order of {@link #GENERALISATION_ORDER}.
 * This class is immutable and thread-safe.
 */
final class QuasiIdentifiers {

  /**
   * The variables blanked first to last when a combination is too rare: the year of registration
   * (least useful to analysts, who mostly look across years), then the age band, the country of
   * exploitation, the citizenship (mostly Viet Nam in Vietnamese data, so it singles few people
   * out), and last the gender.
   */
  static final List<CtdcVariable> GENERALISATION_ORDER = List.of(
      CtdcVariable.YEAR_OF_REGISTRATION,
      CtdcVariable.AGE_BROAD,
      CtdcVariable.COUNTRY_OF_EXPLOITATION,
      CtdcVariable.CITIZENSHIP,
      CtdcVariable.GENDER);

  /** The number of quasi-identifiers, and of generalisation levels after the original one. */
  static final int COUNT = GENERALISATION_ORDER.size();

  private final String[] values;
  private final int hash;

  private QuasiIdentifiers(String[] values) {
    this.values = values;
    this.hash = Arrays.hashCode(values);
  }

  /**
   * Obtains the quasi-identifiers of a row, the first five columns.
   *
   * @param row  the row, in the order of {@link CtdcVariable}
   * @return the quasi-identifiers, not null
   */
  static QuasiIdentifiers of(String[] row) {
    return new QuasiIdentifiers(Arrays.copyOf(row, COUNT));
  }

  /**
   * Returns a copy with the first {@code level} variables of the generalisation order blanked.
   *
   * @param level  from 0 (unchanged) to {@link #COUNT} (all blank)
   * @return the generalised quasi-identifiers, not null
   */
  QuasiIdentifiers generalise(int level) {
    String[] generalised = values.clone();
    for (int i = 0; i < level; i++) {
      generalised[GENERALISATION_ORDER.get(i).ordinal()] = CtdcRows.EMPTY;
    }
    return new QuasiIdentifiers(generalised);
  }

  /**
   * Counts the values of this combination that are blank in a generalisation of it.
   *
   * @param generalised  a generalisation of this combination, not null
   * @return the number of values blanked, from 0 to 5
   */
  int blankedIn(QuasiIdentifiers generalised) {
    int blanked = 0;
    for (int i = 0; i < COUNT; i++) {
      if (!values[i].isEmpty() && generalised.values[i].isEmpty()) {
        blanked++;
      }
    }
    return blanked;
  }

  /**
   * Writes these values over the first five columns of a row.
   *
   * @param row  the row, changed in place
   */
  void copyInto(String[] row) {
    System.arraycopy(values, 0, row, 0, COUNT);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof QuasiIdentifiers
        && hash == ((QuasiIdentifiers) other).hash
        && Arrays.equals(values, ((QuasiIdentifiers) other).values);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return String.join("|", values);
  }
}
