package org.dicu.core.service;

import static org.dicu.core.validation.ReportAssert.assertThatReport;

import java.time.LocalDate;
import org.dicu.core.code.Language;
import org.dicu.core.validation.DicuValidator;
import org.dicu.core.validation.Severity;
import org.junit.jupiter.api.Test;

final class ServiceOfferTest {

  private static final DicuValidator VALIDATOR =
      DicuValidator.builder().today(LocalDate.of(2026, 11, 22)).build();

  private final ServiceOffer shelter = ServiceOffer.builder()
      .id("vn.laocai.offer:shelter")
      .agencyId("vn.laocai.dolisa.centre")
      .service(SupportService.SHELTER)
      .capacity(40)
      .addEligibleGroups(BeneficiaryGroup.VIETNAMESE_OR_STATELESS_VICTIM)
      .addLanguages(Language.parse("vi").orElseThrow(), Language.parse("hmn").orElseThrow())
      .build();

  @Test
  void shouldAcceptAShelterOffer() {
    assertThatReport(VALIDATOR.validate(shelter)).hasNoIssues();
  }

  @Test
  void shouldRejectANegativeCapacity() {
    assertThatReport(VALIDATOR.validate(ImmutableServiceOffer.copyOf(shelter).withCapacity(-1)))
        .hasOnlyIssue(Severity.ERROR, "count.negative", "/capacity");
  }

  @Test
  void shouldRejectAMalformedAgencyId() {
    assertThatReport(VALIDATOR.validate(ImmutableServiceOffer.copyOf(shelter).withAgencyId("")))
        .hasOnlyIssue(Severity.ERROR, "id.malformed", "/agencyId");
  }
}
