package org.dicu.serialization.ctdc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class AnonymityPlanTest {

  /** Returns quasi-identifiers from year, gender, age band, citizenship, country. */
  private static QuasiIdentifiers qi(String year, String gender, String age, String citizenship,
      String country) {
    String[] row = new String[CtdcRows.WIDTH];
    Arrays.fill(row, "");
    row[0] = year;
    row[1] = gender;
    row[2] = age;
    row[3] = citizenship;
    row[4] = country;
    return QuasiIdentifiers.of(row);
  }

  private static Map<QuasiIdentifiers, Long> counts(Object... keysAndCounts) {
    Map<QuasiIdentifiers, Long> counts = new HashMap<>();
    for (int i = 0; i < keysAndCounts.length; i += 2) {
      counts.put((QuasiIdentifiers) keysAndCounts[i], ((Number) keysAndCounts[i + 1]).longValue());
    }
    return counts;
  }

  @Test
  void shouldPublishCombinationsOfAtLeastKRowsUnchanged() {
    QuasiIdentifiers common = qi("2023", "Woman", "18--20", "VNM", "CHN");
    AnonymityPlan plan = AnonymityPlan.of(counts(common, 3), 3);
    assertThat(plan.publish(common)).contains(common);
    assertThat(plan.getRowsGeneralised()).isZero();
    assertThat(plan.getValuesBlanked()).isZero();
    assertThat(plan.getRowsDropped()).isZero();
    assertThat(plan.getPublishedCounts()).containsExactly(Map.entry(common, 3L));
  }

  @Test
  void shouldBlankTheYearFirstWhenThatReachesK() {
    QuasiIdentifiers in2022 = qi("2022", "Man", "30--38", "VNM", "KHM");
    QuasiIdentifiers in2023 = qi("2023", "Man", "30--38", "VNM", "KHM");
    AnonymityPlan plan = AnonymityPlan.of(counts(in2022, 1, in2023, 2), 3);
    QuasiIdentifiers anyYear = qi("", "Man", "30--38", "VNM", "KHM");
    assertThat(plan.publish(in2022)).contains(anyYear);
    assertThat(plan.publish(in2023)).contains(anyYear);
    assertThat(plan.getRowsGeneralised()).isEqualTo(3);
    assertThat(plan.getValuesBlanked()).isEqualTo(3);
    assertThat(plan.getPublishedCounts()).containsExactly(Map.entry(anyYear, 3L));
  }

  @Test
  void shouldJoinARareCombinationToAPublishedOneItGeneralisesTo() {
    QuasiIdentifiers noYear = qi("", "Woman", "9--17", "VNM", "CHN");
    QuasiIdentifiers rare = qi("2019", "Woman", "9--17", "VNM", "CHN");
    AnonymityPlan plan = AnonymityPlan.of(counts(noYear, 5, rare, 1), 5);
    assertThat(plan.publish(rare)).contains(noYear);
    assertThat(plan.publish(noYear)).contains(noYear);
    assertThat(plan.getPublishedCounts()).containsExactly(Map.entry(noYear, 6L));
    assertThat(plan.getRowsGeneralised()).isEqualTo(1);
  }

  @Test
  void shouldBlankInTheOrderYearAgeCountryCitizenshipGender() {
    QuasiIdentifiers a = qi("2020", "Man", "48+", "LAO", "MYS");
    QuasiIdentifiers b = qi("2021", "Man", "39--47", "LAO", "MYS");
    QuasiIdentifiers c = qi("2022", "Man", "48+", "LAO", "THA");
    QuasiIdentifiers d = qi("2022", "Man", "48+", "KHM", "THA");
    QuasiIdentifiers e = qi("2022", "Woman", "48+", "KHM", "THA");
    AnonymityPlan plan = AnonymityPlan.of(counts(a, 1, b, 1, c, 1, d, 1, e, 1), 2);
    // a and b meet once year and age are blank
    assertThat(plan.publish(a)).contains(qi("", "Man", "", "LAO", "MYS"));
    assertThat(plan.publish(b)).contains(qi("", "Man", "", "LAO", "MYS"));
    // c and d differ in citizenship: they meet when it is blanked, after the country
    assertThat(plan.publish(c)).contains(qi("", "Man", "", "", ""));
    assertThat(plan.publish(d)).contains(qi("", "Man", "", "", ""));
    // e is the only woman: alone even with only the gender left, it is dropped
    assertThat(plan.publish(e)).isEmpty();
    assertThat(plan.getRowsDropped()).isEqualTo(1);
    assertThat(plan.getValuesBlanked()).isEqualTo(2 + 2 + 4 + 4);
    assertThat(plan.getRowsGeneralised()).isEqualTo(4);
  }

  @Test
  void shouldPublishTheRemainderWithEveryValueBlankWhenTogetherTheyReachK() {
    QuasiIdentifiers man = qi("2020", "Man", "", "", "");
    QuasiIdentifiers woman = qi("", "Woman", "", "", "");
    QuasiIdentifiers blank = qi("", "", "", "", "");
    AnonymityPlan plan = AnonymityPlan.of(counts(man, 1, woman, 1, blank, 1), 3);
    assertThat(plan.publish(man)).contains(blank);
    assertThat(plan.publish(woman)).contains(blank);
    assertThat(plan.publish(blank)).contains(blank);
    assertThat(plan.getRowsGeneralised()).isEqualTo(2);
    assertThat(plan.getValuesBlanked()).isEqualTo(3);
    assertThat(plan.getRowsDropped()).isZero();
  }

  @Test
  void shouldDropWhatStaysRarerThanKWithEveryValueBlank() {
    QuasiIdentifiers man = qi("2020", "Man", "", "", "");
    QuasiIdentifiers blank = qi("", "", "", "", "");
    AnonymityPlan plan = AnonymityPlan.of(counts(man, 1, blank, 1), 3);
    assertThat(plan.publish(man)).isEmpty();
    assertThat(plan.publish(blank)).isEmpty();
    assertThat(plan.getRowsDropped()).isEqualTo(2);
    assertThat(plan.getPublishedCounts()).isEmpty();
    assertThat(plan.getRowsGeneralised()).isZero();
  }

  @Test
  void shouldLeaveEverythingUnchangedWithK1() {
    QuasiIdentifiers one = qi("2020", "Man", "48+", "LAO", "MYS");
    AnonymityPlan plan = AnonymityPlan.of(counts(one, 1), 1);
    assertThat(plan.publish(one)).contains(one);
    assertThat(plan.getK()).isEqualTo(1);
  }

  @Test
  void shouldNotKnowCombinationsItWasNotGiven() {
    AnonymityPlan plan = AnonymityPlan.of(counts(), 11);
    assertThat(plan.publish(qi("2020", "", "", "", ""))).isEmpty();
  }
}
