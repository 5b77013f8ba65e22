package org.dicu.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class CodeDefinitionTest {

  @Test
  void shouldHoldTheCodeLabelsAndAliasesOfAStandardConstant() {
    CodeDefinition definition =
        CodeDefinition.of("DarkRed", "Dark red", "Đỏ sẫm", "Crimson", "Carmine");

    assertThat(definition.getCode()).isEqualTo("DarkRed");
    assertThat(definition.getLabelEn()).isEqualTo("Dark red");
    assertThat(definition.getLabelVi()).isEqualTo("Đỏ sẫm");
    assertThat(definition.getAliases()).containsExactlyInAnyOrder("Crimson", "Carmine");
    assertThat(definition.isExtension()).isFalse();
    assertThat(definition).hasToString("DarkRed");
  }

  @Test
  void shouldHoldAnExtensionWithoutAliases() {
    CodeDefinition extension =
        CodeDefinition.extension("ForcedCriminality", "Forced criminality", "Cưỡng bức phạm tội");

    assertThat(extension.getCode()).isEqualTo("ForcedCriminality");
    assertThat(extension.getLabelEn()).isEqualTo("Forced criminality");
    assertThat(extension.getLabelVi()).isEqualTo("Cưỡng bức phạm tội");
    assertThat(extension.getAliases()).isEmpty();
    assertThat(extension.isExtension()).isTrue();
  }

  @Test
  void shouldGiveTheVietnameseLabelOnlyToVietnameseReaders() {
    CodeDefinition definition = CodeDefinition.of("SkyBlue", "Sky blue", "Xanh da trời");

    assertThat(definition.getLabel(Locale.forLanguageTag("vi"))).isEqualTo("Xanh da trời");
    assertThat(definition.getLabel(Locale.forLanguageTag("vi-VN"))).isEqualTo("Xanh da trời");
    assertThat(definition.getLabel(Locale.ENGLISH)).isEqualTo("Sky blue");
    assertThat(definition.getLabel(Locale.FRENCH)).isEqualTo("Sky blue");
    assertThat(definition.getLabel(Locale.ROOT)).isEqualTo("Sky blue");
  }

  @Test
  void shouldNotLetTheCallerChangeTheAliases() {
    String[] aliases = {"Crimson"};
    CodeDefinition definition = CodeDefinition.of("DarkRed", "Dark red", "Đỏ sẫm", aliases);
    aliases[0] = "Scarlet";

    assertThat(definition.getAliases()).containsExactly("Crimson");
    assertThatThrownBy(() -> definition.getAliases().add("Scarlet"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void shouldRefuseABlankCodeOrLabelNamingTheArgument(String blank) {
    assertThatThrownBy(() -> CodeDefinition.of(blank, "Label", "Nhãn"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code must not be blank");
    assertThatThrownBy(() -> CodeDefinition.of("Code", blank, "Nhãn"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("labelEn must not be blank");
    assertThatThrownBy(() -> CodeDefinition.extension("Code", "Label", blank))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("labelVi must not be blank");
  }

  @Test
  void shouldRefuseAMissingCodeOrLabelNamingTheArgument() {
    assertThatThrownBy(() -> CodeDefinition.of(null, "Label", "Nhãn"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("code");
    assertThatThrownBy(() -> CodeDefinition.extension("Code", null, "Nhãn"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("labelEn");
    assertThatThrownBy(() -> CodeDefinition.of("Code", "Label", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("labelVi");
  }
}
