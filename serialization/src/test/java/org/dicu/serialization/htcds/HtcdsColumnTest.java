package org.dicu.serialization.htcds;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dicu.serialization.htcds.HtcdsFixtures.bytes;
import static org.dicu.serialization.htcds.HtcdsFixtures.cases;
import static org.dicu.serialization.htcds.HtcdsFixtures.csvIssues;
import static org.dicu.serialization.htcds.HtcdsFixtures.read;
import static org.dicu.serialization.htcds.HtcdsFixtures.text;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dicu.core.casework.CaseStatus;
import org.dicu.core.casework.ReferralReason;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.code.CodeList;
import org.dicu.core.code.Coded;
import org.dicu.core.code.IsicSection;
import org.dicu.core.person.EducationLevel;
import org.dicu.core.person.Gender;
import org.dicu.core.person.MaritalStatus;
import org.dicu.core.trafficking.ControlMethod;
import org.dicu.core.trafficking.DecisionMakingOrganisation;
import org.dicu.core.trafficking.ExploitationType;
import org.dicu.core.trafficking.RecruitmentMethod;
import org.dicu.core.trafficking.RelationshipToTrafficker;
import org.dicu.core.trafficking.SexExploitationType;
import org.dicu.core.trafficking.TraffickingStatus;
import org.dicu.core.trafficking.WebsiteOrApp;
import org.dicu.serialization.stream.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class HtcdsColumnTest {

  /** The code list of each picklist column. */
  private static final Map<HtcdsColumn, Class<? extends Coded>> LISTS = Map.ofEntries(
      entry(HtcdsColumn.PRS_GENDER, Gender.class),
      entry(HtcdsColumn.PRS_MARITAL_STATUS, MaritalStatus.class),
      entry(HtcdsColumn.PRS_HIGHEST_LEVEL_OF_EDUCATION, EducationLevel.class),
      entry(HtcdsColumn.VIC_TRAFFICKING_STATUS, TraffickingStatus.class),
      entry(HtcdsColumn.VIC_TRAFFICKING_STATUS_DECISION_MAKING_ORG,
          DecisionMakingOrganisation.class),
      entry(HtcdsColumn.VIC_RELATIONSHIP_TO_TRAFFICKER, RelationshipToTrafficker.class),
      entry(HtcdsColumn.VIC_RECRUITMENT_WEBSITES_AND_APPS, WebsiteOrApp.class),
      entry(HtcdsColumn.VIC_METHOD_OF_RECRUITMENT, RecruitmentMethod.class),
      entry(HtcdsColumn.VIC_METHODS_OF_CONTROL, ControlMethod.class),
      entry(HtcdsColumn.VIC_TYPE_OF_EXPLOITATION, ExploitationType.class),
      entry(HtcdsColumn.VIC_FORCED_LABOUR_INDUSTRY, IsicSection.class),
      entry(HtcdsColumn.VIC_TYPE_OF_SEX_EXPLOITATION, SexExploitationType.class),
      entry(HtcdsColumn.VIC_EXPLOITATION_WEBSITES_AND_APPS, WebsiteOrApp.class),
      entry(HtcdsColumn.CAS_STATUS, CaseStatus.class),
      entry(HtcdsColumn.CAS_REASON_FOR_INCOMING_REFERRAL, ReferralReason.class),
      entry(HtcdsColumn.CAS_REASON_FOR_OUTGOING_REFERRAL, ReferralReason.class));

  /** The multi-select columns among them. */
  private static final Set<HtcdsColumn> MULTI_SELECT = Set.of(
      HtcdsColumn.VIC_RECRUITMENT_WEBSITES_AND_APPS, HtcdsColumn.VIC_METHOD_OF_RECRUITMENT,
      HtcdsColumn.VIC_METHODS_OF_CONTROL, HtcdsColumn.VIC_TYPE_OF_EXPLOITATION,
      HtcdsColumn.VIC_TYPE_OF_SEX_EXPLOITATION, HtcdsColumn.VIC_EXPLOITATION_WEBSITES_AND_APPS);

  /**
   * The fields of the standard that have no column, on purpose: a case holds several of them
   * (perpetrators, comments, events, support plans, identity documents), they describe an
   * organisation, or the model has no place for them (coordinates of a mailing address).
   */
  private static final Set<String> FIELDS_WITHOUT_COLUMN = Set.of(
      "org_Name", "org_ShippingCity", "org_ShippingCountry", "org_ShippingState",
      "org_ShippingStreet", "org_ShippingPostalCode", "org_ShippingLongitude",
      "org_ShippingLatitude", "org_Phone", "org_Type", "prs_IdentityNumber",
      "prs_MailingLongitude", "prs_MailingLatitude", "vic_AgreementToManagePersonalData",
      "vic_Vulnerabilities", "vic_DetailsOfVulnerabilities", "per_RoleInProcess",
      "per_RoleDetails", "cco_CaseComment", "hte_Longitude", "hte_Latitude", "hte_City",
      "hte_State", "hte_Street", "hte_PostalCode", "hte_Date", "hte_Type", "hte_Description",
      "spl_Objectives", "spl_ActionPlan", "spl_PlannedEndDate", "spl_ActualEndDate", "spl_Type");

  /** One field of the standard's field table. */
  record Field(String name, String label, String type) {}

  private static List<Field> fields() {
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader())
        .readValues(text("htcds-2.0-fields.csv"))) {
      List<Field> fields = new ArrayList<>();
      for (Map<String, String> row : rows.readAll()) {
        String name = row.get("Field Name including Prefix").strip();
        if (name.matches("[a-z]{3}_\\w+")) {
          fields.add(new Field(name, row.get("Field Label").strip(), row.get("Field Type")));
        }
      }
      return fields;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String[]> toolkitLists() {
    try (MappingIterator<String[]> rows = new CsvMapper().readerFor(String[].class)
        .with(CsvParser.Feature.WRAP_AS_ARRAY)
        .with(CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar())
        .readValues(bytes("htcds-2.0-toolkit-validation-lists.tsv"))) {
      return rows.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the toolkit's country list that the reader ships. */
  private static String toolkitCountries() {
    try (InputStream in = Countries.class.getResourceAsStream("toolkit-countries.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CSV with a status column and one row per value of another column. */
  private static String csv(HtcdsColumn column, List<String> values) {
    StringBuilder csv = new StringBuilder(column == HtcdsColumn.CAS_STATUS
        ? "cas_Status\r\n" : "cas_Status," + column.getFieldName() + "\r\n");
    for (String value : values) {
      String quoted = "\"" + value.replace("\"", "\"\"") + "\"";
      csv.append(column == HtcdsColumn.CAS_STATUS ? quoted : "Active," + quoted).append("\r\n");
    }
    return csv.toString();
  }

  private static List<ReadResult> readWithoutValidation(String csv) {
    return HtcdsFixtures.read(csv.getBytes(StandardCharsets.UTF_8),
        HtcdsCsvReader.builder().withoutValidation());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Coded> constants(HtcdsColumn column) {
    return new ArrayList<>(CodeList.of((Class) LISTS.get(column)).getValues());
  }

  /** Returns the value name the writer writes for a constant. */
  private static String written(Coded constant) {
    return constant instanceof ExploitationType
        ? ((ExploitationType) constant).toHtcds().getCode() : constant.getCode();
  }

  static Stream<Arguments> picklists() {
    return Arrays.stream(HtcdsColumn.values()).filter(LISTS::containsKey).map(Arguments::of);
  }

  static Stream<Arguments> multiSelects() {
    return MULTI_SELECT.stream().sorted().map(Arguments::of);
  }

  private static void assertReadsEveryConstant(HtcdsColumn column,
      Function<Coded, String> spelling) {
    List<Coded> constants = constants(column);
    List<String> cells = constants.stream().map(spelling).collect(Collectors.toList());

    List<ReadResult> results = readWithoutValidation(csv(column, cells));

    assertThat(csvIssues(results)).as("issues of %s", cells).isEmpty();
    assertThat(cases(results)).extracting(column::write)
        .as("%s read from %s", column, cells)
        .containsExactlyElementsOf(
            constants.stream().map(HtcdsColumnTest::written).collect(Collectors.toList()));
  }

  @Test
  void shouldNameTheFieldsOfTheStandardWithTheirLabels() {
    Map<String, Field> byName = fields().stream()
        .collect(Collectors.toMap(Field::name, Function.identity(), (a, b) -> a));

    for (HtcdsColumn column : HtcdsColumn.values()) {
      if (column.isExtension()) {
        assertThat(column.getFieldName()).isIn("cas_Id", "cas_RegistrationDate", "hte_Country");
      } else {
        assertThat(byName).as("the standard's field %s", column).containsKey(column.getFieldName());
        assertThat(column.getLabel()).isEqualTo(byName.get(column.getFieldName()).label());
      }
    }
    assertThat(byName).doesNotContainKeys("cas_Id", "cas_RegistrationDate");
  }

  @Test
  void shouldLeaveOutOnlyTheFieldsACaseCannotHoldOnce() {
    Set<String> withoutColumn = fields().stream().map(Field::name)
        .filter(name -> HtcdsColumn.ofFieldName(name).isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));

    assertThat(withoutColumn).containsExactlyInAnyOrderElementsOf(FIELDS_WITHOUT_COLUMN);
  }

  @Test
  void shouldKnowTheListOfEveryPicklistColumn() {
    Set<HtcdsColumn> picklists = fields().stream()
        .filter(field -> field.type().contains("Picklist"))
        .map(field -> HtcdsColumn.ofFieldName(field.name()))
        .flatMap(Optional::stream)
        .filter(column -> !Set.of(HtcdsColumn.PRS_CITIZENSHIP, HtcdsColumn.PRS_PRIMARY_LANGUAGE,
            HtcdsColumn.PRS_SECONDARY_LANGUAGE).contains(column))
        .collect(Collectors.toSet());

    assertThat(LISTS.keySet()).containsExactlyInAnyOrderElementsOf(picklists);
    assertThat(fields()).filteredOn(field -> field.type().startsWith("Multiselect"))
        .extracting(Field::name)
        .containsExactlyInAnyOrder(Stream.concat(
                MULTI_SELECT.stream().map(HtcdsColumn::getFieldName),
                Stream.of("prs_Citizenship", "vic_Vulnerabilities", "per_RoleInProcess"))
            .toArray(String[]::new));
  }

  @Test
  void shouldFindEveryNameAndLabelOfTheTemplateHeader() {
    List<String> lines = text("toolkit-plain.csv").lines().limit(2).collect(Collectors.toList());
    List<String> names = Arrays.asList(lines.get(0).split(",", -1));
    List<String> labels = Arrays.asList(lines.get(1).split(",", -1));

    assertThat(names.stream().filter(name -> !name.isEmpty()).map(HtcdsColumn::ofFieldName))
        .hasSize(37).allMatch(Optional::isPresent);
    assertThat(labels.stream().filter(label -> !label.isEmpty()).map(HtcdsColumn::ofLabel))
        .hasSize(38).allMatch(Optional::isPresent);
    assertThat(HtcdsColumn.ofFieldName("vic_TraffickinStatusDecisionMakingOrg"))
        .contains(HtcdsColumn.VIC_TRAFFICKING_STATUS_DECISION_MAKING_ORG);
    assertThat(HtcdsColumn.ofLabel(labels.get(35)))
        .contains(HtcdsColumn.CAS_REASON_FOR_OUTGOING_REFERRAL);
  }

  @Test
  void shouldFindColumnsIgnoringCaseAndSpaces() {
    assertThat(HtcdsColumn.ofFieldName(" PRS_GENDER ")).contains(HtcdsColumn.PRS_GENDER);
    assertThat(HtcdsColumn.ofLabel("mailing  zip/postal\u00A0code"))
        .contains(HtcdsColumn.PRS_MAILING_POSTAL_CODE);
    assertThat(HtcdsColumn.ofFieldName("prs_Gendre")).isEmpty();
    assertThat(HtcdsColumn.ofFieldName(null)).isEmpty();
    assertThat(HtcdsColumn.ofLabel(null)).isEmpty();
    assertThat(HtcdsColumn.CAS_ID).hasToString("cas_Id");
  }

  @Test
  void shouldMarkPersonalDataAsTheModelDoes() {
    assertThat(Arrays.stream(HtcdsColumn.values()).filter(HtcdsColumn::isPersonalData))
        .containsExactlyInAnyOrder(HtcdsColumn.CAS_CASE_OWNER, HtcdsColumn.PRS_FIRST_NAME,
            HtcdsColumn.PRS_MIDDLE_NAME, HtcdsColumn.PRS_SECOND_NAME, HtcdsColumn.PRS_BIRTHDATE,
            HtcdsColumn.PRS_EMAIL, HtcdsColumn.PRS_HOME_PHONE, HtcdsColumn.PRS_MOBILE_PHONE,
            HtcdsColumn.PRS_MAILING_CITY, HtcdsColumn.PRS_MAILING_STREET,
            HtcdsColumn.PRS_MAILING_POSTAL_CODE, HtcdsColumn.CAS_REFERRING_PRIMARY_CASE_WORKER,
            HtcdsColumn.CAS_INCOMING_REFERRAL_DETAILS, HtcdsColumn.CAS_REFERRED_PRIMARY_CASE_WORKER,
            HtcdsColumn.CAS_OUTGOING_REFERRAL_DETAILS, HtcdsColumn.CAS_REASON_FOR_CASE_CLOSURE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("picklists")
  void shouldReadEveryValueNameOfEveryPicklist(HtcdsColumn column) {
    assertReadsEveryConstant(column, Coded::getCode);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("picklists")
  void shouldReadEveryEnglishLabelInAnyLetterCase(HtcdsColumn column) {
    assertReadsEveryConstant(column, constant -> constant.getLabelEn().toUpperCase(Locale.ROOT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("picklists")
  void shouldReadEveryVietnameseLabel(HtcdsColumn column) {
    assertReadsEveryConstant(column, Coded::getLabelVi);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("picklists")
  void shouldReadEveryValueNameInLowerCase(HtcdsColumn column) {
    assertReadsEveryConstant(column, constant -> constant.getCode().toLowerCase(Locale.ROOT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("multiSelects")
  void shouldReadEveryValueOfAMultiSelectListInOneCell(HtcdsColumn column) {
    List<Coded> constants = constants(column);
    String expected = constants.stream().map(HtcdsColumnTest::written).distinct()
        .collect(Collectors.joining("; "));

    for (String separator : List.of("; ", ";", " ; ")) {
      String cell = constants.stream().map(Coded::getLabelEn)
          .collect(Collectors.joining(separator));
      List<ReadResult> results = readWithoutValidation(csv(column, List.of(cell, cell + ";")));

      assertThat(csvIssues(results)).isEmpty();
      assertThat(cases(results)).extracting(column::write).containsExactly(expected, expected);
    }
  }

  @Test
  void shouldReadEveryCellValueOfTheToolkitsValidationLists() {
    Map<String, HtcdsColumn> columnOfList = Map.ofEntries(
        entry("Gender", HtcdsColumn.PRS_GENDER),
        entry("Method of Recruitment", HtcdsColumn.VIC_METHOD_OF_RECRUITMENT),
        entry("Methods of Control", HtcdsColumn.VIC_METHODS_OF_CONTROL),
        entry("Type of Exploitation", HtcdsColumn.VIC_TYPE_OF_EXPLOITATION),
        entry("Forced Labour Industry", HtcdsColumn.VIC_FORCED_LABOUR_INDUSTRY),
        entry("Type of Sex Exploitation", HtcdsColumn.VIC_TYPE_OF_SEX_EXPLOITATION),
        entry("Status", HtcdsColumn.CAS_STATUS),
        entry("Reason for Incoming Referral", HtcdsColumn.CAS_REASON_FOR_INCOMING_REFERRAL),
        entry("Reason for Outgoing Referral", HtcdsColumn.CAS_REASON_FOR_OUTGOING_REFERRAL),
        entry("Trafficking Status", HtcdsColumn.VIC_TRAFFICKING_STATUS),
        entry("Trafficking Status Decision Making Organization",
            HtcdsColumn.VIC_TRAFFICKING_STATUS_DECISION_MAKING_ORG));
    int checked = 0;
    for (Map.Entry<String, HtcdsColumn> list : columnOfList.entrySet()) {
      HtcdsColumn column = list.getValue();
      List<String> cells = toolkitLists().stream()
          .filter(row -> row[0].equals(list.getKey()))
          .map(row -> row[1])
          .collect(Collectors.toList());
      @SuppressWarnings({"unchecked", "rawtypes"})
      List<String> expected = cells.stream()
          .map(cell -> CodeList.of((Class) LISTS.get(column)).find(cell.strip()).orElseThrow())
          .map(constant -> written((Coded) constant))
          .collect(Collectors.toList());

      List<ReadResult> results = readWithoutValidation(csv(column, cells));

      assertThat(csvIssues(results)).as(list.getKey()).isEmpty();
      assertThat(cases(results)).extracting(column::write).as(list.getKey())
          .containsExactlyElementsOf(expected);
      checked += cells.size();
    }
    assertThat(checked).isEqualTo(86);
  }

  @Test
  void shouldReadEveryCountryNameOfTheToolkitWithAWarning() {
    List<String[]> countries = new ArrayList<>();
    for (String line : toolkitCountries().split("\n")) {
      if (!line.startsWith("#") && !line.isBlank()) {
        countries.add(line.split("\t"));
      }
    }
    List<String> names = countries.stream().map(country -> country[1])
        .collect(Collectors.toList());

    List<ReadResult> results = readWithoutValidation(csv(HtcdsColumn.PRS_CITIZENSHIP, names));

    assertThat(countries).hasSize(249);
    assertThat(cases(results)).extracting(TraffickingCase::getPerson)
        .extracting(person -> person.getCitizenship().get(0).getAlpha2())
        .containsExactlyElementsOf(countries.stream().map(country -> country[0])
            .collect(Collectors.toList()));
    assertThat(csvIssues(results)).hasSize(249)
        .allSatisfy(issue -> assertThat(issue.getCode()).isEqualTo("csv.country-not-alpha2"));
  }

  @Test
  void shouldReadBackWhatItWrites() {
    for (TraffickingCase trafficking : cases(read("round-trip.csv"))) {
      for (HtcdsColumn column : HtcdsColumn.values()) {
        String cell = column.write(trafficking);
        if (cell.isEmpty() || column == HtcdsColumn.CAS_STATUS) {
          continue;
        }
        List<ReadResult> results = readWithoutValidation(csv(column, List.of(cell)));
        assertThat(csvIssues(results)).as("%s %s", column, cell)
            .allSatisfy(issue -> assertThat(issue.getCode())
                .isEqualTo("csv.unresolved-organisation"));
        assertThat(cases(results)).extracting(column::write).as("%s", column)
            .containsExactly(cell);
      }
    }
  }
}
