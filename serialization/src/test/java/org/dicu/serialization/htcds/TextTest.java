package org.dicu.serialization.htcds;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TextTest {

  @ParameterizedTest
  @CsvSource({"'Cục Phòng, chống tệ nạn xã hội', cuc phong chong te nan xa hoi",
      "'BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', bo lao dong thuong binh va xa hoi",
      "'  Viet Nam Women''s Union ', viet nam women s union",
      "'Đắk Lắk', dak lak"})
  void shouldFoldNamesWithoutDiacriticsCaseOrPunctuation(String name, String folded) {
    assertThat(Text.fold(name)).isEqualTo(folded);
    assertThat(Text.fold(Normalizer.normalize(name, Normalizer.Form.NFD))).isEqualTo(folded);
  }

  @ParameterizedTest
  @CsvSource({"0, A", "25, Z", "26, AA", "35, AJ", "38, AM", "701, ZZ", "702, AAA"})
  void shouldNameColumnsAsSpreadsheetsDo(int index, String letters) {
    assertThat(Text.columnLetter(index)).isEqualTo(letters);
  }

  @ParameterizedTest
  @CsvSource({"'\u00A0Feminine\u00A0', Feminine", "'\uFEFFcas_Id', cas_Id", "'  ', ''"})
  void shouldCleanSpacesThatSpreadsheetsLeave(String text, String clean) {
    assertThat(Text.clean(text)).isEqualTo(clean);
  }

  @ParameterizedTest
  @CsvSource({"Nguye\u0302\u0303n, Nguy\u1ec5n", "Tha\u0300o, Th\u00e0o"})
  void shouldComposeTextToNfc(String decomposed, String composed) {
    assertThat(Text.clean(decomposed)).isEqualTo(composed).isNotEqualTo(decomposed);
  }
}
