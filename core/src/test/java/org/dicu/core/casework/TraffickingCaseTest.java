package org.dicu.core.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.dicu.core.person.PartialDate;
import org.junit.jupiter.api.Test;

final class TraffickingCaseTest {

  @Test
  void shouldKeepPersonalDataOutOfToString() {
    TraffickingCase trafficking = BorderReceptionCase.valid();
    String text = trafficking.toString();

    assertThat(text)
        .doesNotContain("Canary")
        .doesNotContain("Nguyễn")
        .doesNotContain("+84912345678")
        .doesNotContain("canary.nguyen@example.org")
        .doesNotContain("010301234567")
        .doesNotContain("Bản Khoang")
        .doesNotContain("Phạm Văn Hùng")
        .doesNotContain("Hoàng Thị Mai")
        .doesNotContain("2001-03")
        .doesNotContain("Gia đình nợ vay")
        .doesNotContain("việc nhẹ lương cao")
        .doesNotContain("xưởng may")
        .doesNotContain("Học nghề")
        .contains("vn.laocai.case:2024-0917");
    assertThat(trafficking.getPerson().toString()).doesNotContain("Canary");
    assertThat(trafficking.getComments().get(0).toString()).doesNotContain("Canary");
  }

  @Test
  void shouldExposeItsRecordType() {
    assertThat(BorderReceptionCase.valid().getRecordType().getCode()).isEqualTo("TraffickingCase");
  }

  @Test
  void shouldKeepTheBirthdatePrecision() {
    assertThat(BorderReceptionCase.valid().getPerson().getBirthdate())
        .map(PartialDate::getPrecision)
        .contains(PartialDate.Precision.MONTH);
  }
}
