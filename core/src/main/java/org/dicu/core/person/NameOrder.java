package org.dicu.core.person;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The order in which the parts of a name are shown: Vietnamese, like Chinese, Japanese, Korean and
 * Hungarian, puts the family name first ("Nguyễn Thị Lan"), English puts it last.
 */
public enum NameOrder {
  /** First, middle, then family name: "Lan Thi Nguyen". */
  GIVEN_NAME_FIRST,
  /** Family, middle, then first name: "Nguyễn Thị Lan". */
  FAMILY_NAME_FIRST;

  private static final Set<String> FAMILY_FIRST_LANGUAGES = Set.of("vi", "zh", "ja", "ko", "hu");

  /**
   * Returns the usual order for readers of a locale's language.
   *
   * @param locale  the reader's locale, not null
   * @return the name order, not null
   */
  public static NameOrder forLocale(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return FAMILY_FIRST_LANGUAGES.contains(locale.getLanguage()) ? FAMILY_NAME_FIRST : GIVEN_NAME_FIRST;
  }
}
