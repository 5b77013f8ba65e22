package org.dicu.core.code;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dicu.core.agency.OrganisationType;
import org.dicu.core.casework.CaseStatus;
import org.dicu.core.casework.ReferralReason;
import org.dicu.core.casework.SupportPlanType;
import org.dicu.core.person.EducationLevel;
import org.dicu.core.person.Gender;
import org.dicu.core.person.MaritalStatus;
import org.dicu.core.trafficking.ControlMethod;
import org.dicu.core.trafficking.DecisionMakingOrganisation;
import org.dicu.core.trafficking.ExploitationType;
import org.dicu.core.trafficking.HistoricEventType;
import org.dicu.core.trafficking.PerpetratorRole;
import org.dicu.core.trafficking.RecruitmentMethod;
import org.dicu.core.trafficking.RelationshipToTrafficker;
import org.dicu.core.trafficking.SexExploitationType;
import org.dicu.core.trafficking.TraffickingStatus;
import org.dicu.core.trafficking.WebsiteOrApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the code-list enums against the HTCDS 2.0 field table and the validation lists of the
 * standard's spreadsheet template, both copied under {@code src/test/resources/htcds}.
 */
final class HtcdsCodeListsTest {

  private static final String FIELDS_CSV = "/htcds/htcds-2.0-fields.csv";
  private static final String TOOLKIT_TSV = "/htcds/htcds-2.0-toolkit-validation-lists.tsv";

  /** The enum that holds the values of each picklist field of the standard. */
  private static final Map<String, Class<? extends Coded>> ENUM_BY_FIELD =
      Map.ofEntries(
          entry("org_Type", OrganisationType.class),
          entry("prs_Gender", Gender.class),
          entry("prs_MaritalStatus", MaritalStatus.class),
          entry("prs_HighestLevelOfEducation", EducationLevel.class),
          entry("vic_TraffickingStatus", TraffickingStatus.class),
          entry("vic_TraffickingStatusDecisionMakingOrg", DecisionMakingOrganisation.class),
          entry("vic_RelationshipToTrafficker", RelationshipToTrafficker.class),
          entry("vic_RecruitmentWebsitesAndApps", WebsiteOrApp.class),
          entry("vic_MethodOfRecruitment", RecruitmentMethod.class),
          entry("vic_MethodsOfControl", ControlMethod.class),
          entry("vic_TypeOfExploitation", ExploitationType.class),
          entry("vic_ForcedLabourIndustry", IsicSection.class),
          entry("vic_TypeOfSexExploitation", SexExploitationType.class),
          entry("vic_ExploitationWebsitesAndApps", WebsiteOrApp.class),
          entry("per_RoleInProcess", PerpetratorRole.class),
          entry("cas_Status", CaseStatus.class),
          entry("cas_ReasonForIncomingReferral", ReferralReason.class),
          entry("cas_ReasonForOutgoingReferral", ReferralReason.class),
          entry("hte_Type", HistoricEventType.class),
          entry("spl_Type", SupportPlanType.class));

  /** The field of each list of the template's validation sheet. */
  private static final Map<String, String> FIELD_BY_TOOLKIT_LIST =
      Map.ofEntries(
          entry("Gender", "prs_Gender"),
          entry("Method of Recruitment", "vic_MethodOfRecruitment"),
          entry("Methods of Control", "vic_MethodsOfControl"),
          entry("Type of Exploitation", "vic_TypeOfExploitation"),
          entry("Forced Labour Industry", "vic_ForcedLabourIndustry"),
          entry("Type of Sex Exploitation", "vic_TypeOfSexExploitation"),
          entry("Status", "cas_Status"),
          entry("Reason for Incoming Referral", "cas_ReasonForIncomingReferral"),
          entry("Reason for Outgoing Referral", "cas_ReasonForOutgoingReferral"),
          entry("Trafficking Status", "vic_TraffickingStatus"),
          entry(
              "Trafficking Status Decision Making Organization",
              "vic_TraffickingStatusDecisionMakingOrg"));

  /**
   * Lists of the validation sheet that are not code lists of this kind: the deprecated
   * vulnerabilities, and countries, which are ISO 3166 codes.
   */
  private static final Set<String> TOOLKIT_LISTS_NOT_CODED =
      Set.of("Vulnerabilities", "Country Code", "Country");

