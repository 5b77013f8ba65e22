package org.dicu.core.person;

import java.util.Optional;
import java.util.OptionalInt;
import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/**
 * An age band of the CTDC Global Synthetic Dataset ({@code ageBroad}, 2024 codebook): the age in
 * whole years on the registration date, grouped so that published data cannot single a person out.
 *
 * <p>Wire codes are the codebook's values, such as {@code 9--17} and {@code 48+}; both edges of a
 * band are inclusive.
 */
public enum CtdcAgeBand implements Coded {
  /** From 0 to 8 years. */
  AGE_0_8("0--8", "0–8 years", "0–8 tuổi", 0, 8),
  /** From 9 to 17 years: the last band of children. */
  AGE_9_17("9--17", "9–17 years", "9–17 tuổi", 9, 17),
  /** From 18 to 20 years. */
  AGE_18_20("18--20", "18–20 years", "18–20 tuổi", 18, 20),
  /** From 21 to 23 years. */
  AGE_21_23("21--23", "21–23 years", "21–23 tuổi", 21, 23),
  /** From 24 to 26 years. */
  AGE_24_26("24--26", "24–26 years", "24–26 tuổi", 24, 26),
  /** From 27 to 29 years. */
  AGE_27_29("27--29", "27–29 years", "27–29 tuổi", 27, 29),
  /** From 30 to 38 years. */
  AGE_30_38("30--38", "30–38 years", "30–38 tuổi", 30, 38),
  /** From 39 to 47 years. */
  AGE_39_47("39--47", "39–47 years", "39–47 tuổi", 39, 47),
  /** 48 years and over. */
  AGE_48_PLUS("48+", "48 years and over", "Từ 48 tuổi trở lên", 48, -1);

  private final CodeDefinition definition;
  private final int minimumAge;
  private final int maximumAge;

  CtdcAgeBand(String code, String labelEn, String labelVi, int minimumAge, int maximumAge) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi);
    this.minimumAge = minimumAge;
    this.maximumAge = maximumAge;
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }

  /**
   * Obtains the band holding an age in whole years.
   *
   * @param years  the age in whole years
   * @return the band, or empty when the age is negative
   */
  public static Optional<CtdcAgeBand> forAge(int years) {
    for (CtdcAgeBand band : values()) {
      if (years >= band.minimumAge && (band.maximumAge < 0 || years <= band.maximumAge)) {
        return Optional.of(band);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the lowest age of this band, inclusive.
   *
   * @return the minimum age in whole years, zero or more
   */
  public int getMinimumAge() {
    return minimumAge;
  }

  /**
   * Returns the highest age of this band, inclusive.
   *
   * @return the maximum age in whole years, or empty for the open band {@code 48+}
   */
  public OptionalInt getMaximumAge() {
    return maximumAge < 0 ? OptionalInt.empty() : OptionalInt.of(maximumAge);
  }
}
