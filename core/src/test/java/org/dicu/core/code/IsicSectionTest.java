package org.dicu.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class IsicSectionTest {

  private final CodeList<IsicSection> sections = CodeList.of(IsicSection.class);

  @Test
  void shouldGiveTheTwentyOneSectionLettersInOrder() {
    assertThat(sections.getValues())
        .extracting(IsicSection::getSectionLetter)
        .containsExactly(
            "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q",
            "R", "S", "T", "U");
  }

  static Stream<Arguments> lettersAndCodes() {
    return Stream.of(
        Arguments.of("A", "A_AgricultureForestryAndFishing"),
        Arguments.of("C", "C_Manufacturing"),
        Arguments.of("F", "F_Construction"),
        Arguments.of("O", "O_PublicAdministrationAndDefence"),
        Arguments.of("T", "T_ActivitiesOfHouseholdsAsEmployers"),
        Arguments.of("U", "U_ActivitiesOfExtraterritorialOrganizations"));
  }

  @ParameterizedTest
  @MethodSource("lettersAndCodes")
  void shouldAcceptTheBareSectionLetter(String letter, String code) {
    assertThat(sections.find(letter).map(IsicSection::getCode)).contains(code);
    assertThat(sections.findByCode(code).map(IsicSection::getSectionLetter)).contains(letter);
  }

  @Test
  void shouldForgiveALowerCaseLetterOnlyWhenAskedTo() {
    assertThat(sections.find("p")).isEmpty();
    assertThat(sections.findIgnoringCase("p")).contains(IsicSection.P_EDUCATION);
  }

  @ParameterizedTest
  @ValueSource(strings = {"V", "Z", "AB", "01"})
  void shouldNotFindLettersOutsideTheClassification(String text) {
    assertThat(sections.findIgnoringCase(text)).isEmpty();
  }

  @Test
  void shouldAcceptTheOfficialIsicSpellingOfSectionT() {
    assertThat(
            sections.find(
                "Activities of households as employers; undifferentiated goods- and"
                    + " services-producing activities of households for own use"))
        .contains(IsicSection.T_ACTIVITIES_OF_HOUSEHOLDS_AS_EMPLOYERS);
  }

  @Test
  void shouldLabelSectionsWithTheVsicNames() {
    assertThat(IsicSection.A_AGRICULTURE_FORESTRY_AND_FISHING.getLabelVi())
        .isEqualTo("Nông nghiệp, lâm nghiệp và thủy sản");
    assertThat(IsicSection.C_MANUFACTURING.getLabelVi())
        .isEqualTo("Công nghiệp chế biến, chế tạo");
  }
}
