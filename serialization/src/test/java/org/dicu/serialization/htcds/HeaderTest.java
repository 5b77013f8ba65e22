package org.dicu.serialization.htcds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.dicu.core.validation.Issue;
import org.junit.jupiter.api.Test;

final class HeaderTest {

  private static final CsvIssues MESSAGES = new CsvIssues(Locale.ENGLISH);

  @Test
  void shouldTakeARowMostlyOfLabelsForTheLabelRow() {
    assertThat(Header.isLabelRow(new String[] {"", "Case Owner", "Status", "Ghi chú"})).isTrue();
    assertThat(Header.isLabelRow(new String[] {"1", "Status", "x", "y"})).isFalse();
    assertThat(Header.isLabelRow(new String[] {"Status"})).isFalse();
    assertThat(Header.isLabelRow(null)).isFalse();
  }

  @Test
  void shouldFollowALabelThatNamesAnotherField() {
    Header header = Header.of(new String[] {"prs_MailingCity", "prs_MailingStreet", "cas_Status"},
        new String[] {"Mailing Street", "Mailing City", "Status"}, 1, MESSAGES);

    assertThat(header.hasLabelRow()).isTrue();
    assertThat(header.columnAt(0)).isEqualTo(HtcdsColumn.PRS_MAILING_STREET);
    assertThat(header.columnAt(1)).isEqualTo(HtcdsColumn.PRS_MAILING_CITY);
    assertThat(header.columnAt(2)).isEqualTo(HtcdsColumn.CAS_STATUS);
    assertThat(header.getIssues()).singleElement().satisfies(issue -> {
      assertThat(issue.getCode()).isEqualTo("csv.label-row-realigned");
      assertThat(issue.getLine()).contains(2L);
      assertThat(issue.getMessage()).contains("A \u2192 prs_MailingStreet, B \u2192 prs_MailingCity");
    });
  }

  @Test
  void shouldKeepTheFieldNameUnderALabelItDoesNotKnow() {
    Header header = Header.of(new String[] {"prs_Gender", "cas_Status"},
        new String[] {"Giới tính", "Status"}, 1, MESSAGES);

    assertThat(header.hasLabelRow()).as("one label of two is not most").isFalse();
    assertThat(header.columnAt(0)).isEqualTo(HtcdsColumn.PRS_GENDER);

    Header three = Header.of(new String[] {"prs_Gender", "cas_Status", "cas_CaseOwner"},
        new String[] {"Giới tính", "Status", "Case Owner"}, 1, MESSAGES);
    assertThat(three.hasLabelRow()).isTrue();
    assertThat(three.columnAt(0)).isEqualTo(HtcdsColumn.PRS_GENDER);
    assertThat(three.getIssues()).isEmpty();
  }

  @Test
  void shouldRecogniseTheTemplatesUnnamedColumnByItsPlaceOnlyThere() {
    Header template = Header.of(new String[] {"cas_ReferredPrimaryCaseWorker", "",
        "cas_OutgoingReferralDate"}, null, 1, MESSAGES);
    Header elsewhere = Header.of(new String[] {"cas_Status", "", "cas_OutgoingReferralDate"},
        null, 1, MESSAGES);

    assertThat(template.columnAt(1)).isEqualTo(HtcdsColumn.CAS_REASON_FOR_OUTGOING_REFERRAL);
    assertThat(elsewhere.columnAt(1)).isNull();
    assertThat(elsewhere.isUnnamed(1)).isTrue();
    assertThat(elsewhere.isUnnamed(3)).isTrue();
    assertThat(elsewhere.isUnnamed(0)).isFalse();
  }

  @Test
  void shouldLetTheFirstColumnGoUnnamedSilently() {
    Header header = Header.of(new String[] {"", "cas_Status"}, null, 1, MESSAGES);

    assertThat(header.isUnnamed(0)).isFalse();
    assertThat(header.columnAt(0)).isNull();
    assertThat(header.getIssues()).extracting(Issue::getCode).isEmpty();
  }
}
