package org.dicu.core.code;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A country or territory of ISO 3166-1, as the JDK's locale data lists it.
 *
 * <p>Records carry the alpha-2 code ({@code VN}); CTDC exports need the alpha-3 code ({@code VNM}).
 * The codes and the English and Vietnamese names come from {@link Locale}, never from a table
 * typed into dicu, so they follow the JDK's ISO and CLDR data. A code that the JDK lists without
 * a current ISO 3166-1 alpha-3 code is left out, so every country has both codes.
 *
 * <pre>{@code
 * Country vietNam = Country.parse("vnm").orElseThrow();
 * vietNam.getName(Locale.forLanguageTag("vi"));   // "Việt Nam"
 * }</pre>
 *
 * <p>Lookups never throw: null, blank, malformed or unknown input gives an empty result.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Country {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static final Table TABLE = Table.load();

  private final String alpha2;
  private final String alpha3;

  private Country(String alpha2, String alpha3) {
    this.alpha2 = alpha2;
    this.alpha3 = alpha3;
  }

  /**
   * Obtains a country from its ISO 3166-1 alpha-2 code, exactly as written on the wire.
   *
   * @param alpha2  two upper-case letters, such as {@code VN}; may be null
   * @return the country, or empty when the text is not the upper-case alpha-2 code of a country
   */
  public static Optional<Country> ofAlpha2(String alpha2) {
    return alpha2 == null ? Optional.empty() : Optional.ofNullable(TABLE.byAlpha2.get(alpha2));
  }

  /**
   * Obtains a country from its ISO 3166-1 alpha-3 code, exactly as CTDC writes it.
   *
   * @param alpha3  three upper-case letters, such as {@code VNM}; may be null
   * @return the country, or empty when the text is not the upper-case alpha-3 code of a country
   */
  public static Optional<Country> ofAlpha3(String alpha3) {
    return alpha3 == null ? Optional.empty() : Optional.ofNullable(TABLE.byAlpha3.get(alpha3));
  }

  /**
   * Obtains a country from an alpha-2 or alpha-3 code in any letter case, ignoring surrounding
   * spaces, as spreadsheets and older systems write them.
   *
   * @param code  the code, such as {@code vn}, {@code VNM} or {@code " Vn "}; may be null
   * @return the country, or empty when the text is not a country code
   */
  public static Optional<Country> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String text = code.strip();
    if (!isAsciiLetters(text)) {
      return Optional.empty();
    }
    String upper = text.toUpperCase(Locale.ROOT);
    switch (upper.length()) {
      case 2:
        return ofAlpha2(upper);
      case 3:
        return ofAlpha3(upper);
      default:
        return Optional.empty();
    }
  }

  /**
   * Obtains a country from its English or Vietnamese name as the JDK spells it, ignoring letter
   * case, diacritics and extra spaces: {@code "Vietnam"}, {@code "Việt Nam"} and
   * {@code "viet nam"} all give {@code VN}.
   *
   * @param name  the name, may be null
   * @return the country, or empty when no country has that name (a part of a name is not enough)
   */
  public static Optional<Country> ofName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(NameIndex.BY_NAME.get(fold(name)));
  }

  /**
   * Returns every country, ordered by alpha-2 code.
   *
   * @return the countries, not empty, unmodifiable
   */
  public static List<Country> all() {
    return TABLE.all;
  }

  /**
   * Returns the ISO 3166-1 alpha-2 code, written on the wire.
   *
   * @return two upper-case letters, such as {@code VN}
   */
  public String getAlpha2() {
    return alpha2;
  }

  /**
   * Returns the ISO 3166-1 alpha-3 code, used by CTDC.
   *
   * @return three upper-case letters, such as {@code VNM}
   */
  public String getAlpha3() {
    return alpha3;
  }

  /**
   * Returns the name of this country for a reader in the given locale, from the JDK's locale data:
   * {@code Việt Nam} in Vietnamese, {@code Vietnam} in English.
   *
   * @param locale  the reader's locale, not null
   * @return the name, not blank
   * @throws NullPointerException if the locale is null
   */
  public String getName(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return toLocale(alpha2).getDisplayCountry(locale);
  }

  /**
   * Checks whether this country is the same as another: same alpha-2 code.
   *
   * @param other  the other object, may be null
   * @return true for a country with the same code
   */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof Country && alpha2.equals(((Country) other).alpha2));
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code of the alpha-2 code
   */
  @Override
  public int hashCode() {
    return alpha2.hashCode();
  }

  /**
   * Returns the alpha-2 code, which {@link #ofAlpha2(String)} reads back.
   *
   * @return the alpha-2 code, such as {@code VN}
   */
  @Override
  public String toString() {
    return alpha2;
  }

  /**
   * Finds the current ISO 3166-1 alpha-3 code that the JDK gives an alpha-2 code. The JDK throws
   * for some codes it knows (such as {@code AN}, Netherlands Antilles) and could answer with a
   * withdrawn code; both give an empty result.
   */
  static Optional<String> alpha3Of(String alpha2, Set<String> currentAlpha3) {
    try {
      String alpha3 = toLocale(alpha2).getISO3Country();
      return currentAlpha3.contains(alpha3) ? Optional.of(alpha3) : Optional.empty();
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  private static Locale toLocale(String alpha2) {
    return new Locale.Builder().setRegion(alpha2).build();
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

  /** Folds a name for comparison: no diacritics, {@code đ} as {@code d}, lower case, one space. */
  private static String fold(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = folded.length() > 0;
        continue;
      }
      if (space) {
        folded.append(' ');
        space = false;
      }
      if (c == 'đ' || c == 'Đ') {
        folded.append('d');
      } else if (c == '’' || c == '‘') {
        folded.append('\'');
      } else {
        folded.append(c);
      }
    }
    return folded.toString().toLowerCase(Locale.ROOT);
  }

  /** The countries and their codes, built once from the JDK. */
  private static final class Table {
    private final List<Country> all;
    private final Map<String, Country> byAlpha2;
    private final Map<String, Country> byAlpha3;

    private Table(List<Country> all, Map<String, Country> byAlpha2, Map<String, Country> byAlpha3) {
      this.all = all;
      this.byAlpha2 = byAlpha2;
      this.byAlpha3 = byAlpha3;
    }

    static Table load() {
      Set<String> currentAlpha3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
      List<Country> all = new ArrayList<>();
      Map<String, Country> byAlpha2 = new HashMap<>();
      Map<String, Country> byAlpha3 = new HashMap<>();
      Set<String> alpha2Codes =
          new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
      for (String alpha2 : alpha2Codes) {
        Optional<String> alpha3 = alpha3Of(alpha2, currentAlpha3);
        if (alpha3.isPresent() && !byAlpha3.containsKey(alpha3.get())) {
          Country country = new Country(alpha2, alpha3.get());
          all.add(country);
          byAlpha2.put(alpha2, country);
          byAlpha3.put(alpha3.get(), country);
        }
      }
      return new Table(
          Collections.unmodifiableList(all), Map.copyOf(byAlpha2), Map.copyOf(byAlpha3));
    }
  }

  /** The folded English and Vietnamese names, built on first use; shared names are left out. */
  private static final class NameIndex {
    private static final Map<String, Country> BY_NAME = load();

    private static Map<String, Country> load() {
      Map<String, Country> byName = new HashMap<>();
      Set<String> shared = new HashSet<>();
      for (Country country : all()) {
        for (Locale locale : List.of(Locale.ENGLISH, VIETNAMESE)) {
          String name = country.getName(locale);
          if (name.equalsIgnoreCase(country.alpha2)) {
            continue;
          }
          String key = fold(name);
          Country previous = byName.putIfAbsent(key, country);
          if (previous != null && !previous.equals(country)) {
            shared.add(key);
          }
        }
      }
      byName.keySet().removeAll(shared);
      byName.remove("");
      return Map.copyOf(byName);
    }
  }
}
