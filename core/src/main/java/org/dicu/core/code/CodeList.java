package org.dicu.core.code;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The constants of one code-list enum with constant-time lookups by wire code or alias.
 *
 * <p>{@link #find(String)} accepts exactly the wire code, the English label or a declared alias;
 * {@link #findIgnoringCase(String)} also forgives letter case, surrounding spaces (no-break spaces
 * included) and Unicode normalisation, as spreadsheets need. Neither throws: unknown, blank or null text gives an empty
 * result.
 *
 * <pre>{@code
 * Optional<Gender> gender = CodeList.of(Gender.class).find("Feminine");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <E>  the enum type of the list
 */
public final class CodeList<E extends Enum<E> & Coded> {

  private static final ClassValue<CodeList<?>> CACHE =
      new ClassValue<>() {
        @Override
        protected CodeList<?> computeValue(Class<?> type) {
          return create(type.asSubclass(Enum.class));
        }
      };

  /** No-break spaces, which spreadsheets leave in cells and {@link String#strip()} keeps. */

  private final Class<E> type;
  private final List<E> values;
  private final Map<String, E> byCode;
  private final Map<String, E> exact;
  private final Map<String, E> folded;

  private CodeList(Class<E> type) {
    this.type = type;
    this.values = List.copyOf(EnumSet.allOf(type));
    Map<String, E> codeMap = new HashMap<>();
    Map<String, E> exactMap = new HashMap<>();
    Map<String, E> foldedMap = new HashMap<>();
    for (E constant : values) {
      CodeDefinition definition = constant.getDefinition();
      codeMap.put(definition.getCode(), constant);
      register(exactMap, foldedMap, definition.getCode(), constant);
      register(exactMap, foldedMap, definition.getLabelEn().strip(), constant);
      for (String alias : definition.getAliases()) {
        register(exactMap, foldedMap, alias.strip(), constant);
      }
    }
    this.byCode = Map.copyOf(codeMap);
    this.exact = Map.copyOf(exactMap);
    this.folded = Map.copyOf(foldedMap);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static CodeList<?> create(Class<? extends Enum> type) {
    if (!Coded.class.isAssignableFrom(type)) {
      throw new IllegalArgumentException(type.getName() + " does not implement Coded");
    }
    return new CodeList(type);
  }

  private void register(
      Map<String, E> exactMap, Map<String, E> foldedMap, String key, E constant) {
    exactMap.putIfAbsent(key, constant);
    // every key is also registered folded, so a key naming another constant clashes there too
    E previous = foldedMap.putIfAbsent(fold(key), constant);
    if (previous != null && previous != constant) {
      throw new IllegalStateException(
          getName() + ": '" + key + "' would name two constants, " + constant + " and another");
    }
  }

  private static String fold(String text) {
    String spaced = text.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ')
        .strip();
    return Normalizer.normalize(spaced, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  /**
   * Obtains the code list of an enum.
   *
   * @param <E>  the enum type
   * @param type  the enum class, not null
   * @return the code list, not null
   * @throws IllegalStateException if two constants share a code, label or alias
   */
  @SuppressWarnings("unchecked")
  public static <E extends Enum<E> & Coded> CodeList<E> of(Class<E> type) {
    Objects.requireNonNull(type, "type");
    return (CodeList<E>) CACHE.get(type);
  }

  /**
   * Returns the name of this list, the simple name of its enum (e.g. {@code TraffickingStatus}).
   *
   * @return the name, not blank
   */
  public String getName() {
    return type.getSimpleName();
  }

  /**
   * Returns the enum type of this list.
   *
   * @return the enum class, not null
   */
  public Class<E> getType() {
    return type;
  }

  /**
   * Returns the constants in declaration order.
   *
   * @return the constants, not empty
   */
  public List<E> getValues() {
    return values;
  }

  /**
   * Finds a constant by its exact wire code, as the exchange format requires.
   *
   * @param code  the wire code, may be null
   * @return the constant, or empty when the code is null, blank or unknown
   */
  public Optional<E> findByCode(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
  }

  /**
   * Finds a constant by its exact wire code, English label or alias.
   *
   * @param text  the code or alias, may be null
   * @return the constant, or empty when the text is null, blank or unknown
   */
  public Optional<E> find(String text) {
    return text == null ? Optional.empty() : Optional.ofNullable(exact.get(text));
  }

  /**
   * Finds a constant by wire code, English label or alias, ignoring letter case, surrounding
   * spaces and Unicode normalisation form.
   *
   * @param text  the code or alias, may be null
   * @return the constant, or empty when the text is null, blank or unknown
   */
  public Optional<E> findIgnoringCase(String text) {
    if (text == null) {
      return Optional.empty();
    }
    E constant = exact.get(text);
    return constant != null ? Optional.of(constant) : Optional.ofNullable(folded.get(fold(text)));
  }

  @Override
  public String toString() {
    return "CodeList[" + getName() + "]";
  }
}
