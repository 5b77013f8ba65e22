package org.dicu.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

final class Article37Test {

  /** The points of Art. 37(1) of Law 53/2024/QH15 and the wire codes this project gives them. */
  private static final Map<String, String> POINTS = new LinkedHashMap<>();

  static {
    POINTS.put("a", "EssentialNeeds");
    POINTS.put("b", "MedicalSupport");
    POINTS.put("c", "Interpretation");
    POINTS.put("d", "LegalSupport");
    POINTS.put("đ", "LegalAid");
    POINTS.put("e", "TravelSupport");
    POINTS.put("g", "PsychologicalSupport");
    POINTS.put("h", "GeneralEducation");
    POINTS.put("i", "VocationalTrainingAndJobSupport");
    POINTS.put("k", "InitialHardshipAllowanceAndLoan");
  }

  /** The entitlement table of the Viet Nam context page, as written there. */
  private static final Map<String, String> TABLE =
      Map.of(
          "VietnameseOrStatelessVictim", "a, b, c, d, đ, e, g, h, i, k",
          "AccompanyingChild", "a, b, c, d, đ, e, g, h",
          "UnderIdentificationAbroad", "a, b, c, d",
          "UnderIdentificationInVietnam", "a, b, c, d, đ, e, g",
          "ForeignVictimInVietnam", "a, b, c, d, đ, g");

  private static List<String> pointsOf(String group) {
    return List.of(TABLE.get(group).split(", "));
  }

  private static BeneficiaryGroup group(String code) {
    return Stream.of(BeneficiaryGroup.values())
        .filter(group -> group.getCode().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static SupportService regime(String point) {
    return Stream.of(SupportService.values())
        .filter(service -> service.getCode().equals(POINTS.get(point)))
        .findFirst()
        .orElseThrow();
  }

  /** Every cell of the table: group, point, whether the group is entitled to it. */
  static Stream<Arguments> cells() {
    List<Arguments> cells = new ArrayList<>();
    for (String group : TABLE.keySet()) {
      for (String point : POINTS.keySet()) {
        cells.add(Arguments.of(group, point, pointsOf(group).contains(point)));
      }
    }
    return cells.stream();
  }

  static Stream<String> groups() {
    return TABLE.keySet().stream();
  }

  @Test
  void shouldCoverEveryCellOfTheTable() {
    assertThat(cells()).hasSize(50);
    assertThat(TABLE.keySet())
        .containsExactlyInAnyOrder(
            Stream.of(BeneficiaryGroup.values())
                .map(BeneficiaryGroup::getCode)
                .toArray(String[]::new));
  }

  @ParameterizedTest(name = "{0} at point {1}: {2}")
  @MethodSource("cells")
  void shouldAllowARegimeExactlyWhenTheTableSaysSo(String group, String point, boolean entitled) {
    assertThat(Article37.allows(group(group), regime(point))).isEqualTo(entitled);
    assertThat(Article37.regimesFor(group(group)).contains(regime(point))).isEqualTo(entitled);
  }

  @ParameterizedTest
  @MethodSource("groups")
  void shouldGiveEachGroupItsRegimesInTheLawsOrder(String group) {
    List<SupportService> expected =
        pointsOf(group).stream().map(Article37Test::regime).collect(Collectors.toList());

    assertThat(Article37.regimesFor(group(group))).containsExactlyElementsOf(expected);
  }

  @Test
  void shouldListTheTenRegimesInTheLawsOrder() {
    assertThat(Article37.regimes())
        .extracting(SupportService::getCode)
        .containsExactlyElementsOf(POINTS.values());
    assertThat(Article37.regimes())
        .extracting(service -> service.getArticle37Point().orElseThrow())
        .containsExactly("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k");
  }

  @ParameterizedTest
  @EnumSource(BeneficiaryGroup.class)
  void shouldNeverRestrictServicesOutsideArticle37(BeneficiaryGroup group) {
    for (SupportService service : SupportService.values()) {
      if (!POINTS.containsValue(service.getCode())) {
        assertThat(Article37.allows(group, service)).as(service.getCode()).isTrue();
        assertThat(Article37.regimesFor(group)).doesNotContain(service);
      }
    }
  }

  @Test
  void shouldKeepForeignersFromEducationTrainingAndAllowances() {
    BeneficiaryGroup foreigner = BeneficiaryGroup.FOREIGN_VICTIM_IN_VIETNAM;

    assertThat(Article37.allows(foreigner, SupportService.LEGAL_AID)).isTrue();
    assertThat(Article37.allows(foreigner, SupportService.TRAVEL_SUPPORT)).isFalse();
    assertThat(Article37.allows(foreigner, SupportService.GENERAL_EDUCATION)).isFalse();
    assertThat(Article37.allows(foreigner, SupportService.PREFERENTIAL_LOAN)).isTrue();
  }

  @Test
  void shouldReturnSetsThatCallersCannotChange() {
    Set<SupportService> regimes = Article37.regimesFor(BeneficiaryGroup.ACCOMPANYING_CHILD);

    assertThatThrownBy(() -> regimes.add(SupportService.INITIAL_HARDSHIP_ALLOWANCE_AND_LOAN))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Article37.regimes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void shouldNameTheMissingArgument() {
    assertThatThrownBy(() -> Article37.regimesFor(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("group");
    assertThatThrownBy(() -> Article37.allows(null, SupportService.SHELTER))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("group");
    assertThatThrownBy(() -> Article37.allows(BeneficiaryGroup.ACCOMPANYING_CHILD, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("service");
  }
}
