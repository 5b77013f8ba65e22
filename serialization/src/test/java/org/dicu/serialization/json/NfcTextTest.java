package org.dicu.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text is read in NFC, and the characters taken as composed without the normaliser are so. */
final class NfcTextTest {

  private static final ObjectMapper MAPPER = DicuMappers.newObjectMapper();

  @Test
  void shouldTakeAsComposedOnlyCharactersThatNfcKeepsNextToEachOther() {
    List<Character> sure = new ArrayList<>();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (NfcStringDeserializer.isComposedForSure(c)) {
        sure.add(c);
      }
    }
    // both ranges of Vietnamese letters are among them: ă, đ, ơ, ư and ế, ộ, ự
    assertThat(sure).contains('a', 'ă', 'đ', 'ơ', 'ư', 'ế', 'ộ', 'ự').hasSize(0x300 + 0x100);
    List<String> changed = new ArrayList<>();
    char[] pair = new char[2];
    for (char first : sure) {
      for (char second : sure) {
        pair[0] = first;
        pair[1] = second;
        String text = new String(pair);
        if (!Normalizer.normalize(text, Normalizer.Form.NFC).equals(text)) {
          changed.add(text);
        }
      }
    }
    assertThat(changed).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Nguyễn Thị Hồng", "Trần Văn Đức", "Lê Thị Ánh Nguyệt", "x\u0301",
      "\u2126 \u212B \uFB01", "\u1EA0\u0323", "A\u030A"})
  void shouldReadTextInNfc(String text) throws Exception {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String json = MAPPER.writeValueAsString(decomposed);

    assertThat(MAPPER.readValue(json, String.class))
        .isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(text), String.class))
        .isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
  }
}
