package org.dicu.serialization.htcds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dicu.core.code.Country;

/**
 * Finds the country a cell means: an ISO 3166-1 alpha-2 code, or with a warning an alpha-3 code,
 * an English or Vietnamese name as the JDK spells it, or a name of the toolkit's country list.
 */
final class Countries {

  private static final String TOOLKIT_COUNTRIES = "toolkit-countries.tsv";

  /** A country found in a cell, and whether the cell held its alpha-2 code. */
  static final class Match {
    final Country country;
    final boolean alpha2;

    Match(Country country, boolean alpha2) {
      this.country = country;
      this.alpha2 = alpha2;
    }
  }

  private Countries() {}

  /**
   * Finds the country a cell's text means.
   *
   * @param text  the clean text, not empty
   * @return the match, or empty when the text is no country
   */
  static Optional<Match> find(String text) {
    if (text.length() == 2) {
      Optional<Country> code = Country.parse(text);
      if (code.isPresent()) {
        return Optional.of(new Match(code.get(), true));
      }
    }
    Optional<Country> other = text.length() == 3 ? Country.parse(text) : Optional.empty();
    if (other.isEmpty()) {
      other = Country.ofName(text);
    }
    if (other.isEmpty()) {
      other = Optional.ofNullable(Toolkit.BY_NAME.get(Text.fold(text)));
    }
    return other.map(country -> new Match(country, false));
  }

  /** The names of the toolkit's country list, read on first use. */
  private static final class Toolkit {
    static final Map<String, Country> BY_NAME = load();

    private static Map<String, Country> load() {
      Map<String, Country> byName = new HashMap<>();
      try (InputStream in = Countries.class.getResourceAsStream(TOOLKIT_COUNTRIES)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + TOOLKIT_COUNTRIES);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] parts = line.split("\t", -1);
          Optional<Country> country = Country.ofAlpha2(parts[0].strip());
          if (parts.length == 2 && country.isPresent()) {
            byName.putIfAbsent(Text.fold(parts[1]), country.get());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Map.copyOf(byName);
    }
  }
}
