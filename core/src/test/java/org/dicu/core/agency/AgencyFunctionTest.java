package org.dicu.core.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.dicu.core.code.CodeList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

final class AgencyFunctionTest {

  private final CodeList<AgencyFunction> functions = CodeList.of(AgencyFunction.class);

  static Stream<Arguments> restructuredFunctions() {
    return Stream.of(
        Arguments.of("VictimProtectionAndSupport", AgencyFunction.VICTIM_PROTECTION_AND_SUPPORT,
            "Bảo vệ, hỗ trợ nạn nhân"),
        Arguments.of("SocialEvilsPrevention", AgencyFunction.SOCIAL_EVILS_PREVENTION,
            "Phòng, chống tệ nạn xã hội"),
        Arguments.of("OverseasLabour", AgencyFunction.OVERSEAS_LABOUR,
            "Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng"),
        Arguments.of("VocationalEducation", AgencyFunction.VOCATIONAL_EDUCATION,
            "Giáo dục nghề nghiệp"),
        Arguments.of("DrugRehabilitation", AgencyFunction.DRUG_REHABILITATION, "Cai nghiện ma túy"),
        Arguments.of("PovertyReduction", AgencyFunction.POVERTY_REDUCTION, "Giảm nghèo"),
        Arguments.of("CitizenProtectionAbroad", AgencyFunction.CITIZEN_PROTECTION_ABROAD,
            "Bảo hộ công dân ở nước ngoài"));
  }

  @ParameterizedTest
  @MethodSource("restructuredFunctions")
  void shouldFindEachFunctionByItsWireCodeWithItsVietnameseLabel(
      String code, AgencyFunction function, String labelVi) {
    assertThat(functions.findByCode(code)).contains(function);
    assertThat(function.getLabel(Locale.forLanguageTag("vi"))).isEqualTo(labelVi);
  }

  @ParameterizedTest
  @EnumSource(AgencyFunction.class)
  void shouldHavePascalCaseCodesAndVietnameseLabelsWithDiacritics(AgencyFunction function) {
    assertThat(function.getCode()).matches("[A-Z][A-Za-z]+");
    assertThat(function.getLabelVi()).matches(".*[^\\x00-\\x7F].*");
    assertThat(function.getDefinition().isExtension()).isFalse();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "victimProtectionAndSupport", "Victim support"})
  void shouldFindNothingForUnknownOrMiscasedCodes(String code) {
    assertThat(functions.findByCode(code)).isEmpty();
  }

  @Test
  void shouldAcceptConsularProtectionAsAnAlias() {
    assertThat(functions.find("Consular protection"))
        .contains(AgencyFunction.CITIZEN_PROTECTION_ABROAD);
  }
}
