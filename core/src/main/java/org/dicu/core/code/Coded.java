package org.dicu.core.code;

import java.util.Locale;

/**
 * A constant of a code list: a stable wire code with labels in English and Vietnamese.
 *
 * <p>Every code-list enum of dicu implements this interface and is looked up through
 * {@link CodeList}.
 */
public interface Coded {

  /**
   * Returns the definition of this constant: wire code, labels and accepted aliases.
   *
   * @return the definition, not null
   */
  CodeDefinition getDefinition();

  /**
   * Returns the stable code written on the wire, such as {@code ActualVictimOfTrafficking}.
   *
   * @return the wire code, not blank
   */
  default String getCode() {
    return getDefinition().getCode();
  }

  /**
   * Returns the English label, such as {@code Actual victim of trafficking}.
   *
   * @return the English label, not blank
   */
  default String getLabelEn() {
    return getDefinition().getLabelEn();
  }

  /**
   * Returns the Vietnamese label, such as {@code Nạn nhân bị mua bán}.
   *
   * @return the Vietnamese label, not blank
   */
  default String getLabelVi() {
    return getDefinition().getLabelVi();
  }

  /**
   * Returns the label in the given locale: Vietnamese for the {@code vi} language, English
   * otherwise.
   *
   * @param locale the locale of the reader, not null
   * @return the label, not blank
   */
  default String getLabel(Locale locale) {
    return getDefinition().getLabel(locale);
  }
}
