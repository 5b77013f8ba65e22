package org.dicu.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.dicu.core.code.CodeList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class BeneficiaryGroupTest {

  private final CodeList<BeneficiaryGroup> groups = CodeList.of(BeneficiaryGroup.class);

  @Test
  void shouldHaveTheFiveGroupsOfArticle37InTheLawsOrder() {
    assertThat(BeneficiaryGroup.values())
        .extracting(BeneficiaryGroup::getCode)
        .containsExactly(
            "VietnameseOrStatelessVictim",
            "AccompanyingChild",
            "UnderIdentificationAbroad",
            "UnderIdentificationInVietnam",
            "ForeignVictimInVietnam");
  }

  @ParameterizedTest
  @EnumSource(BeneficiaryGroup.class)
  void shouldBeFoundByCodeAndEnglishLabel(BeneficiaryGroup group) {
    assertThat(groups.findByCode(group.getCode())).contains(group);
    assertThat(groups.find(group.getLabelEn())).contains(group);
    assertThat(group.getLabelVi()).isNotEqualTo(group.getLabelEn()).matches(".*[^\\x00-\\x7F].*");
  }

  @Test
  void shouldUseTheLawsWordsInVietnamese() {
    assertThat(BeneficiaryGroup.ACCOMPANYING_CHILD.getLabel(Locale.forLanguageTag("vi")))
        .isEqualTo("Người dưới 18 tuổi đi cùng nạn nhân");
    assertThat(BeneficiaryGroup.VIETNAMESE_OR_STATELESS_VICTIM.getLabelVi())
        .isEqualTo("Nạn nhân là công dân Việt Nam, người không quốc tịch thường trú ở Việt Nam");
  }

  @Test
  void shouldFindNoGroupForUnknownOrMissingCodes() {
    assertThat(groups.findByCode(null)).isEmpty();
    assertThat(groups.findByCode("Victim")).isEmpty();
    assertThat(groups.findIgnoringCase(" accompanyingchild "))
        .contains(BeneficiaryGroup.ACCOMPANYING_CHILD);
  }
}
