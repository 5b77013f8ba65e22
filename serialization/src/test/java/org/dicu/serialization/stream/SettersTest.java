package org.dicu.serialization.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiFunction;
import org.dicu.core.casework.CaseStatus;
import org.dicu.core.casework.ImmutableTraffickingCase;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.gcm.GcmObjective;
import org.junit.jupiter.api.Test;

/** Builder methods become lambdas that set what the methods set, from this module. */
final class SettersTest {

  @Test
  void shouldSetWhatTheBuilderMethodSetsAndReturnTheBuilder() throws Exception {
    TraffickingCase golden = GoldenRecords.MAPPER.treeToValue(
        GoldenRecords.golden("TraffickingCase"), TraffickingCase.class);
    ImmutableTraffickingCase.Builder builder = new ImmutableTraffickingCase.Builder().from(golden);
    GcmObjective objective = GcmObjective.ofNumber(10).orElseThrow();
    BiFunction<Object, Object, Object> status = Setters.of(
        ImmutableTraffickingCase.Builder.class.getMethod("status", CaseStatus.class));
    BiFunction<Object, Object, Object> objectives = Setters.of(
        ImmutableTraffickingCase.Builder.class.getMethod("gcmObjectives", Iterable.class));

    assertThat(status).isNotNull();
    assertThat(status.apply(builder, CaseStatus.CLOSED)).isSameAs(builder);
    assertThat(objectives.apply(builder, List.of(objective))).isSameAs(builder);
    TraffickingCase built = builder.build();
    assertThat(built.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(built.getGcmObjectives()).containsExactly(objective);
    assertThat(golden.getStatus()).isNotEqualTo(CaseStatus.CLOSED);
    assertThat(Setters.of(ImmutableTraffickingCase.Builder.class.getMethod("status",
        CaseStatus.class))).isSameAs(status);
  }

  @Test
  void shouldLeaveToReflectionWhatIsNoBuilderMethod() throws ReflectiveOperationException {
    assertThat(Setters.of(ImmutableTraffickingCase.Builder.class.getMethod("build"))).isNull();
    assertThat(Setters.of(Object.class.getMethod("wait", long.class))).isNull();
  }
}
