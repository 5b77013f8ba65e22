package org.dicu.serialization.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class IdSetTest {

  @Test
  void shouldRememberTheFirstLineOfEachIdAcrossGrowth() {
    IdSet ids = new IdSet();
    for (int i = 0; i < 100_000; i++) {
      assertThat(ids.putIfAbsent("case-" + i, i + 1)).isEqualTo(-1);
    }
    assertThat(ids.size()).isEqualTo(100_000);
    assertThat(ids.putIfAbsent("case-0", 200_000)).isEqualTo(1);
    assertThat(ids.putIfAbsent("case-99999", 200_001)).isEqualTo(100_000);
    assertThat(ids.putIfAbsent("case-100000", 200_002)).isEqualTo(-1);
    assertThat(ids.size()).isEqualTo(100_001);
  }

  @Test
  void shouldTellIdsApartThatDifferOnlySlightly() {
    IdSet ids = new IdSet();
    assertThat(ids.putIfAbsent("TraffickingCase\u0000a", 1)).isEqualTo(-1);
    assertThat(ids.putIfAbsent("PartnerAgency\u0000a", 2)).isEqualTo(-1);
    assertThat(ids.putIfAbsent("TraffickingCase\u0000A", 3)).isEqualTo(-1);
    assertThat(ids.putIfAbsent("", 4)).isEqualTo(-1);
    assertThat(ids.putIfAbsent("", 5)).isEqualTo(4);
  }
}
