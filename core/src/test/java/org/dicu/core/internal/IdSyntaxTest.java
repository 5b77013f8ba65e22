package org.dicu.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.dicu.core.record.ExchangeRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class IdSyntaxTest {

  private static final Pattern ID = Pattern.compile(ExchangeRecord.ID_PATTERN);

  @ParameterizedTest
  @ValueSource(strings = {"vn.laocai.case:2024-0917", "a", "A_9", "-", "x.y:z-1_2"})
  void shouldAcceptWellFormedIds(String id) {
    assertThat(IdSyntax.isWellFormed(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "trung tâm!", "a b", "a/b", "a\nb", "ａ", "a\u0000"})
  void shouldRefuseMalformedIds(String id) {
    assertThat(IdSyntax.isWellFormed(id)).isFalse();
  }

  @Test
  void shouldHoldTheLengthLimitOfThePattern() {
    assertThat(IdSyntax.isWellFormed("x".repeat(64))).isTrue();
    assertThat(IdSyntax.isWellFormed("x".repeat(65))).isFalse();
  }

  @Test
  void shouldAgreeWithThePatternOnRandomTexts() {
    String alphabet = "aZ09._:-/ @!~éĐ\u00a0\t";
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int length = random.nextInt(70); length > 0; length--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(IdSyntax.isWellFormed(text))
          .as("%s", text)
          .isEqualTo(ID.matcher(text).matches());
    }
  }
}
