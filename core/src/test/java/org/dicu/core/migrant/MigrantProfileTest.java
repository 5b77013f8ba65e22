package org.dicu.core.migrant;

import static org.dicu.core.validation.ReportAssert.assertThatReport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.dicu.core.validation.DicuValidator;
import org.dicu.core.validation.Severity;
import org.junit.jupiter.api.Test;

final class MigrantProfileTest {

  private static final DicuValidator VALIDATOR =
      DicuValidator.builder().today(LocalDate.of(2026, 11, 22)).build();

  private static MigrantProfile withCosts(String amount) {
    return MigrantProfile.builder()
        .labourMigration(LabourMigration.builder()
            .recruitmentCosts(MoneyAmount.of(new BigDecimal(amount), Currency.getInstance("USD")))
            .build())
        .build();
  }

  @Test
  void shouldAcceptRecruitmentCostsOfZeroOrMore() {
    assertThatReport(VALIDATOR.validate(withCosts("0"))).hasNoIssues();
    assertThatReport(VALIDATOR.validate(withCosts("1200.50"))).hasNoIssues();
  }

  @Test
  void shouldRejectNegativeRecruitmentCosts() {
    assertThatReport(VALIDATOR.validate(withCosts("-5"))).hasOnlyIssue(Severity.ERROR,
        "money.amount-negative", "/labourMigration/recruitmentCosts/amount");
  }
}
