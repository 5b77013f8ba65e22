package org.dicu.core.code;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A language identified by its ISO 639 code, as the JDK's locale data knows it.
 *
 * <p>{@link #parse(String)} accepts the ISO 639-1 two-letter codes that
 * {@link Locale#getISOLanguages()} lists, their ISO 639-2/T three-letter codes
 * ({@code vie} for {@code vi}), and three-letter codes of languages without a two-letter code
 * that the JDK can name, such as {@code hmn} (Hmong), which matter for the ethnic minorities of
 * Viet Nam. The canonical code is the two-letter code when the language has one, else the
 * three-letter code; withdrawn two-letter codes read as their replacements ({@code iw} as
 * {@code he}). ISO 639-2/B bibliographic codes such as {@code fre} and {@code ger} are not
 * accepted: they are spellings of languages that have a two-letter code.
 *
 * <pre>{@code
 * Language.parse("VIE");   // vi
 * Language.parse("hmn");   // hmn, named "Hmong" in English and "Tiếng H’Mông" in Vietnamese
 * }</pre>
 *
 * <p>Lookups never throw: null, blank, malformed or unknown input gives an empty result.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Language {

  /**
   * The twenty ISO 639-2/B codes that differ from the ISO 639-2/T code of the same language. ISO
   * 639-2 froze this set when it was published; some JDK locale data names these codes, which
   * would otherwise let them pass as languages of their own.
   */
  private static final Set<String> BIBLIOGRAPHIC =
      Set.of(
          "alb", "arm", "baq", "bur", "chi", "cze", "dut", "fre", "geo", "ger", "gre", "ice",
          "mac", "mao", "may", "per", "rum", "slo", "tib", "wel");

  private static final Map<String, Language> BY_TWO_LETTER_CODE;
  private static final Map<String, Language> BY_THREE_LETTER_CODE;
  /**
   * The answers for three-letter codes without a two-letter one, found in the JDK's locale data
   * once each: at most 26³ entries.
   */
  private static final Map<String, Optional<Language>> WITHOUT_TWO_LETTER_CODE =
      new ConcurrentHashMap<>();

  static {
    Map<String, Language> byTwo = new HashMap<>();
    Map<String, Language> byThree = new HashMap<>();
    for (String listed : Locale.getISOLanguages()) {
      Locale locale = Locale.forLanguageTag(listed);
      String code = locale.getLanguage();
      try {
        String alpha3 = locale.getISO3Language();
        if (code.length() == 2 && alpha3.length() == 3) {
          Language language = byThree.computeIfAbsent(alpha3, key -> new Language(code, key));
          byTwo.put(listed, language);
          byTwo.put(code, language);
        }
      } catch (MissingResourceException e) {
        // a listed code without a three-letter code is not offered
      }
    }
    BY_TWO_LETTER_CODE = Collections.unmodifiableMap(byTwo);
    BY_THREE_LETTER_CODE = Collections.unmodifiableMap(byThree);
  }

  private final String code;
  private final String alpha3;

  private Language(String code, String alpha3) {
    this.code = code;
    this.alpha3 = alpha3;
  }

  /**
   * Obtains a language from an ISO 639-1 or ISO 639-2/T code in any letter case, ignoring
   * surrounding spaces.
   *
   * @param code  the code, such as {@code vi}, {@code VIE} or {@code hmn}; may be null
   * @return the language, or empty when the text is not a language code the JDK knows
   */
  public static Optional<Language> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String text = code.strip();
    if (!isAsciiLetters(text)) {
      return Optional.empty();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    switch (lower.length()) {
      case 2:
        return Optional.ofNullable(BY_TWO_LETTER_CODE.get(lower));
      case 3:
        Language known = BY_THREE_LETTER_CODE.get(lower);
        return known != null ? Optional.of(known)
            : WITHOUT_TWO_LETTER_CODE.computeIfAbsent(lower, Language::withoutTwoLetterCode);
      default:
        return Optional.empty();
    }
  }

  private static Optional<Language> withoutTwoLetterCode(String code) {
    if (BIBLIOGRAPHIC.contains(code)) {
      return Optional.empty();
    }
    Locale locale = Locale.forLanguageTag(code);
    if (!locale.getLanguage().equals(code)) {
      return Optional.empty();
    }
    String name = locale.getDisplayLanguage(Locale.ENGLISH);
    return name.isBlank() || name.equalsIgnoreCase(code)
        ? Optional.empty()
        : Optional.of(new Language(code, code));
  }

  private static boolean isAsciiLetters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the canonical code: the ISO 639-1 code when the language has one, else its ISO
   * 639-2 code.
   *
   * @return two or three lower-case letters, such as {@code vi} or {@code hmn}
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the ISO 639-2/T three-letter code.
   *
   * @return three lower-case letters, such as {@code vie} or {@code hmn}
   */
  public String getAlpha3() {
    return alpha3;
  }

  /**
   * Returns the name of this language for a reader in the given locale, from the JDK's locale
   * data: {@code Tiếng Việt} in Vietnamese, {@code Vietnamese} in English.
   *
   * @param locale  the reader's locale, not null
   * @return the name, not blank
   * @throws NullPointerException if the locale is null
   */
  public String getName(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Locale.forLanguageTag(code).getDisplayLanguage(locale);
  }

  /**
   * Checks whether this language is the same as another: same canonical code.
   *
   * @param other  the other object, may be null
   * @return true for a language with the same code
   */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof Language && code.equals(((Language) other).code));
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code of the canonical code
   */
  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * Returns the canonical code, which {@link #parse(String)} reads back.
   *
   * @return the code, such as {@code vi}
   */
  @Override
  public String toString() {
    return code;
  }
}
