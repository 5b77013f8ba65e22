package org.dicu.core.code;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The wire code, English and Vietnamese labels and read-only aliases of one code-list constant.
 *
 * <p>Aliases are other spellings accepted when reading, such as the value labels that the HTCDS
 * spreadsheet templates write into cells. The English label is always accepted as an alias.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodeDefinition {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final String code;
  private final String labelEn;
  private final String labelVi;
  private final Set<String> aliases;
  private final boolean extension;

  private CodeDefinition(
      String code, String labelEn, String labelVi, Set<String> aliases, boolean extension) {
    this.code = requireText(code, "code");
    this.labelEn = requireText(labelEn, "labelEn");
    this.labelVi = requireText(labelVi, "labelVi");
    this.aliases = Set.copyOf(aliases);
    this.extension = extension;
  }

  /**
   * Obtains the definition of a constant defined by the standard its list comes from.
   *
   * @param code  the wire code, not blank
   * @param labelEn  the English label, not blank
   * @param labelVi  the Vietnamese label, not blank
   * @param aliases  further spellings accepted when reading, not null
   * @return the definition, not null
   * @throws IllegalArgumentException if a code or label is blank
   */
  public static CodeDefinition of(String code, String labelEn, String labelVi, String... aliases) {
    return new CodeDefinition(code, labelEn, labelVi, Set.of(aliases), false);
  }

  /**
   * Obtains the definition of a constant that dicu adds to a list of a standard, such as
   * {@code ForcedCriminality} in the HTCDS types of exploitation.
   *
   * @param code  the wire code, not blank
   * @param labelEn  the English label, not blank
   * @param labelVi  the Vietnamese label, not blank
   * @return the definition, not null
   * @throws IllegalArgumentException if a code or label is blank
   */
  public static CodeDefinition extension(String code, String labelEn, String labelVi) {
    return new CodeDefinition(code, labelEn, labelVi, Set.of(), true);
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /**
   * Returns the wire code.
   *
   * @return the wire code, not blank
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the English label.
   *
   * @return the English label, not blank
   */
  public String getLabelEn() {
    return labelEn;
  }

  /**
   * Returns the Vietnamese label.
   *
   * @return the Vietnamese label, not blank
   */
  public String getLabelVi() {
    return labelVi;
  }

  /**
   * Returns the label for a reader in the given locale: Vietnamese for {@code vi}, else English.
   *
   * @param locale  the reader's locale, not null
   * @return the label, not blank
   */
  public String getLabel(Locale locale) {
    return VIETNAMESE.getLanguage().equals(locale.getLanguage()) ? labelVi : labelEn;
  }

  /**
   * Returns the further spellings accepted when reading, besides the code and English label.
   *
   * @return the aliases, may be empty
   */
  public Set<String> getAliases() {
    return aliases;
  }

  /**
   * Checks whether dicu added this constant to a list defined by a standard.
   *
   * @return true for an extension code, false for a code of the standard
   */
  public boolean isExtension() {
    return extension;
  }

  @Override
  public String toString() {
    return code;
  }
}
