package org.dicu.core.validation;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The rule catalogue as a Markdown document: every rule's code, severity, what it checks, and its
 * message in English and Vietnamese. {@code docs/RULES.md} is this document; a test keeps the two
 * equal.
 */
public final class RuleCatalogue {

  private static final String BUNDLE = "ContributorValidationMessages";

  private RuleCatalogue() {}

  /**
   * Returns a rule's message template in a language, with its {@code {parameters}} unfilled.
   *
   * @param rule  the rule, not null
   * @param locale  the language: Vietnamese for {@code vi}, English otherwise
   * @return the message template, not blank
   */
  public static String messageTemplate(Rule rule, Locale locale) {
    Locale bundleLocale = "vi".equals(locale.getLanguage()) ? locale : Locale.ROOT;
    return ResourceBundle.getBundle(BUNDLE, bundleLocale, RuleCatalogue.class.getModule())
        .getString(rule.getMessageKey());
  }

  /**
   * Returns the catalogue as Markdown.
   *
   * @return the Markdown text, ending with a line break
   */
  public static String toMarkdown() {
    StringBuilder text = new StringBuilder();
    text.append("# Validation rules\n\n")
        .append("Generated from `org.dicu.core.validation.Rule` and the message bundles by\n")
        .append("`RuleCatalogue.toMarkdown()`; a test fails when this file is stale. Regenerate it with\n")
        .append("`mvn -B -pl core test -Dtest=RuleCatalogueTest -Ddicu.updateDocs=true`.\n\n")
        .append("Each issue of a validation report carries the rule code, the severity, a JSON Pointer\n")
        .append("to the offending property and the message in the reader's language. Codes are\n")
        .append("stable: integrators may match on them. Values that are personal data are never\n")
        .append("shown. Invalid codes (an unknown country, language, currency, GCM objective number\n")
        .append("or code-list value) cannot be held by the model at all: the readers of the exchange\n")
        .append("formats report them as they read.\n\n")
        .append("| code | severity | what it checks | message (en) | message (vi) |\n")
        .append("| --- | --- | --- | --- | --- |\n");
    for (Rule rule : Rule.values()) {
      text.append("| `").append(rule.getCode()).append("` | ")
          .append(rule.getSeverity()).append(" | ")
          .append(cell(rule.getDescription())).append(" | ")
          .append(cell(messageTemplate(rule, Locale.ENGLISH))).append(" | ")
          .append(cell(messageTemplate(rule, Locale.forLanguageTag("vi")))).append(" |\n");
    }
    return text.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
