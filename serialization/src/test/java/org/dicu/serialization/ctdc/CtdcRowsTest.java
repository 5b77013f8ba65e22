package org.dicu.serialization.ctdc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dicu.core.casework.Referral;
import org.dicu.core.casework.ReferralDirection;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.code.IsicSection;
import org.dicu.core.code.Place;
import org.dicu.core.person.Gender;
import org.dicu.core.person.PartialDate;
import org.dicu.core.person.Person;
import org.dicu.core.trafficking.ControlMethod;
import org.dicu.core.trafficking.ExploitationType;
import org.dicu.core.trafficking.HistoricEvent;
import org.dicu.core.trafficking.HistoricEventType;
import org.dicu.core.trafficking.ImmutableHistoricEvent;
import org.dicu.core.trafficking.RelationshipToTrafficker;
import org.dicu.core.trafficking.SexExploitationType;
import org.dicu.core.trafficking.VictimContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

final class CtdcRowsTest {

  private static final LocalDate REGISTERED = LocalDate.of(2020, 6, 15);
  private static final Person NOBODY = Person.builder().build();

  private static TraffickingCase withVictim(VictimContext victim) {
    return CtdcCases.base("rows").person(NOBODY).victim(victim).build();
  }

  private static TraffickingCase withPerson(Person person) {
    return CtdcCases.base("rows").person(person).registrationDate(REGISTERED).build();
  }

  private static TraffickingCase withEvents(HistoricEvent... events) {
    return CtdcCases.base("rows").person(NOBODY).addEvents(events).build();
  }

  private static HistoricEvent event(HistoricEventType type, LocalDate date, LocalDate end,
      String country) {
    ImmutableHistoricEvent.Builder event = HistoricEvent.builder().type(type);
    Optional.ofNullable(date).ifPresent(event::date);
    Optional.ofNullable(end).ifPresent(event::endDate);
    Optional.ofNullable(country).ifPresent(c -> event.place(Place.of(CtdcCases.country(c))));
    return event.build();
  }

  private static String cell(TraffickingCase trafficking, CtdcVariable variable) {
    return CtdcRows.toRow(trafficking)[variable.ordinal()];
  }

  /** Returns the variables set to 1 in a row, checking that no cell holds anything else. */
  private static List<CtdcVariable> ones(TraffickingCase trafficking) {
    String[] row = CtdcRows.toRow(trafficking);
    List<CtdcVariable> ones = new ArrayList<>();
    for (CtdcVariable variable : CtdcVariable.values()) {
      if (variable.isBinary()) {
        assertThat(row[variable.ordinal()]).isIn("", "1");
        if (row[variable.ordinal()].equals("1")) {
          ones.add(variable);
        }
      }
    }
    return ones;
  }

  @Test
  void shouldLeaveEveryCellEmptyForACaseThatSaysNothing() {
    String[] row = CtdcRows.toRow(CtdcCases.base("empty").person(NOBODY).build());
    assertThat(row).hasSize(27).containsOnly("");
  }

  static Stream<Arguments> genders() {
    return Stream.of(
        Arguments.of(Gender.FEMININE, "Woman"),
        Arguments.of(Gender.MASCULINE, "Man"),
        Arguments.of(Gender.TRANSGENDER_FEMININE, "Trans/Transgender/NonConforming"),
        Arguments.of(Gender.TRANSGENDER_MASCULINE, "Trans/Transgender/NonConforming"),
        Arguments.of(Gender.NON_CONFORMING, "Trans/Transgender/NonConforming"),
        Arguments.of(Gender.NON_SPECIFIED_UNKNOWN, ""));
  }

  @ParameterizedTest
  @MethodSource("genders")
  void shouldMapEveryGender(Gender gender, String expected) {
    assertThat(cell(withPerson(Person.builder().gender(gender).build()), CtdcVariable.GENDER))
        .isEqualTo(expected);
  }

  @Test
  void shouldCoverEveryGenderAndLeaveAnAbsentOneEmpty() {
    assertThat(genders().map(a -> a.get()[0])).containsExactlyInAnyOrder((Object[]) Gender.values());
    assertThat(cell(withPerson(NOBODY), CtdcVariable.GENDER)).isEmpty();
  }

