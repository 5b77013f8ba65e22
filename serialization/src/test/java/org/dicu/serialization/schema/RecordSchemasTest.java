package org.dicu.serialization.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dicu.core.record.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class RecordSchemasTest {

  /** docs/schema, seen from the serialization module's directory where Maven runs the tests. */
  private static final Path DOCS = Path.of("..", "docs", "schema");
  /** The copy shipped in the jar. */
  private static final Path RESOURCES =
      Path.of("src", "main", "resources", "org", "dicu", "serialization", "schema");

  private final ObjectMapper mapper = new ObjectMapper();

  private JsonNode schema(RecordType type) throws IOException {
    return mapper.readTree(RecordSchemas.schemaOf(type));
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void shouldMatchTheCopiesInDocsAndInTheJar(RecordType type) throws IOException {
    String generated = RecordSchemas.schemaOf(type);
    for (Path directory : List.of(DOCS, RESOURCES)) {
      Path file = directory.resolve(type.getCode() + ".json");
      if (Boolean.getBoolean("dicu.updateDocs")) {
        Files.createDirectories(directory);
        Files.writeString(file, generated, StandardCharsets.UTF_8);
      }
      assertThat(file).as("%s is stale: regenerate it with -Ddicu.updateDocs=true", file)
          .exists();
      // the country and currency lists come from the JDK: a JDK with other tables differs too
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as("%s is stale: regenerate it with -Ddicu.updateDocs=true", file)
          .isEqualTo(generated);
    }
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void shouldShipTheSchemaInTheJar(RecordType type) throws IOException {
    try (var in = RecordSchemas.class.getResourceAsStream(type.getCode() + ".json")) {
      assertThat(in).as(type.getCode()).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(RecordSchemas.schemaOf(type));
    }
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void shouldIdentifyTheDialectTheRecordTypeAndTheVersion(RecordType type) throws IOException {
    JsonNode schema = schema(type);
    assertThat(names(schema)).startsWith("$schema", "$id", "title", "description", "type");
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").asText())
        .isEqualTo("https://dicu.org/schema/1.0/" + type.getCode() + ".json");
    assertThat(schema.get("title").asText()).contains(type.getCode());
    assertThat(schema.get("description").asText()).isNotBlank();
    assertThat(schema.at("/properties/recordType/const").asText()).isEqualTo(type.getCode());
    assertThat(schema.at("/properties/schemaVersion/const").asText()).isEqualTo("1.0");
    assertThat(names(schema.get("properties"))).startsWith("recordType", "schemaVersion", "id");
    assertThat(schema.get("required")).extracting(JsonNode::asText)
        .startsWith("recordType", "schemaVersion", "id");
    assertThat(RecordSchemas.schemaOf(type)).endsWith("}\n").doesNotContain("\r");
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void shouldForbidUnknownPropertiesInEveryObject(RecordType type) throws IOException {
    List<JsonNode> objects = new ArrayList<>();
    schema(type).findParents("properties").forEach(objects::add);
    assertThat(objects).isNotEmpty().allSatisfy(object -> {
      assertThat(object.get("type").asText()).isEqualTo("object");
      assertThat(object.get("additionalProperties")).isEqualTo(BooleanNode.FALSE);
    });
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void shouldAllowNoNullAnywhere(RecordType type) {
    assertThat(RecordSchemas.schemaOf(type)).doesNotContain("\"null\"");
  }

  @Test
  void shouldListPropertiesInWireOrderAndRequireOnlyWhatTheModelNeeds() throws IOException {
    JsonNode activity = schema(RecordType.GCM_ACTIVITY);
    assertThat(names(activity.get("properties"))).containsExactly("recordType", "schemaVersion",
        "id", "title", "description", "startDate", "endDate", "place", "leadAgencyId",
        "partnerAgencyIds", "objectives", "guidingPrinciples", "outputs");
    assertThat(activity.get("required")).extracting(JsonNode::asText)
        .containsExactly("recordType", "schemaVersion", "id", "title");

    JsonNode trafficking = schema(RecordType.TRAFFICKING_CASE);
    assertThat(trafficking.get("required")).extracting(JsonNode::asText)
        .containsExactly("recordType", "schemaVersion", "id", "status", "person");
    JsonNode person = trafficking.at("/$defs/Person");
    assertThat(names(person.get("properties"))).startsWith("salutation", "title", "firstName",
        "middleName", "secondName", "birthdate", "gender", "deceased");
    assertThat(person.has("required")).isFalse();
    assertThat(trafficking.at("/$defs/VulnerabilityFactor/required"))
        .extracting(JsonNode::asText).containsExactly("level", "factor");
  }

  @Test
  void shouldDescribeScalarsInTheirWireForm() throws IOException {
    JsonNode trafficking = schema(RecordType.TRAFFICKING_CASE);
    assertThat(trafficking.at("/properties/registrationDate/format").asText()).isEqualTo("date");
    assertThat(trafficking.at("/$defs/CaseComment/properties/time/format").asText())
        .isEqualTo("date-time");
    assertThat(trafficking.at("/$defs/Person/properties/birthdate/pattern").asText())
        .isEqualTo("^\\d{4}(-\\d{2}(-\\d{2})?)?$");
    assertThat(trafficking.at("/$defs/Person/properties/primaryLanguage/pattern").asText())
        .isEqualTo("^[a-z]{2,3}$");
    assertThat(trafficking.at("/$defs/Person/properties/deceased/type").asText())
        .isEqualTo("boolean");
    assertThat(trafficking.at("/$defs/Person/properties/numberOfChildren/type").asText())
        .isEqualTo("integer");
    assertThat(trafficking.at("/$defs/Person/properties/numberOfChildren/minimum").asInt())
        .isZero();
    assertThat(trafficking.at("/$defs/Person/properties/numberOfChildren/maximum").asInt())
        .isEqualTo(30);
    assertThat(trafficking.at("/$defs/Place/properties/latitude/minimum").asInt()).isEqualTo(-90);
    assertThat(trafficking.at("/$defs/Place/properties/longitude/maximum").asInt())
        .isEqualTo(180);
    assertThat(trafficking.at("/$defs/MoneyAmount/properties/amount/type").asText())
        .isEqualTo("number");
  }

  @Test
  void shouldCarryLengthsAndIdentifierPatterns() throws IOException {
    String id = "^[A-Za-z0-9._:-]{1,64}$";
    JsonNode trafficking = schema(RecordType.TRAFFICKING_CASE);
    assertThat(trafficking.at("/properties/id/pattern").asText()).isEqualTo(id);
    assertThat(trafficking.at("/properties/caseOwner/maxLength").asInt()).isEqualTo(200);
    assertThat(trafficking.at("/$defs/Person/properties/firstName/maxLength").asInt())
        .isEqualTo(200);
    assertThat(trafficking.at("/$defs/Referral/properties/organisationId/pattern").asText())
        .isEqualTo(id);
    assertThat(trafficking.at("/$defs/VulnerabilityFactor/properties/factor/minLength").asInt())
        .isEqualTo(1);

    JsonNode activity = schema(RecordType.GCM_ACTIVITY);
    assertThat(activity.at("/properties/partnerAgencyIds/type").asText()).isEqualTo("array");
    assertThat(activity.at("/properties/partnerAgencyIds/items/pattern").asText()).isEqualTo(id);
    assertThat(activity.at("/properties/outputs/items/maxLength").asInt()).isEqualTo(1000);
    assertThat(activity.at("/properties/title/maxLength").asInt()).isEqualTo(500);

    JsonNode agency = schema(RecordType.PARTNER_AGENCY);
    assertThat(agency.at("/properties/id/pattern").asText()).isEqualTo(id);
    assertThat(agency.at("/properties/parentId/pattern").asText()).isEqualTo(id);
    assertThat(agency.at("/$defs/Succession/properties/successorId/pattern").asText())
        .isEqualTo(id);
    assertThat(agency.at("/properties/country/$ref").asText()).isEqualTo("#/$defs/Country");
  }

  @Test
  void shouldListCodesCountriesCurrenciesAndObjectives() throws IOException {
    JsonNode trafficking = schema(RecordType.TRAFFICKING_CASE);
    assertThat(trafficking.at("/$defs/Person/properties/gender/$ref").asText())
        .isEqualTo("#/$defs/Gender");
    assertThat(trafficking.at("/$defs/Gender/enum")).extracting(JsonNode::asText)
        .contains("Feminine", "Masculine", "TransgenderFeminine").doesNotContain("Female");
    assertThat(trafficking.at("/$defs/ExploitationType/enum")).extracting(JsonNode::asText)
        .contains("ForcedLabour");
    assertThat(trafficking.at("/$defs/Country/enum")).extracting(JsonNode::asText)
        .contains("VN", "CN", "TH", "KH", "LA").doesNotContain("XX", "VNM", "vn")
        .hasSizeGreaterThan(240);
    assertThat(trafficking.at("/$defs/Currency/enum")).extracting(JsonNode::asText)
        .contains("VND", "USD", "CNY").doesNotContain("XYZ");
    assertThat(trafficking.at("/properties/gcmObjectives/items/$ref").asText())
        .isEqualTo("#/$defs/GcmObjective");
    assertThat(trafficking.at("/$defs/GcmObjective/type").asText()).isEqualTo("integer");
    assertThat(trafficking.at("/$defs/GcmObjective/enum")).extracting(JsonNode::asInt)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 23).boxed().collect(Collectors.toList()));
  }

  @Test
  void shouldSortDefinitions() throws IOException {
    List<String> definitions = names(schema(RecordType.TRAFFICKING_CASE).get("$defs"));
    assertThat(definitions).isSorted().contains("Person", "Referral", "Consent", "Country");
  }

  @Test
  void shouldGiveEveryRecordTypeItsSchema() {
    assertThat(RecordSchemas.all()).containsOnlyKeys(RecordType.values());
    Stream.of(RecordType.values()).forEach(type ->
        assertThat(RecordSchemas.all().get(type)).isSameAs(RecordSchemas.schemaOf(type)));
    assertThatThrownBy(() -> RecordSchemas.all().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> RecordSchemas.schemaOf(null))
        .isInstanceOf(NullPointerException.class);
  }
}
