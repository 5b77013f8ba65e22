package org.dicu.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dicu.core.agency.PartnerAgency;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.gcm.GcmActivity;
import org.dicu.core.gcm.GcmProgressReport;
import org.dicu.core.person.ImmutablePerson;
import org.dicu.core.person.Person;
import org.dicu.core.record.RecordType;
import org.dicu.core.service.ServiceOffer;
import org.junit.jupiter.api.Test;

final class WireNamesTest {

  @Test
  void shouldListTheWireNamesOfAModelTypeInWireOrder() {
    assertThat(WireNames.of(Person.class)).startsWith("salutation", "title", "firstName",
        "middleName", "secondName", "birthdate", "gender", "deceased");
    assertThat(WireNames.of(TraffickingCase.class)).startsWith("recordType", "id", "status")
        .doesNotContain("schemaVersion");
  }

  @Test
  void shouldFindTheModelTypeOfAnImmutablesImplementation() {
    assertThat(WireNames.of(ImmutablePerson.class)).isEqualTo(WireNames.of(Person.class));
  }

  @Test
  void shouldRejectTypesOutsideTheFormat() {
    assertThatThrownBy(() -> WireNames.of(String.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WireNames.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void shouldGiveTheModelTypeOfEveryRecordType() {
    assertThat(WireNames.records())
        .containsOnlyKeys(RecordType.values())
        .containsEntry(RecordType.TRAFFICKING_CASE, TraffickingCase.class)
        .containsEntry(RecordType.PARTNER_AGENCY, PartnerAgency.class)
        .containsEntry(RecordType.SERVICE_OFFER, ServiceOffer.class)
        .containsEntry(RecordType.GCM_ACTIVITY, GcmActivity.class)
        .containsEntry(RecordType.GCM_PROGRESS_REPORT, GcmProgressReport.class);
    assertThat(WireNames.records().keySet()).containsExactly(RecordType.values());
    assertThatThrownBy(() -> WireNames.records().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void shouldGiveTheSchemaVersion() {
    assertThat(WireNames.schemaVersion()).isEqualTo("1.0");
  }
}