  static Stream<Arguments> ageEdges() {
    return Stream.of(
        Arguments.of(LocalDate.of(2020, 6, 15), "0--8"),
        Arguments.of(LocalDate.of(2011, 6, 16), "0--8"),
        Arguments.of(LocalDate.of(2011, 6, 15), "9--17"),
        Arguments.of(LocalDate.of(2002, 6, 16), "9--17"),
        Arguments.of(LocalDate.of(2002, 6, 15), "18--20"),
        Arguments.of(LocalDate.of(1999, 6, 15), "21--23"),
        Arguments.of(LocalDate.of(1996, 6, 15), "24--26"),
        Arguments.of(LocalDate.of(1993, 6, 15), "27--29"),
        Arguments.of(LocalDate.of(1990, 6, 15), "30--38"),
        Arguments.of(LocalDate.of(1981, 6, 15), "39--47"),
        Arguments.of(LocalDate.of(1972, 6, 16), "39--47"),
        Arguments.of(LocalDate.of(1972, 6, 15), "48+"),
        Arguments.of(LocalDate.of(1920, 1, 1), "48+"),
        Arguments.of(LocalDate.of(2020, 6, 16), ""));
  }

  @ParameterizedTest
  @MethodSource("ageEdges")
  void shouldBandTheAgeOnTheRegistrationDateWithInclusiveEdges(LocalDate born, String band) {
    Person person = Person.builder().birthdate(PartialDate.of(born)).build();
    assertThat(cell(withPerson(person), CtdcVariable.AGE_BROAD)).isEqualTo(band);
  }

  static Stream<Arguments> partialBirthdates() {
    return Stream.of(
        // 17 or 18 on 2020-06-15: two bands, so no band
        Arguments.of(PartialDate.ofYear(2002), ""),
        Arguments.of(PartialDate.ofYearMonth(2002, 6), ""),
        Arguments.of(PartialDate.ofYearMonth(2002, 5), "18--20"),
        Arguments.of(PartialDate.ofYearMonth(2002, 7), "9--17"),
        // 8 or 9: two bands; 47 or 48: two bands
        Arguments.of(PartialDate.ofYear(2011), ""),
        Arguments.of(PartialDate.ofYear(1972), ""),
        // 24 or 25, 32 or 33: one band each
        Arguments.of(PartialDate.ofYear(1995), "24--26"),
        Arguments.of(PartialDate.ofYear(1987), "30--38"),
        Arguments.of(PartialDate.ofYear(1960), "48+"));
  }

  @ParameterizedTest
  @MethodSource("partialBirthdates")
  void shouldBandAPartialBirthDateOnlyWhenEveryPossibleAgeFallsInOneBand(
      PartialDate born, String band) {
    Person person = Person.builder().birthdate(born).build();
    assertThat(cell(withPerson(person), CtdcVariable.AGE_BROAD)).isEqualTo(band);
  }

  @Test
  void shouldTakeTheRegistrationDateElseTheEarliestIncomingReferral() {
    Person adult = Person.builder().birthdate(PartialDate.of(LocalDate.of(1990, 1, 1))).build();
    Referral outgoing = Referral.builder().direction(ReferralDirection.OUTGOING)
        .date(LocalDate.of(2001, 1, 1)).build();
    Referral incoming2015 = Referral.builder().direction(ReferralDirection.INCOMING)
        .date(LocalDate.of(2015, 1, 1)).build();
    Referral incoming2012 = Referral.builder().direction(ReferralDirection.INCOMING)
        .date(LocalDate.of(2012, 1, 1)).build();
    Referral undated = Referral.builder().direction(ReferralDirection.INCOMING).build();
    TraffickingCase byReferral = CtdcCases.base("r").person(adult)
        .addReferrals(outgoing, incoming2015, undated, incoming2012).build();
    assertThat(CtdcRows.toRow(byReferral)).startsWith("2012", "", "21--23");
    TraffickingCase registered = TraffickingCase.builder().from(byReferral)
        .registrationDate(LocalDate.of(2019, 12, 31)).build();
    assertThat(CtdcRows.toRow(registered)).startsWith("2019", "", "27--29");
    TraffickingCase neither = CtdcCases.base("n").person(adult).addReferrals(outgoing, undated)
        .build();
    assertThat(CtdcRows.toRow(neither)).startsWith("", "", "");
  }

