package org.dicu.core.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.dicu.core.code.CodeList;
import org.junit.jupiter.api.Test;

final class OrganisationTypeTest {

  private final CodeList<OrganisationType> types = CodeList.of(OrganisationType.class);

  @Test
  void shouldMarkOnlyTheTypesDicuAddsAsExtensions() {
    List<String> extensions = types.getValues().stream()
        .filter(type -> type.getDefinition().isExtension())
        .map(OrganisationType::getCode)
        .collect(Collectors.toList());

    assertThat(extensions).containsExactly("InternationalOrganisation", "DiplomaticMission");
    assertThat(OrganisationType.NGO.getDefinition().isExtension()).isFalse();
  }

  @Test
  void shouldFindTheExtensionTypesByWireCode() {
    assertThat(types.findByCode("InternationalOrganisation"))
        .contains(OrganisationType.INTERNATIONAL_ORGANISATION);
    assertThat(types.findByCode("DiplomaticMission"))
        .contains(OrganisationType.DIPLOMATIC_MISSION);
    assertThat(OrganisationType.INTERNATIONAL_ORGANISATION.getLabelVi()).isEqualTo("Tổ chức quốc tế");
  }
}
