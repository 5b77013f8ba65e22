package org.dicu.serialization.ctdc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class CtdcExportSummaryTest {

  private final CtdcExportSummary summary = new CtdcExportSummary(11, 100, 80, 7, 6, 2, 12, 30, 5);

  @Test
  void shouldReturnEveryCount() {
    assertThat(summary.getK()).isEqualTo(11);
    assertThat(summary.getRecordsRead()).isEqualTo(100);
    assertThat(summary.getRowsWritten()).isEqualTo(80);
    assertThat(summary.getLeftOutForErrors()).isEqualTo(7);
    assertThat(summary.getLeftOutWithoutConsent()).isEqualTo(6);
    assertThat(summary.getRecordsOfOtherTypes()).isEqualTo(2);
    assertThat(summary.getRowsGeneralised()).isEqualTo(12);
    assertThat(summary.getValuesBlanked()).isEqualTo(30);
    assertThat(summary.getRowsDropped()).isEqualTo(5);
  }

  @Test
  void shouldTellEveryCountInOneParagraph() {
    assertThat(summary.toString())
        .isEqualTo("CTDC export with k = 11: read 100 records and wrote 80 rows. Left out 7"
            + " records with errors, 6 cases without consent to de-identified data sharing and 2"
            + " records that are not trafficking cases. For k-anonymity, 30 quasi-identifier"
            + " values were blanked in 12 rows and 5 rows were dropped.")
        .doesNotContain("\n");
  }
}
