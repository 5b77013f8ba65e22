package org.dicu.core.migrant;

import static org.assertj.core.api.Assertions.assertThat;

import org.dicu.core.code.CodeList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ProtectionStatusTest {

  private final CodeList<ProtectionStatus> statuses = CodeList.of(ProtectionStatus.class);

  /** The values of the "International Protection" table of the HTCDS 2.0 guidance, as spelt. */
  @ParameterizedTest
  @CsvSource({
    "Asylum Seeker, AsylumSeeker",
    "Refugee, Refugee",
    "Recipient of complementary protection, RecipientOfComplementaryProtection",
    "Stateless person, StatelessPerson"
  })
  void shouldResolveEveryValueOfTheGuidanceAsSpelt(String value, String code) {
    assertThat(statuses.find(value).map(ProtectionStatus::getCode)).contains(code);
  }

  @Test
  void shouldCoverExactlyTheFourStatusesOfTheGuidance() {
    assertThat(statuses.getValues())
        .extracting(ProtectionStatus::getCode)
        .containsExactly(
            "AsylumSeeker", "Refugee", "RecipientOfComplementaryProtection", "StatelessPerson");
  }
}