  /** What a value name of the standard looks like; the ISO placeholder rows hold prose instead. */
  private static final Pattern VALUE_NAME = Pattern.compile("[A-Za-z0-9_]+");

  private static final List<Field> FIELDS = readFields();

  /** One row of the field table: the name, status and picklist of a field. */
  record Field(String name, String status, List<String> valueNames, List<String> valueLabels) {

    boolean hasValueNames() {
      return !valueNames.isEmpty();
    }

    boolean isDeprecated() {
      return status.equalsIgnoreCase("DEPRECATED");
    }

    boolean hasIdentifierValueNames() {
      return valueNames.stream().allMatch(name -> VALUE_NAME.matcher(name).matches());
    }
  }

  @Test
  void shouldMapEveryCurrentPicklistFieldOfTheStandardToAnEnum() {
    List<String> picklists =
        FIELDS.stream()
            .filter(Field::hasValueNames)
            .filter(field -> !field.isDeprecated())
            .filter(Field::hasIdentifierValueNames)
            .map(Field::name)
            .collect(Collectors.toList());

    assertThat(ENUM_BY_FIELD.keySet())
        .as("fields mapped to an enum")
        .containsExactlyInAnyOrderElementsOf(picklists);
  }

  @Test
  void shouldLeaveUnmappedOnlyTheDeprecatedFieldAndTheIsoPlaceholders() {
    Map<String, Field> unmapped = new LinkedHashMap<>();
    FIELDS.stream()
        .filter(Field::hasValueNames)
        .filter(field -> !ENUM_BY_FIELD.containsKey(field.name()))
        .forEach(field -> unmapped.put(field.name(), field));

    assertThat(unmapped.keySet())
        .containsExactlyInAnyOrder(
            "prs_PrimaryLanguage",
            "prs_SecondaryLanguage",
            "prs_Citizenship",
            "prs_MailingCountry",
            "vic_Vulnerabilities");
    assertThat(unmapped.get("vic_Vulnerabilities").status()).isEqualToIgnoringCase("DEPRECATED");
    assertThat(unmapped.values())
        .filteredOn(field -> !field.isDeprecated())
        .allSatisfy(field -> assertThat(field.valueNames()).singleElement().asString()
            .contains("ISO"));
  }

