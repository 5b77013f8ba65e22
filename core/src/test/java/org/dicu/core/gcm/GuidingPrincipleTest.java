package org.dicu.core.gcm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dicu.core.code.CodeList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class GuidingPrincipleTest {

  private static final List<List<String>> ROWS = CsvTable.read("/gcm/guiding-principles.csv");
  private final CodeList<GuidingPrinciple> principles = CodeList.of(GuidingPrinciple.class);

  static Stream<Arguments> rows() {
    return IntStream.range(0, ROWS.size()).mapToObj(i -> Arguments.of(i, ROWS.get(i)));
  }

  /** Turns {@code RULE_OF_LAW} into {@code RuleOfLaw}. */
  private static String pascalCase(String upperSnake) {
    return Stream.of(upperSnake.split("_"))
        .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
        .collect(Collectors.joining());
  }

  @Test
  void shouldHaveTheTenPrinciplesOfTheResolutionInOrder() {
    assertThat(ROWS).hasSize(10);
    assertThat(GuidingPrinciple.values())
        .extracting(GuidingPrinciple::name)
        .containsExactlyElementsOf(
            ROWS.stream().map(row -> row.get(0)).collect(Collectors.toList()));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void shouldMatchTheReferenceTableRow(int index, List<String> row) {
    GuidingPrinciple principle = GuidingPrinciple.values()[index];

    assertThat(principle.getCode()).isEqualTo(pascalCase(row.get(0)));
    assertThat(principle.getLabelEn()).isEqualTo(row.get(1));
    assertThat(principle.getLabelVi()).isEqualTo(row.get(2));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void shouldBeFoundByPascalCaseCodeReferenceCodeAndName(int index, List<String> row) {
    GuidingPrinciple principle = GuidingPrinciple.values()[index];

    assertThat(principles.findByCode(pascalCase(row.get(0)))).contains(principle);
    assertThat(principles.findByCode(row.get(0))).isEmpty();
    assertThat(principles.find(row.get(0))).contains(principle);
    assertThat(principles.find(row.get(1))).contains(principle);
    assertThat(principles.findIgnoringCase(row.get(1).toUpperCase(Locale.ROOT)))
        .contains(principle);
  }

  @Test
  void shouldSpellTheWireCodesInPascalCase() {
    assertThat(GuidingPrinciple.PEOPLE_CENTRED.getCode()).isEqualTo("PeopleCentred");
    assertThat(GuidingPrinciple.INTERNATIONAL_COOPERATION.getCode())
        .isEqualTo("InternationalCooperation");
    assertThat(GuidingPrinciple.WHOLE_OF_SOCIETY.getCode()).isEqualTo("WholeOfSociety");
  }

  @Test
  void shouldFindNoPrincipleForUnknownOrMissingText() {
    assertThat(principles.find(null)).isEmpty();
    assertThat(principles.find("")).isEmpty();
    assertThat(principles.findIgnoringCase("Rule of law")).isEmpty();
    assertThat(principles.findByCode("peoplecentred")).isEmpty();
  }
}
