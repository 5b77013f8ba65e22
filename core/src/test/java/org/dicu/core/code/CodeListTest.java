package org.dicu.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

final class CodeListTest {

  /** A small list in the shape of the real ones. */
  enum Colour implements Coded {
    DARK_RED("DarkRed", "Dark red", "Đỏ sẫm", "Crimson"),
    SKY_BLUE("SkyBlue", "Sky blue", "Xanh da trời");

    private final CodeDefinition definition;

    Colour(String code, String labelEn, String labelVi, String... aliases) {
      this.definition = CodeDefinition.of(code, labelEn, labelVi, aliases);
    }

    @Override
    public CodeDefinition getDefinition() {
      return definition;
    }
  }

  /** A broken list: one constant's label is another constant's code. */
  enum Clashing implements Coded {
    FIRST("First", "Second", "Thứ nhất"),
    SECOND("Second", "Second one", "Thứ hai");

    private final CodeDefinition definition;

    Clashing(String code, String labelEn, String labelVi) {
      this.definition = CodeDefinition.of(code, labelEn, labelVi);
    }

    @Override
    public CodeDefinition getDefinition() {
      return definition;
    }
  }

  private final CodeList<Colour> colours = CodeList.of(Colour.class);

  @Test
  void shouldFindByWireCodeOnlyWhenExact() {
    assertThat(colours.findByCode("DarkRed")).contains(Colour.DARK_RED);
    assertThat(colours.findByCode("Dark red")).isEmpty();
    assertThat(colours.findByCode("darkred")).isEmpty();
  }

  @Test
  void shouldFindByCodeEnglishLabelOrAlias() {
    assertThat(colours.find("DarkRed")).contains(Colour.DARK_RED);
    assertThat(colours.find("Dark red")).contains(Colour.DARK_RED);
    assertThat(colours.find("Crimson")).contains(Colour.DARK_RED);
    assertThat(colours.find("crimson")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"skyblue", " SKY BLUE ", "sky blue", "Sky blue\u00a0", "\u202fSKYBLUE"})
  void shouldForgiveCaseAndSpacesWhenAskedTo(String text) {
    assertThat(colours.findIgnoringCase(text)).contains(Colour.SKY_BLUE);
  }

  @Test
  void shouldForgiveDecomposedVietnameseWhenIgnoringCase() {
    enum Place implements Coded {
      HANOI("HaNoi", "Hanoi", "Hà Nội", "Hà Nội");

      private final CodeDefinition definition;

      Place(String code, String labelEn, String labelVi, String alias) {
        this.definition = CodeDefinition.of(code, labelEn, labelVi, alias);
      }

      @Override
      public CodeDefinition getDefinition() {
        return definition;
      }
    }
    String decomposed = "Ha\u0300 No\u0323\u0302i";
    assertThat(CodeList.of(Place.class).findIgnoringCase(decomposed)).contains(Place.HANOI);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "Purple", "DarkRedX", "Đỏ sẫm"})
  void shouldGiveEmptyForUnknownText(String text) {
    assertThat(colours.findByCode(text)).isEmpty();
    assertThat(colours.find(text)).isEmpty();
    assertThat(colours.findIgnoringCase(text)).isEmpty();
  }

  @Test
  void shouldListValuesInDeclarationOrderAndNameTheList() {
    assertThat(colours.getValues()).containsExactly(Colour.DARK_RED, Colour.SKY_BLUE);
    assertThat(colours.getName()).isEqualTo("Colour");
    assertThat(colours.getType()).isEqualTo(Colour.class);
    assertThat(CodeList.of(Colour.class)).isSameAs(colours);
    assertThat(colours).hasToString("CodeList[Colour]");
  }

  @Test
  void shouldRefuseAListWhereOneNameMeansTwoConstants() {
    assertThatThrownBy(() -> CodeList.of(Clashing.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Second");
  }

  @Test
  void shouldGiveLabelsByLocale() {
    assertThat(Colour.DARK_RED.getLabel(Locale.forLanguageTag("vi-VN"))).isEqualTo("Đỏ sẫm");
    assertThat(Colour.DARK_RED.getLabel(Locale.ENGLISH)).isEqualTo("Dark red");
    assertThat(Colour.DARK_RED.getLabel(Locale.FRENCH)).isEqualTo("Dark red");
    assertThat(Colour.DARK_RED.getCode()).isEqualTo("DarkRed");
    assertThat(Colour.DARK_RED.getDefinition().isExtension()).isFalse();
  }

  @Test
  void shouldMarkExtensionCodes() {
    CodeDefinition extension = CodeDefinition.extension("ForcedCriminality", "Forced criminality",
        "Cưỡng bức phạm tội");
    assertThat(extension.isExtension()).isTrue();
    assertThat(extension.getAliases()).isEmpty();
  }

  @Test
  void shouldRefuseBlankLabels() {
    assertThatThrownBy(() -> CodeDefinition.of("Code", " ", "Mã"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("labelEn");
  }
}