  static Stream<Arguments> mappedFields() {
    return FIELDS.stream()
        .filter(field -> ENUM_BY_FIELD.containsKey(field.name()))
        .map(field -> Arguments.of(field.name(), field));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappedFields")
  void shouldUseExactlyTheValueNamesOfTheStandardAsWireCodes(String fieldName, Field field) {
    List<String> standardCodes =
        codeList(ENUM_BY_FIELD.get(fieldName)).getValues().stream()
            .filter(constant -> !constant.getDefinition().isExtension())
            .map(Coded::getCode)
            .collect(Collectors.toList());

    assertThat(standardCodes).containsExactlyElementsOf(field.valueNames());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappedFields")
  void shouldResolveEveryValueLabelToTheConstantOfItsValueName(String fieldName, Field field) {
    CodeList<?> list = codeList(ENUM_BY_FIELD.get(fieldName));
    assertThat(field.valueLabels()).hasSameSizeAs(field.valueNames());

    for (int i = 0; i < field.valueNames().size(); i++) {
      String label = strip(field.valueLabels().get(i));
      assertThat(list.find(label).map(Coded::getCode))
          .as("%s label '%s'", fieldName, label)
          .contains(field.valueNames().get(i));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappedFields")
  void shouldUseTheStandardLabelsStrippedAsEnglishLabels(String fieldName, Field field) {
    CodeList<?> list = codeList(ENUM_BY_FIELD.get(fieldName));

    for (int i = 0; i < field.valueNames().size(); i++) {
      String code = field.valueNames().get(i);
      assertThat(list.findByCode(code).map(Coded::getLabelEn))
          .as("%s %s", fieldName, code)
          .contains(strip(field.valueLabels().get(i)));
    }
  }

  @Test
  void shouldKnowEveryListOfTheToolkit() {
    Set<String> lists =
        readToolkit().stream().map(ToolkitValue::list).collect(Collectors.toSet());

    Set<String> known = new LinkedHashSet<>(FIELD_BY_TOOLKIT_LIST.keySet());
    known.addAll(TOOLKIT_LISTS_NOT_CODED);

    assertThat(lists).containsAll(FIELD_BY_TOOLKIT_LIST.keySet());
    assertThat(lists).as("toolkit lists mapped or skipped on purpose").isSubsetOf(known);
    assertThat(ENUM_BY_FIELD).containsKeys(FIELD_BY_TOOLKIT_LIST.values().toArray(String[]::new));
  }

  /** One cell value of the template's validation sheet. */
  record ToolkitValue(String list, String label) {}

  static Stream<Arguments> toolkitValues() {
    return readToolkit().stream()
        .filter(value -> FIELD_BY_TOOLKIT_LIST.containsKey(value.list()))
        .map(value -> Arguments.of(value.list(), value.label()));
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @MethodSource("toolkitValues")
  void shouldResolveEveryToolkitLabel(String listName, String cellValue) {
    String fieldName = FIELD_BY_TOOLKIT_LIST.get(listName);
    Field field = field(fieldName);
    // The toolkit spells some labels differently from the field table ("Follow up" against
    // "Follow Up"): the value it means is the one whose name or label has the same letters.
    Set<String> meant = new LinkedHashSet<>();
    for (int i = 0; i < field.valueNames().size(); i++) {
      if (letters(cellValue).equals(letters(field.valueNames().get(i)))
          || letters(cellValue).equals(letters(field.valueLabels().get(i)))) {
        meant.add(field.valueNames().get(i));
      }
    }
    assertThat(meant).as("values of %s the toolkit's '%s' means", fieldName, cellValue).hasSize(1);

    assertThat(codeList(ENUM_BY_FIELD.get(fieldName)).find(cellValue.strip()).map(Coded::getCode))
        .contains(meant.iterator().next());
  }

  @Test
  void shouldParseQuotedCellsWithCommasQuotesAndLineBreaks() {
    List<List<String>> rows = parseCsv("a,\"b, \"\"c\"\"\nd\",e\r\nf,,g\r\n");

    assertThat(rows).containsExactly(List.of("a", "b, \"c\"\nd", "e"), List.of("f", "", "g"));
  }

  private static Field field(String name) {
    return FIELDS.stream()
        .filter(field -> field.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no field " + name));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static CodeList<?> codeList(Class<? extends Coded> type) {
    return CodeList.of((Class) type);
  }

  /** Strips the spaces around a label, including the no-break spaces after the gender labels. */
  private static String strip(String label) {
    return label.replace('\u00A0', ' ').strip();
  }

  private static String letters(String text) {
    return text.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
  }

  private static List<Field> readFields() {
    List<List<String>> rows = parseCsv(readResource(FIELDS_CSV));
    List<String> header = rows.get(0);
    int name = header.indexOf("Field Name including Prefix");
    int status = header.indexOf("Status");
    int names = header.indexOf("Value Names (if picklist)");
    int labels = header.indexOf("Value Labels (if picklist)");
    assertThat(List.of(name, status, names, labels)).doesNotContain(-1);

    List<Field> fields = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      List<String> valueNames = lines(row.get(names));
      List<String> valueLabels = lines(row.get(labels));
      // spl_Type ends its value names and labels with an empty line: drop the blank tail.
      while (!valueNames.isEmpty() && valueNames.get(valueNames.size() - 1).isBlank()) {
        valueNames.remove(valueNames.size() - 1);
      }
      valueLabels = valueLabels.subList(0, Math.min(valueLabels.size(), valueNames.size()));
      fields.add(new Field(row.get(name), row.get(status), List.copyOf(valueNames),
          List.copyOf(valueLabels)));
    }
    return List.copyOf(fields);
  }

  private static List<String> lines(String cell) {
    List<String> lines = new ArrayList<>();
    for (String line : cell.split("\r?\n", -1)) {
      lines.add(line.strip());
    }
    return lines;
  }

  private static List<ToolkitValue> readToolkit() {
    List<ToolkitValue> values = new ArrayList<>();
    for (String line : readResource(TOOLKIT_TSV).split("\n")) {
      if (!line.isEmpty()) {
        String[] parts = line.split("\t", -1);
        assertThat(parts).hasSize(2);
        values.add(new ToolkitValue(parts[0], parts[1]));
      }
    }
    return values;
  }

  /** Parses CSV as RFC 4180 defines it: quoted cells may hold commas, quotes and line breaks. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        cell.append(c);
      }
      i++;
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }

  private static String readResource(String path) {
    try (InputStream in = HtcdsCodeListsTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
