package org.dicu.core.gcm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
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
import org.junit.jupiter.params.provider.ValueSource;

final class GcmObjectiveTest {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final List<List<String>> ROWS = CsvTable.read("/gcm/objectives.csv");
  private final CodeList<GcmObjective> objectives = CodeList.of(GcmObjective.class);

  static Stream<Arguments> rows() {
    return IntStream.range(0, ROWS.size()).mapToObj(i -> Arguments.of(i, ROWS.get(i)));
  }

  @Test
  void shouldHaveTheTwentyThreeObjectivesOfTheResolutionInOrder() {
    assertThat(ROWS).hasSize(23);
    assertThat(GcmObjective.values())
        .extracting(GcmObjective::getCode)
        .containsExactlyElementsOf(
            ROWS.stream().map(row -> row.get(0)).collect(Collectors.toList()));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void shouldMatchTheReferenceTableRow(int index, List<String> row) {
    GcmObjective objective = GcmObjective.values()[index];

    assertThat(objective.getNumber()).isEqualTo(Integer.parseInt(row.get(0)));
    assertThat(objective.getShortName(Locale.ENGLISH)).isEqualTo(row.get(1));
    assertThat(objective.getLabelEn()).isEqualTo(row.get(2));
    assertThat(objective.getLabelVi()).isEqualTo(row.get(3));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void shouldBeFoundByNumberShortNameTitleAndGcmStyleCode(int index, List<String> row) {
    GcmObjective objective = GcmObjective.values()[index];

    assertThat(objectives.findByCode(row.get(0))).contains(objective);
    assertThat(objectives.find(row.get(1))).contains(objective);
    assertThat(objectives.find(row.get(2))).contains(objective);
    assertThat(objectives.find("GCM" + row.get(0))).contains(objective);
    assertThat(objectives.findIgnoringCase(" gcm" + row.get(0) + " ")).contains(objective);
    assertThat(GcmObjective.ofNumber(Integer.parseInt(row.get(0)))).contains(objective);
  }

  @Test
  void shouldNameTheTraffickingObjectiveAfterItsShortName() {
    assertThat(GcmObjective.ERADICATE_TRAFFICKING.getNumber()).isEqualTo(10);
    assertThat(GcmObjective.ERADICATE_TRAFFICKING.getCode()).isEqualTo("10");
    assertThat(objectives.find("GCM10")).contains(GcmObjective.ERADICATE_TRAFFICKING);
    assertThat(objectives.find("Eradicate trafficking"))
        .contains(GcmObjective.ERADICATE_TRAFFICKING);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 24, -1, -10, 100, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void shouldFindNoObjectiveOutsideOneToTwentyThree(int number) {
    assertThat(GcmObjective.ofNumber(number)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "24", "01", "GCM0", "GCM24", "GCM 10", "Objective 10", "", " "})
  void shouldFindNoObjectiveForOtherSpellings(String text) {
    assertThat(objectives.find(text)).isEmpty();
    assertThat(objectives.findIgnoringCase(text)).isEmpty();
  }

  @Test
  void shouldFindNoObjectiveForNull() {
    assertThat(objectives.find(null)).isEmpty();
    assertThat(objectives.findByCode(null)).isEmpty();
  }

  @Test
  void shouldGiveEachObjectiveItsOwnVietnameseShortName() {
    List<String> vietnamese =
        Arrays.stream(GcmObjective.values())
            .map(objective -> objective.getShortName(VIETNAMESE))
            .collect(Collectors.toList());

    assertThat(vietnamese)
        .doesNotHaveDuplicates()
        .allSatisfy(name -> assertThat(name).isNotBlank());
    for (GcmObjective objective : GcmObjective.values()) {
      assertThat(objective.getShortName(VIETNAMESE))
          .isNotEqualTo(objective.getShortName(Locale.ENGLISH));
    }
    assertThat(GcmObjective.ERADICATE_TRAFFICKING.getShortName(VIETNAMESE))
        .isEqualTo("Xóa bỏ mua bán người");
    assertThat(GcmObjective.DATA.getShortName(Locale.forLanguageTag("vi-VN"))).isEqualTo("Dữ liệu");
  }

  @Test
  void shouldGiveEnglishShortNamesToReadersOfOtherLanguages() {
    assertThat(GcmObjective.SAVE_LIVES.getShortName(Locale.FRENCH)).isEqualTo("Save lives");
    assertThat(GcmObjective.SAVE_LIVES.getShortName(Locale.ROOT)).isEqualTo("Save lives");
  }

  @Test
  void shouldRejectANullLocaleForTheShortName() {
    assertThatThrownBy(() -> GcmObjective.DATA.getShortName(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("locale");
  }
}
