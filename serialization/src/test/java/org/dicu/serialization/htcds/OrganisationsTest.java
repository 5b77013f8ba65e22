package org.dicu.serialization.htcds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dicu.core.agency.AgencyDirectory;
import org.dicu.core.agency.OrganisationType;
import org.dicu.core.agency.PartnerAgency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class OrganisationsTest {

  /** Two invented agencies that bore the same name one after the other. */
  private static final AgencyDirectory DIRECTORY = AgencyDirectory.of(List.of(
      agency("vn.nuimay.centre.old", LocalDate.of(2010, 1, 1), LocalDate.of(2025, 6, 30)),
      agency("vn.nuimay.centre", LocalDate.of(2025, 7, 1), null)));

  private static PartnerAgency agency(String id, LocalDate from, LocalDate to) {
    return PartnerAgency.builder()
        .id(id)
        .nameVi("Trung tâm Công tác xã hội tỉnh Núi Mây")
        .nameEn("Núi Mây Social Work Centre")
        .abbreviation("NMSWC")
        .type(OrganisationType.LOCAL_GOVERNMENT_ORGANISATION)
        .country("VN")
        .validFrom(from)
        .validTo(Optional.ofNullable(to))
        .build();
  }

  @ParameterizedTest
  @CsvSource({
      "Trung tâm Công tác xã hội tỉnh Núi Mây, 2024-01-01, vn.nuimay.centre.old",
      "trung tam cong tac xa hoi tinh nui may, 2025-07-01, vn.nuimay.centre",
      "NUI MAY SOCIAL WORK CENTRE, 2025-07-01, vn.nuimay.centre",
      "nmswc, 2024-01-01, vn.nuimay.centre.old",
      "nmswc, 2026-01-01, vn.nuimay.centre",
      "vn.nuimay.centre.old, 2026-01-01, vn.nuimay.centre.old"})
  void shouldPreferTheAgencyInForceOnTheDate(String text, LocalDate date, String id) {
    assertThat(new Organisations(DIRECTORY).resolve(text, date)).contains(id);
  }

  @ParameterizedTest
  @CsvSource({"Trung tâm Công tác xã hội tỉnh Núi Mây", "nmswc"})
  void shouldTakeTheFirstAgencyWhenTheDateIsUnknown(String text) {
    assertThat(new Organisations(DIRECTORY).resolve(text, null)).contains("vn.nuimay.centre.old");
  }

  @ParameterizedTest
  @CsvSource({"Trung tâm Công tác xã hội", "VN.NUIMAY.CENTRE", "Núi Mây"})
  void shouldNotGuessFromPartsOfNamesOrWronglyCasedIds(String text) {
    assertThat(new Organisations(DIRECTORY).resolve(text, LocalDate.of(2026, 1, 1))).isEmpty();
  }
}
