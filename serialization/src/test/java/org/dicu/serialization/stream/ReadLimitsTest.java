package org.dicu.serialization.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class ReadLimitsTest {

  @Test
  void shouldStartFromSafeDefaults() {
    ReadLimits limits = ReadLimits.defaults();
    assertThat(limits.getMaxRecordBytes()).isEqualTo(1 << 20);
    assertThat(limits.getMaxNestingDepth()).isEqualTo(32);
    assertThat(limits.getMaxStringLength()).isEqualTo(100_000);
    assertThat(limits.getMaxNumberLength()).isEqualTo(64);
  }

  @Test
  void shouldChangeOneLimitAtATimeAndCompareByValue() {
    ReadLimits smaller = ReadLimits.defaults().withMaxRecordBytes(4096).withMaxNestingDepth(8);
    assertThat(smaller.getMaxRecordBytes()).isEqualTo(4096);
    assertThat(smaller.getMaxNestingDepth()).isEqualTo(8);
    assertThat(smaller.getMaxStringLength()).isEqualTo(100_000);
    assertThat(smaller).isEqualTo(ReadLimits.defaults().withMaxNestingDepth(8)
        .withMaxRecordBytes(4096)).hasSameHashCodeAs(ReadLimits.defaults().withMaxNestingDepth(8)
        .withMaxRecordBytes(4096));
    assertThat(smaller).isNotEqualTo(ReadLimits.defaults());
    assertThat(ReadLimits.defaults().withMaxStringLength(10).withMaxNumberLength(5).toString())
        .contains("string 10").contains("number 5");
  }

  @Test
  void shouldRefuseLimitsBelowOne() {
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxRecordBytes(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRecordBytes");
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxNumberLength(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNumberLength");
  }
}