  @Test
  void shouldTakeTheFirstCitizenshipAsAlpha3() {
    Person person = Person.builder().addCitizenship(CtdcCases.country("KH"), CtdcCases.country("VN"))
        .build();
    assertThat(cell(withPerson(person), CtdcVariable.CITIZENSHIP)).isEqualTo("KHM");
  }

  @Test
  void shouldTakeTheCountryOfTheEarliestExploitationEventThatNamesOne() {
    TraffickingCase trafficking = withEvents(
        event(HistoricEventType.RECRUITMENT, LocalDate.of(2018, 1, 1), null, "VN"),
        event(HistoricEventType.EXPLOITATION, null, null, "TH"),
        event(HistoricEventType.EXPLOITATION, LocalDate.of(2019, 5, 1), null, "MY"),
        event(HistoricEventType.EXPLOITATION, LocalDate.of(2018, 6, 1), null, null),
        event(HistoricEventType.EXPLOITATION, LocalDate.of(2019, 2, 1), null, "CN"),
        event(HistoricEventType.TRANSIT, LocalDate.of(2018, 2, 1), null, "LA"));
    assertThat(cell(trafficking, CtdcVariable.COUNTRY_OF_EXPLOITATION)).isEqualTo("CHN");
    assertThat(cell(withEvents(event(HistoricEventType.EXPLOITATION, null, null, "TH")),
        CtdcVariable.COUNTRY_OF_EXPLOITATION)).isEqualTo("THA");
    assertThat(cell(withEvents(event(HistoricEventType.TRANSIT, null, null, "TH")),
        CtdcVariable.COUNTRY_OF_EXPLOITATION)).isEmpty();
  }

  static Stream<Arguments> durations() {
    LocalDate start = LocalDate.of(2019, 3, 15);
    return Stream.of(
        Arguments.of(start, LocalDate.of(2020, 3, 14), "0--12 (0-1 yr)"),
        Arguments.of(start, LocalDate.of(2020, 3, 15), "0--12 (0-1 yr)"),
        Arguments.of(start, LocalDate.of(2020, 4, 14), "0--12 (0-1 yr)"),
        Arguments.of(start, LocalDate.of(2020, 4, 15), "13--24 (1-2 yrs)"),
        Arguments.of(start, LocalDate.of(2021, 3, 15), "13--24 (1-2 yrs)"),
        Arguments.of(start, LocalDate.of(2021, 4, 14), "13--24 (1-2 yrs)"),
        Arguments.of(start, LocalDate.of(2021, 4, 15), "25+ (2+ yrs)"),
        Arguments.of(start, null, "0--12 (0-1 yr)"));
  }

  @Test
  void shouldCountWholeMonthsAsTheCalendarDoes() {
    assertThat(CtdcRows.monthsBand(12)).isEqualTo("0--12 (0-1 yr)");
    assertThat(CtdcRows.monthsBand(13)).isEqualTo("13--24 (1-2 yrs)");
    assertThat(CtdcRows.monthsBand(24)).isEqualTo("13--24 (1-2 yrs)");
    assertThat(CtdcRows.monthsBand(25)).isEqualTo("25+ (2+ yrs)");
    // a month is complete when the day of the month is reached again: 31 January to
    // 29 February of the next year is 12 whole months, not 13
    assertThat(CtdcRows.traffickMonths(withEvents(event(HistoricEventType.EXPLOITATION,
        LocalDate.of(2019, 1, 31), LocalDate.of(2020, 2, 29), null)))).contains(12L);
  }

  @ParameterizedTest
  @MethodSource("durations")
  void shouldBandTheMonthsOfExploitationAtTwelveAndTwentyFour(
      LocalDate date, LocalDate end, String band) {
    TraffickingCase trafficking = withEvents(event(HistoricEventType.EXPLOITATION, date, end, null));
    assertThat(cell(trafficking, CtdcVariable.TRAFFICK_MONTHS)).isEqualTo(band);
  }

