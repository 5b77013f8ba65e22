package org.dicu.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

final class PersonTest {

  private final Person lan =
      Person.builder().secondName("Nguyễn").middleName("Thị").firstName("Lan").build();

  @Test
  void shouldShowTheFamilyNameFirstForVietnameseReaders() {
    NameOrder order = NameOrder.forLocale(Locale.forLanguageTag("vi-VN"));
    assertThat(lan.displayName(order)).isEqualTo("Nguyễn Thị Lan");
  }

  @Test
  void shouldShowTheGivenNameFirstForEnglishReaders() {
    assertThat(lan.displayName(NameOrder.forLocale(Locale.UK))).isEqualTo("Lan Thị Nguyễn");
  }

  @Test
  void shouldSkipAbsentParts() {
    Person onlyFamily = Person.builder().secondName("Lò").build();
    assertThat(onlyFamily.displayName(NameOrder.GIVEN_NAME_FIRST)).isEqualTo("Lò");
    assertThat(Person.builder().build().displayName(NameOrder.FAMILY_NAME_FIRST)).isEmpty();
  }

  @Test
  void shouldRedactPersonalDataInToString() {
    Person person = Person.builder().from(lan).mobilePhone("+84912345678")
        .email("lan@example.org").birthdate(PartialDate.ofYear(2001)).build();
    assertThat(person.toString()).doesNotContain("Lan").doesNotContain("Nguyễn")
        .doesNotContain("+8491").doesNotContain("example.org").doesNotContain("2001");
  }
}
