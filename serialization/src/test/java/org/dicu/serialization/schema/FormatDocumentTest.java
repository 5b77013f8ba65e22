package org.dicu.serialization.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dicu.core.agency.PartnerAgency;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.gcm.GcmActivity;
import org.dicu.core.gcm.GcmProgressReport;
import org.dicu.core.record.RecordType;
import org.dicu.core.service.ServiceOffer;
import org.dicu.serialization.json.DicuMappers;
import org.junit.jupiter.api.Test;

/** docs/FORMAT.md stays true to the code: its examples are records that Java and the schemas accept. */
final class FormatDocumentTest {

  /** docs/FORMAT.md, seen from the serialization module's directory where Maven runs the tests. */
  private static final Path FORMAT = Path.of("..", "docs", "FORMAT.md");
  private static final Pattern EXAMPLE = Pattern.compile("```json\n(.*?)\n```", Pattern.DOTALL);
  private static final Map<String, Class<?>> CLASSES = Map.of(
      "TraffickingCase", TraffickingCase.class,
      "PartnerAgency", PartnerAgency.class,
      "ServiceOffer", ServiceOffer.class,
      "GcmActivity", GcmActivity.class,
      "GcmProgressReport", GcmProgressReport.class);

  private final ObjectMapper mapper = DicuMappers.newObjectMapper();

  private static String document() throws IOException {
    return Files.readString(FORMAT, StandardCharsets.UTF_8);
  }

  private static List<String> examples() throws IOException {
    List<String> examples = new ArrayList<>();
    Matcher matcher = EXAMPLE.matcher(document());
    while (matcher.find()) {
      examples.add(matcher.group(1));
    }
    return examples;
  }

  private static String golden(String recordType) throws IOException {
    String name = "/golden/" + recordType + ".json";
    try (InputStream in = FormatDocumentTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void shouldShowOneExamplePerRecordTypeThatJavaAndTheSchemaAccept() throws IOException {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemaRegistryConfig(
            SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    List<String> recordTypes = new ArrayList<>();
    for (String example : examples()) {
      JsonNode tree = mapper.readTree(example);
      String recordType = tree.path("recordType").asText();
      recordTypes.add(recordType);
      assertThat(CLASSES).as(example).containsKey(recordType);
      Object record = mapper.readValue(example, CLASSES.get(recordType));
      assertThat(DicuMappers.prettyWriter(mapper).writeValueAsString(record))
          .as("the example of %s is in canonical form", recordType).isEqualTo(example);
      RecordType type = Arrays.stream(RecordType.values())
          .filter(candidate -> candidate.getCode().equals(recordType)).findFirst().orElseThrow();
      List<Error> errors = registry.getSchema(RecordSchemas.schemaOf(type), InputFormat.JSON)
          .validate(example, InputFormat.JSON);
      assertThat(errors).as(errors.stream().map(Error::toString)
          .collect(Collectors.joining("\n"))).isEmpty();
    }
    assertThat(recordTypes).containsExactly("TraffickingCase", "PartnerAgency", "ServiceOffer",
        "GcmActivity", "GcmProgressReport");
  }

  @Test
  void shouldShowTheGoldenFilesWholeExceptTheShortenedCase() throws IOException {
    for (String example : examples()) {
      String recordType = mapper.readTree(example).path("recordType").asText();
      if (recordType.equals("TraffickingCase")) {
        assertThat(golden(recordType)).startsWith(example.substring(0, example.indexOf(
            "\"services\"")));
        assertThat(document()).contains("Shortened");
      } else {
        assertThat(example + "\n").isEqualTo(golden(recordType));
      }
    }
  }

  @Test
  void shouldStateTheLimitsOfTheReader() throws IOException {
    String document = document();
    assertThat(document)
        .contains("| " + DicuMappers.MAX_NESTING_DEPTH + " (`MAX_NESTING_DEPTH`) |")
        .contains("| " + spaced(DicuMappers.MAX_STRING_LENGTH)
            + " characters (`MAX_STRING_LENGTH`) |")
        .contains("| " + DicuMappers.MAX_NUMBER_LENGTH + " characters (`MAX_NUMBER_LENGTH`) |");
  }

  @Test
  void shouldLinkTheSchemaOfEveryRecordType() throws IOException {
    String document = document();
    for (RecordType type : RecordType.values()) {
      assertThat(document).contains("(schema/" + type.getCode() + ".json)");
      assertThat(FORMAT.resolveSibling("schema").resolve(type.getCode() + ".json")).exists();
    }
  }

  private static String spaced(int number) {
    return String.format(Locale.ROOT, "%,d", number).replace(',', ' ');
  }
}
