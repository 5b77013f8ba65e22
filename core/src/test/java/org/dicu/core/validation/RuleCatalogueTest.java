package org.dicu.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class RuleCatalogueTest {

  /** docs/RULES.md, seen from the core module's directory where Maven runs the tests. */
  private static final Path RULES = Path.of("..", "docs", "RULES.md");

  @Test
  void shouldMatchDocsRules() throws IOException {
    String generated = RuleCatalogue.toMarkdown();
    if (Boolean.getBoolean("dicu.updateDocs")) {
      Files.createDirectories(RULES.getParent());
      Files.writeString(RULES, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(RULES, StandardCharsets.UTF_8))
        .as("docs/RULES.md is stale: regenerate it with -Ddicu.updateDocs=true")
        .isEqualTo(generated);
  }

  @Test
  void shouldListEveryRuleOnce() {
    String markdown = RuleCatalogue.toMarkdown();
    for (Rule rule : Rule.values()) {
      assertThat(markdown).containsOnlyOnce("| `" + rule.getCode() + "` |");
    }
  }

  @Test
  void shouldGiveEveryRuleAUniqueCodeAndFindItBack() {
    assertThat(Arrays.stream(Rule.values()).map(Rule::getCode).collect(Collectors.toSet()))
        .hasSize(Rule.values().length);
    for (Rule rule : Rule.values()) {
      assertThat(Rule.ofCode(rule.getCode())).contains(rule);
      assertThat(rule.getDescription()).isNotBlank();
    }
    assertThat(Rule.ofCode("no.such-rule")).isEmpty();
    assertThat(Rule.ofCode(null)).isEmpty();
  }

  @Test
  void shouldGiveEveryRuleAMessageInEachLanguage() {
    for (Rule rule : Rule.values()) {
      String english = RuleCatalogue.messageTemplate(rule, Locale.ENGLISH);
      String vietnamese = RuleCatalogue.messageTemplate(rule, Locale.forLanguageTag("vi-VN"));
      assertThat(english).as(rule.getCode()).isNotBlank().doesNotContain("${");
      assertThat(vietnamese).as(rule.getCode()).isNotEqualTo(english).matches("(?s).*[^\\x00-\\x7F].*");
    }
  }
}