  @Test
  void shouldMeasureFromTheEarliestStartToTheLatestEndOfAllExploitation() {
    TraffickingCase trafficking = withEvents(
        event(HistoricEventType.RECRUITMENT, LocalDate.of(2010, 1, 1), null, null),
        event(HistoricEventType.EXPLOITATION, LocalDate.of(2019, 6, 1), LocalDate.of(2019, 9, 1),
            null),
        event(HistoricEventType.EXPLOITATION, LocalDate.of(2019, 1, 1), null, null),
        event(HistoricEventType.EXPLOITATION, LocalDate.of(2020, 2, 1), null, null));
    assertThat(CtdcRows.traffickMonths(trafficking)).contains(13L);
    TraffickingCase endOnly = withEvents(
        event(HistoricEventType.EXPLOITATION, LocalDate.of(2019, 1, 1), null, null),
        event(HistoricEventType.EXPLOITATION, null, LocalDate.of(2021, 2, 1), null));
    assertThat(CtdcRows.traffickMonths(endOnly)).contains(25L);
  }

  @Test
  void shouldLeaveTheDurationEmptyWhenUnknown() {
    assertThat(cell(withEvents(), CtdcVariable.TRAFFICK_MONTHS)).isEmpty();
    assertThat(cell(withEvents(event(HistoricEventType.EXPLOITATION, null, LocalDate.of(2020, 1, 1),
        "CN")), CtdcVariable.TRAFFICK_MONTHS)).isEmpty();
    assertThat(cell(withEvents(event(HistoricEventType.TRANSIT, LocalDate.of(2019, 1, 1),
        LocalDate.of(2021, 1, 1), null)), CtdcVariable.TRAFFICK_MONTHS)).isEmpty();
    assertThat(cell(withEvents(event(HistoricEventType.EXPLOITATION, LocalDate.of(2020, 5, 1),
        LocalDate.of(2020, 1, 1), null)), CtdcVariable.TRAFFICK_MONTHS)).isEmpty();
  }

  private static final Map<ControlMethod, CtdcVariable> MEANS = Map.ofEntries(
      Map.entry(ControlMethod.DEBT_BONDAGE, CtdcVariable.MEANS_DEBT_BONDAGE_EARNINGS),
      Map.entry(ControlMethod.TAKES_EARNINGS, CtdcVariable.MEANS_DEBT_BONDAGE_EARNINGS),
      Map.entry(ControlMethod.PHYSICAL_THREATS, CtdcVariable.MEANS_THREATS),
      Map.entry(ControlMethod.THREATENS_CHILDREN_FAMILY, CtdcVariable.MEANS_THREATS),
      Map.entry(ControlMethod.THREATS_LAW_ENFORCEMENT, CtdcVariable.MEANS_THREATS),
      Map.entry(ControlMethod.PSYCHOLOGICAL_ABUSE, CtdcVariable.MEANS_ABUSE_PSY_PHY_SEX),
      Map.entry(ControlMethod.PHYSICAL_ABUSE, CtdcVariable.MEANS_ABUSE_PSY_PHY_SEX),
      Map.entry(ControlMethod.SEXUAL_ABUSE, CtdcVariable.MEANS_ABUSE_PSY_PHY_SEX),
      Map.entry(ControlMethod.FALSE_PROMISES, CtdcVariable.MEANS_FALSE_PROMISES),
      Map.entry(ControlMethod.PSYCHOACTIVE_SUBSTANCE, CtdcVariable.MEANS_DRUGS_ALCOHOL),
      Map.entry(ControlMethod.RESTRICTS_FINANCIAL_ACCESS, CtdcVariable.MEANS_DENY_BASIC_NEEDS),
      Map.entry(ControlMethod.RESTRICTS_MEDICAL_CARE, CtdcVariable.MEANS_DENY_BASIC_NEEDS),
      Map.entry(ControlMethod.WITHHOLDS_NECESSITIES, CtdcVariable.MEANS_DENY_BASIC_NEEDS),
      Map.entry(ControlMethod.EXCESSIVE_WORKING_HOURS, CtdcVariable.MEANS_EXCESSIVE_WORK_HOURS),
      Map.entry(ControlMethod.WITHHOLDS_DOCUMENTS, CtdcVariable.MEANS_WITHHOLD_DOCS));

  @ParameterizedTest
  @EnumSource(ControlMethod.class)
  void shouldMergeEveryMethodOfControlAsTheCodebookDoes(ControlMethod method) {
    List<CtdcVariable> ones = ones(withVictim(VictimContext.builder().addMethodsOfControl(method)
        .build()));
    if (method == ControlMethod.OTHER) {
      assertThat(ones).isEmpty();
    } else {
      assertThat(ones).containsExactly(MEANS.get(method));
    }
  }

