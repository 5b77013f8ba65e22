package org.dicu.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class PlaceTest {

  private static final Country VIET_NAM = Country.ofAlpha2("VN").orElseThrow();

  @Test
  void shouldMakeAPlaceKnownOnlyByItsCountry() {
    Place place = Place.of(VIET_NAM);

    assertThat(place.getCountry()).contains(VIET_NAM);
    assertThat(place.getStreet()).isEmpty();
    assertThat(place.getCity()).isEmpty();
    assertThat(place.getState()).isEmpty();
    assertThat(place.getPostalCode()).isEmpty();
    assertThat(place.getLatitude()).isEmpty();
    assertThat(place.getLongitude()).isEmpty();
    assertThat(place).isEqualTo(Place.builder().country(VIET_NAM).build());
  }

  @Test
  void shouldNeverShowTheStreetOrPostalCode() {
    Place place = Place.builder().street("5 Cầu Mây").postalCode("330000").city("Sa Pa")
        .country(VIET_NAM).build();

    assertThat(place.toString()).doesNotContain("Cầu Mây").doesNotContain("330000")
        .contains("Sa Pa");
  }
}
