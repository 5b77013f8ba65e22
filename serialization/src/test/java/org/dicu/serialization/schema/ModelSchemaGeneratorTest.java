package org.dicu.serialization.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.dicu.core.record.ExchangeRecord;
import org.junit.jupiter.api.Test;

final class ModelSchemaGeneratorTest {

  @Test
  void shouldNameAccessorsAsTheWireDoes() {
    assertThat(ModelSchemaGenerator.wireName("getSecondName")).isEqualTo("secondName");
    assertThat(ModelSchemaGenerator.wireName("isDeceased")).isEqualTo("deceased");
    assertThat(ModelSchemaGenerator.wireName("getId")).isEqualTo("id");
    assertThat(ModelSchemaGenerator.wireName("issue")).isEqualTo("issue");
    assertThat(ModelSchemaGenerator.wireName("get")).isEqualTo("get");
    assertThat(ModelSchemaGenerator.wireName("covers")).isEqualTo("covers");
  }

  @Test
  void shouldAnchorPatternsBecauseJsonSchemaSearchesWhereJavaMatchesWhole() {
    assertThat(ModelSchemaGenerator.anchored("[a-z]{2}")).isEqualTo("^[a-z]{2}$");
    assertThat(ModelSchemaGenerator.anchored("ab|cd")).isEqualTo("^(?:ab|cd)$");
    Pattern id = Pattern.compile(ModelSchemaGenerator.anchored(ExchangeRecord.ID_PATTERN));
    assertThat(id.matcher("vn.laocai.case:2024-0917").find()).isTrue();
    assertThat(id.matcher("case 1").find()).isFalse();
    assertThat(id.matcher("x".repeat(65)).find()).isFalse();
    Pattern alternatives = Pattern.compile(ModelSchemaGenerator.anchored("ab|cd"));
    assertThat(alternatives.matcher("abx").find()).isFalse();
    assertThat(alternatives.matcher("cd").find()).isTrue();
  }

  @Test
  void shouldRefuseAPatternThatIsNotARegularExpression() {
    assertThatThrownBy(() -> ModelSchemaGenerator.anchored("[a-"))
        .isInstanceOf(IllegalStateException.class);
  }
}
