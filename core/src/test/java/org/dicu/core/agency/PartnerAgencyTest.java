package org.dicu.core.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class PartnerAgencyTest {

  private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2020, 12, 31);

  private static ImmutablePartnerAgency.Builder agency() {
    return PartnerAgency.builder()
        .id("vn.test")
        .nameVi("Cơ quan thử nghiệm")
        .nameEn("Test agency")
        .type(OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION)
        .country("VN");
  }

  @Test
  void shouldRefuseALastDayBeforeTheFirstDay() {
    assertThatThrownBy(() -> agency().validFrom(LAST_DAY).validTo(FIRST_DAY).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("vn.test")
        .hasMessageContaining("validTo 2020-01-01")
        .hasMessageContaining("validFrom 2020-12-31");
  }

  @Test
  void shouldAcceptAnAgencyThatLastedOneDay() {
    PartnerAgency oneDay = agency().validFrom(FIRST_DAY).validTo(FIRST_DAY).build();

    assertThat(oneDay.isInForceOn(FIRST_DAY)).isTrue();
    assertThat(oneDay.isInForceOn(FIRST_DAY.plusDays(1))).isFalse();
  }

  static Stream<Arguments> datesAroundTheValidityPeriod() {
    return Stream.of(
        Arguments.of(LocalDate.of(2019, 12, 31), false),
        Arguments.of(LocalDate.of(2020, 1, 1), true),
        Arguments.of(LocalDate.of(2020, 6, 15), true),
        Arguments.of(LocalDate.of(2020, 12, 31), true),
        Arguments.of(LocalDate.of(2021, 1, 1), false));
  }

  @ParameterizedTest
  @MethodSource("datesAroundTheValidityPeriod")
  void shouldBeInForceFromTheFirstToTheLastDayInclusive(LocalDate date, boolean inForce) {
    PartnerAgency agency = agency().validFrom(FIRST_DAY).validTo(LAST_DAY).build();

    assertThat(agency.isInForceOn(date)).isEqualTo(inForce);
  }

  @Test
  void shouldBeInForceForeverWithoutValidityPeriod() {
    PartnerAgency agency = agency().build();

    assertThat(agency.isInForceOn(LocalDate.MIN)).isTrue();
    assertThat(agency.isInForceOn(LocalDate.MAX)).isTrue();
  }

  @Test
  void shouldBeInForceUpToTheLastDayWhenTheFirstIsOpen() {
    PartnerAgency agency = agency().validTo(LAST_DAY).build();

    assertThat(agency.isInForceOn(LocalDate.of(1900, 1, 1))).isTrue();
    assertThat(agency.isInForceOn(LAST_DAY)).isTrue();
    assertThat(agency.isInForceOn(LAST_DAY.plusDays(1))).isFalse();
  }

  @Test
  void shouldBeInForceFromTheFirstDayWhenTheLastIsOpen() {
    PartnerAgency agency = agency().validFrom(FIRST_DAY).build();

    assertThat(agency.isInForceOn(FIRST_DAY.minusDays(1))).isFalse();
    assertThat(agency.isInForceOn(FIRST_DAY)).isTrue();
    assertThat(agency.isInForceOn(LocalDate.of(2999, 1, 1))).isTrue();
  }

  @Test
  void shouldRefuseToAnswerForANullDate() {
    assertThatThrownBy(() -> agency().build().isInForceOn(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
  }

  @Test
  void shouldLeaveOptionalAttributesAbsentAndCollectionsEmpty() {
    PartnerAgency agency = agency().build();

    assertThat(agency.getAbbreviation()).isEmpty();
    assertThat(agency.getParentId()).isEmpty();
    assertThat(agency.getValidFrom()).isEmpty();
    assertThat(agency.getValidTo()).isEmpty();
    assertThat(agency.getIatiIdentifier()).isEmpty();
    assertThat(agency.getSuccessions()).isEmpty();
    assertThat(agency.getFunctions()).isEmpty();
  }

  @Test
  void shouldKeepSuccessionsInTheOrderWritten() {
    PartnerAgency agency = agency()
        .addSuccession(Succession.of("vn.b", AgencyFunction.LABOUR))
        .addSuccession(Succession.of("vn.a"))
        .build();

    assertThat(agency.getSuccessions()).extracting(Succession::getSuccessorId)
        .containsExactly("vn.b", "vn.a");
  }
}
