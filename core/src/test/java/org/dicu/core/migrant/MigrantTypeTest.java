package org.dicu.core.migrant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.dicu.core.code.CodeList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class MigrantTypeTest {

  private final CodeList<MigrantType> types = CodeList.of(MigrantType.class);

  /** The values of the "Migrant Type" and "Other" tables of the HTCDS 2.0 guidance, as spelt. */
  static Stream<Arguments> guidanceValues() {
    return Stream.of(
        Arguments.of("Family Migrant", "FamilyMigrant"),
        Arguments.of("Visitor / Tourist Migrant", "VisitorOrTouristMigrant"),
        Arguments.of("Labour migrant", "LabourMigrant"),
        Arguments.of("Student Migrant", "StudentMigrant"),
        Arguments.of("Irregular migrant", "IrregularMigrant"),
        Arguments.of("Environmental migrant", "EnvironmentalMigrant"),
        Arguments.of(" Vulnerable migrant", "VulnerableMigrant"),
        Arguments.of("Stranded migrant", "StrandedMigrant"),
        Arguments.of("Forced migrant", "ForcedMigrant"),
        Arguments.of("Deportee", "Deportee"),
        Arguments.of("Ex-combatant", "ExCombatant"),
        Arguments.of("Internally displaced person", "InternallyDisplacedPerson"),
        Arguments.of("Seperated or Unaccompanied child", "SeparatedOrUnaccompaniedChild"),
        Arguments.of("Returnee", "Returnee"));
  }

  @ParameterizedTest
  @MethodSource("guidanceValues")
  void shouldResolveEveryValueOfTheGuidanceAsSpelt(String value, String code) {
    assertThat(types.find(value.strip()).map(MigrantType::getCode)).contains(code);
  }

  @Test
  void shouldCoverExactlyTheValuesOfTheGuidance() {
    assertThat(types.getValues()).hasSize((int) guidanceValues().count());
  }

  @Test
  void shouldUseTidiedEnglishLabels() {
    assertThat(MigrantType.LABOUR_MIGRANT.getLabelEn()).isEqualTo("Labour migrant");
    assertThat(MigrantType.VISITOR_OR_TOURIST_MIGRANT.getLabelEn())
        .isEqualTo("Visitor / Tourist migrant");
    assertThat(MigrantType.SEPARATED_OR_UNACCOMPANIED_CHILD.getLabelEn())
        .isEqualTo("Separated or unaccompanied child");
    assertThat(MigrantType.FAMILY_MIGRANT.getLabelEn()).isEqualTo("Family migrant");
  }
}
