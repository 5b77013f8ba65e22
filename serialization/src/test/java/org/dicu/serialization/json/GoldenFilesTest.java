package org.dicu.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dicu.core.agency.AgencyDirectory;
import org.dicu.core.agency.PartnerAgency;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.gcm.GcmActivity;
import org.dicu.core.gcm.GcmProgressReport;
import org.dicu.core.record.RecordType;
import org.dicu.core.service.ServiceOffer;
import org.dicu.core.validation.DicuValidator;
import org.dicu.core.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The golden files: one canonical record per record type, as docs/FORMAT.md shows them. */
final class GoldenFilesTest {

  /** The class each golden file is read as, by its recordType. */
  private static final Map<String, Class<?>> CLASSES = Map.of(
      "TraffickingCase", TraffickingCase.class,
      "PartnerAgency", PartnerAgency.class,
      "ServiceOffer", ServiceOffer.class,
      "GcmActivity", GcmActivity.class,
      "GcmProgressReport", GcmProgressReport.class);

  private final ObjectMapper mapper = DicuMappers.newObjectMapper();

  static Stream<String> goldenFiles() {
    return CLASSES.keySet().stream().sorted();
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream("/golden/" + name + ".json")) {
      assertThat(in).as("golden/%s.json", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Object read(String json) throws IOException {
    String recordType = mapper.readTree(json).get("recordType").asText();
    assertThat(CLASSES).containsKey(recordType);
    return mapper.readValue(json, CLASSES.get(recordType));
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void shouldWriteWhatItReadsByteForByte(String name) throws IOException {
    String json = golden(name);
    Object record = read(json);
    assertThat(record).isInstanceOf(CLASSES.get(name));
    assertThat(DicuMappers.prettyWriter(mapper).writeValueAsString(record) + "\n")
        .isEqualTo(json);
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void shouldBeValidWithoutAnyIssue(String name) throws IOException {
    DicuValidator validator = DicuValidator.builder().today(LocalDate.of(2026, 11, 22)).build();
    ValidationReport report = validator.validate(read(golden(name)));
    assertThat(report.getIssues()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void shouldStartWithItsRecordTypeAndSchemaVersion(String name) throws IOException {
    String json = golden(name);
    assertThat(json).startsWith("{\n  \"recordType\": \"" + name + "\",\n"
        + "  \"schemaVersion\": \"1.0\",\n  \"id\": \"");
    assertThat(json).endsWith("\n}\n").doesNotContain("\r", "\t", "null");
    assertThat(Normalizer.isNormalized(json, Normalizer.Form.NFC)).as("NFC").isTrue();
  }

  @Test
  void shouldHaveAGoldenFileForEveryRecordType() {
    assertThat(goldenFiles().collect(Collectors.toList())).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(RecordType.values()).map(RecordType::getCode).collect(Collectors.toList()));
  }

  @Test
  void shouldRoundTripEveryAgencyOfTheBuiltInDirectory() throws IOException {
    // the golden agency has no parent, end or successor: the directory's agencies have them
    AgencyDirectory directory = AgencyDirectory.builtIn();
    assertThat(directory.getAgencies())
        .anySatisfy(agency -> assertThat(agency.getSuccessions()).isNotEmpty())
        .anySatisfy(agency -> assertThat(agency.getValidTo()).isPresent())
        .anySatisfy(agency -> assertThat(agency.getParentId()).isPresent())
        .anySatisfy(agency -> assertThat(agency.getIatiIdentifier()).isPresent());
    for (PartnerAgency agency : directory.getAgencies()) {
      String json = mapper.writeValueAsString(agency);
      assertThat(mapper.readValue(json, PartnerAgency.class)).as(json).isEqualTo(agency);
    }
  }
}
