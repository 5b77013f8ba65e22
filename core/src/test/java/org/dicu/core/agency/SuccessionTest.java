package org.dicu.core.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class SuccessionTest {

  @ParameterizedTest
  @EnumSource(AgencyFunction.class)
  void shouldHandOverEveryFunctionWhenNoneIsNamed(AgencyFunction function) {
    Succession merger = Succession.of("vn.mae");

    assertThat(merger.getSuccessorId()).isEqualTo("vn.mae");
    assertThat(merger.getFunction()).isEmpty();
    assertThat(merger.covers(function)).isTrue();
  }

  @Test
  void shouldHandOverOnlyTheNamedFunction() {
    Succession split = Succession.of("vn.moh", AgencyFunction.VICTIM_PROTECTION_AND_SUPPORT);

    assertThat(split.getFunction()).contains(AgencyFunction.VICTIM_PROTECTION_AND_SUPPORT);
    assertThat(split.covers(AgencyFunction.VICTIM_PROTECTION_AND_SUPPORT)).isTrue();
    assertThat(split.covers(AgencyFunction.OVERSEAS_LABOUR)).isFalse();
  }

  @Test
  void shouldBeEqualWhenSuccessorAndFunctionAreEqual() {
    assertThat(Succession.of("vn.moh", AgencyFunction.CHILD_PROTECTION))
        .isEqualTo(Succession.builder()
            .successorId("vn.moh")
            .function(AgencyFunction.CHILD_PROTECTION)
            .build())
        .isNotEqualTo(Succession.of("vn.moh"));
  }

  @Test
  void shouldNameTheMissingArgument() {
    assertThatThrownBy(() -> Succession.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("successorId");
    assertThatThrownBy(() -> Succession.of("vn.moh", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("function");
    assertThatThrownBy(() -> Succession.of("vn.moh").covers(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("function");
  }
}