  @ParameterizedTest
  @EnumSource(ExploitationType.class)
  void shouldMergeEveryTypeOfExploitation(ExploitationType type) {
    CtdcVariable expected = type == ExploitationType.FORCED_LABOUR ? CtdcVariable.IS_FORCED_LABOUR
        : type == ExploitationType.SEXUAL_EXPLOITATION ? CtdcVariable.IS_SEXUAL_EXPLOIT
        : CtdcVariable.IS_OTHER_EXPLOIT;
    assertThat(ones(withVictim(VictimContext.builder().addTypeOfExploitation(type).build())))
        .containsExactly(expected);
  }

  @ParameterizedTest
  @EnumSource(IsicSection.class)
  void shouldMapTheIndustryOfForcedLabourByIsicSection(IsicSection section) {
    Map<IsicSection, CtdcVariable> expected = Map.of(
        IsicSection.A_AGRICULTURE_FORESTRY_AND_FISHING, CtdcVariable.TYPE_OF_LABOUR_AGRICULTURE,
        IsicSection.F_CONSTRUCTION, CtdcVariable.TYPE_OF_LABOUR_CONSTRUCTION,
        IsicSection.T_ACTIVITIES_OF_HOUSEHOLDS_AS_EMPLOYERS,
        CtdcVariable.TYPE_OF_LABOUR_DOMESTIC_WORK,
        IsicSection.I_ACCOMMODATION_AND_FOOD_SERVICE_ACTIVITIES,
        CtdcVariable.TYPE_OF_LABOUR_HOSPITALITY);
    List<CtdcVariable> ones = ones(withVictim(VictimContext.builder()
        .forcedLabourIndustry(section).build()));
    assertThat(ones).containsExactlyElementsOf(
        Optional.ofNullable(expected.get(section)).stream().toList());
  }

  @ParameterizedTest
  @EnumSource(SexExploitationType.class)
  void shouldMapProstitutionAndPornographyOnly(SexExploitationType type) {
    List<CtdcVariable> ones = ones(withVictim(VictimContext.builder()
        .addTypeOfSexExploitation(type).build()));
    switch (type) {
      case PROSTITUTION:
        assertThat(ones).containsExactly(CtdcVariable.TYPE_OF_SEX_PROSTITUTION);
        break;
      case PORNOGRAPHY:
        assertThat(ones).containsExactly(CtdcVariable.TYPE_OF_SEX_PORNOGRAPHY);
        break;
      default:
        assertThat(ones).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(RelationshipToTrafficker.class)
  void shouldMapTheRelationshipToTheTraffickerAndNeverAnIntimatePartner(
      RelationshipToTrafficker relationship) {
    CtdcVariable expected = relationship == RelationshipToTrafficker.FAMILIAL
        ? CtdcVariable.RECRUITER_RELATION_FAMILY
        : relationship == RelationshipToTrafficker.ACQUAINTED
            ? CtdcVariable.RECRUITER_RELATION_FRIEND : CtdcVariable.RECRUITER_RELATION_OTHER;
    assertThat(ones(withVictim(VictimContext.builder().relationshipToTrafficker(relationship)
        .build()))).containsExactly(expected)
        .doesNotContain(CtdcVariable.RECRUITER_RELATION_INTIMATE_PARTNER);
  }

  @Test
  void shouldSetEachMergedVariableOnceWhateverItsSources() {
    TraffickingCase trafficking = withVictim(VictimContext.builder()
        .addMethodsOfControl(ControlMethod.values())
        .addTypeOfExploitation(ExploitationType.values())
        .addTypeOfSexExploitation(SexExploitationType.values())
        .build());
    String[] row = CtdcRows.toRow(trafficking);
    assertThat(Arrays.copyOfRange(row, CtdcVariable.MEANS_DEBT_BONDAGE_EARNINGS.ordinal(),
        CtdcVariable.TYPE_OF_LABOUR_AGRICULTURE.ordinal())).containsOnly("1");
    assertThat(ones(trafficking)).hasSize(8 + 3 + 2);
  }
}
