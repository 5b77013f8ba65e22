package org.dicu.core.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

final class AgencyDirectoryTest {

  private static final LocalDate MID_2024 = LocalDate.of(2024, 6, 1);
  private static final LocalDate MID_2025 = LocalDate.of(2025, 6, 1);
  private static final LocalDate LAST_DAY_OF_OLD_MINISTRIES = LocalDate.of(2025, 2, 28);
  private static final LocalDate FIRST_DAY_OF_NEW_MINISTRIES = LocalDate.of(2025, 3, 1);

  /** Agencies of the built-in file whose Vietnamese name is a proper noun written in Latin letters. */
  private static final Set<String> PROPER_NOUN_NAMES = Set.of("vn.lod");

  private static final String HEADER = String.join("\t", "id", "parentId", "type", "country",
      "abbreviation", "nameVi", "nameEn", "validFrom", "validTo", "functions", "successions",
      "iatiIdentifier");

  private final AgencyDirectory builtIn = AgencyDirectory.builtIn();

  private static ImmutablePartnerAgency.Builder agency(String id) {
    return PartnerAgency.builder()
        .id(id)
        .nameVi("Cơ quan " + id)
        .nameEn("Agency " + id)
        .type(OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION)
        .country("VN");
  }

  private static String row(String... cells) {
    return String.join("\t", cells);
  }

  private static AgencyDirectory load(String text) {
    return AgencyDirectory.load(new StringReader(text));
  }

  // ---------------------------------------------------------------------------------------------
  // the built-in directory

  @Test
  void shouldLoadTheBuiltInDirectoryOnceAndShareIt() {
    assertThat(AgencyDirectory.builtIn()).isSameAs(builtIn);
    assertThat(builtIn.getAgencies()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(builtIn.getAgencies()).extracting(PartnerAgency::getId)
        .contains("vn.mofa", "vn.mofa.consular", "vn.molisa", "vn.molisa.dsep", "vn.molisa.dolab",
            "vn.mps", "vn.mps.immigration", "vn.mod", "vn.mod.bgc", "vn.mod.bgc.dcp", "vn.moh",
            "vn.moh.population", "vn.mard", "vn.monre", "vn.mae", "vn.mot", "vn.moha", "vn.moet",
            "vn.vwu", "vn.vnrc", "int.iom", "int.iom.vn", "int.iom.vn.hcmc", "int.unhcr",
            "int.ilo", "int.unodc", "vn.vinaconex", "vn.lod");
  }

  @Test
  void shouldResolveEveryParentAndSuccessorOfTheBuiltInDirectory() {
    for (PartnerAgency agency : builtIn.getAgencies()) {
      agency.getParentId().ifPresent(parentId -> assertThat(builtIn.contains(parentId))
          .as("parent of %s", agency.getId()).isTrue());
      for (Succession succession : agency.getSuccessions()) {
        assertThat(builtIn.contains(succession.getSuccessorId()))
            .as("successor of %s", agency.getId()).isTrue();
      }
    }
  }

  @Test
  void shouldWriteEveryVietnameseNameInVietnameseExceptProperNouns() {
    for (PartnerAgency agency : builtIn.getAgencies()) {
      String name = agency.getNameVi();
      assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC))
          .as("NFC name of %s", agency.getId()).isTrue();
      if (!PROPER_NOUN_NAMES.contains(agency.getId())) {
        assertThat(name).as("Vietnamese name of %s", agency.getId()).matches(".*[^\\x00-\\x7F].*");
      }
    }
  }

  @Test
  void shouldRecordMolisaAndItsDissolutionAsTheSourcesGiveThem() {
    PartnerAgency molisa = builtIn.findById("vn.molisa").orElseThrow();

    assertThat(molisa.getNameVi()).isEqualTo("Bộ Lao động - Thương binh và Xã hội");
    assertThat(molisa.getAbbreviation()).contains("MOLISA");
    assertThat(molisa.getValidTo()).contains(LAST_DAY_OF_OLD_MINISTRIES);
    assertThat(builtIn.findById("vn.molisa.dsep").orElseThrow().getNameVi())
        .isEqualTo("Cục Phòng, chống tệ nạn xã hội");
    assertThat(builtIn.findById("vn.mod.bgc").orElseThrow().getNameVi())
        .isEqualTo("Bộ Tư lệnh Bộ đội Biên phòng");
    assertThat(builtIn.findById("vn.mae").orElseThrow().getValidFrom())
        .contains(FIRST_DAY_OF_NEW_MINISTRIES);
  }

  @Test
  void shouldPlaceIomHeadquartersInSwitzerlandWithItsIatiIdentifier() {
    PartnerAgency iom = builtIn.findById("int.iom").orElseThrow();
    PartnerAgency mission = builtIn.findById("int.iom.vn").orElseThrow();

    assertThat(iom.getCountry()).isEqualTo("CH");
    assertThat(iom.getIatiIdentifier()).contains("XM-DAC-47066");
    assertThat(iom.getType()).isEqualTo(OrganisationType.INTERNATIONAL_ORGANISATION);
    assertThat(mission.getCountry()).isEqualTo("VN");
    assertThat(mission.getParentId()).contains("int.iom");
    assertThat(builtIn.getChildren("int.iom.vn")).extracting(PartnerAgency::getId)
        .containsExactly("int.iom.vn.hcmc");
  }

  @Test
  void shouldListTheDepartmentsOfMolisaAsItsChildren() {
    assertThat(builtIn.getChildren("vn.molisa")).extracting(PartnerAgency::getId)
        .contains("vn.molisa.dsep", "vn.molisa.dolab")
        .doesNotContain("vn.molisa", "vn.mofa.consular");
  }

  static Stream<Arguments> holdersOfFunctions() {
    return Stream.of(
        Arguments.of("vn.molisa", AgencyFunction.VICTIM_PROTECTION_AND_SUPPORT, MID_2025, "vn.moh"),
        Arguments.of("vn.molisa", AgencyFunction.VICTIM_PROTECTION_AND_SUPPORT, MID_2024,
            "vn.molisa"),
        Arguments.of("vn.molisa", AgencyFunction.VICTIM_PROTECTION_AND_SUPPORT,
            LAST_DAY_OF_OLD_MINISTRIES, "vn.molisa"),
        Arguments.of("vn.molisa", AgencyFunction.VICTIM_PROTECTION_AND_SUPPORT,
            FIRST_DAY_OF_NEW_MINISTRIES, "vn.moh"),
        Arguments.of("vn.molisa", AgencyFunction.CHILD_PROTECTION, MID_2025, "vn.moh"),
        Arguments.of("vn.molisa", AgencyFunction.SOCIAL_EVILS_PREVENTION, MID_2025, "vn.moh"),
        Arguments.of("vn.molisa", AgencyFunction.OVERSEAS_LABOUR, MID_2025, "vn.moha"),
        Arguments.of("vn.molisa", AgencyFunction.LABOUR, MID_2025, "vn.moha"),
        Arguments.of("vn.molisa", AgencyFunction.SOCIAL_INSURANCE, MID_2025, "vn.moha"),
        Arguments.of("vn.molisa", AgencyFunction.GENDER_EQUALITY, MID_2025, "vn.moha"),
        Arguments.of("vn.molisa", AgencyFunction.VOCATIONAL_EDUCATION, MID_2025, "vn.moet"),
        Arguments.of("vn.molisa", AgencyFunction.DRUG_REHABILITATION, MID_2025, "vn.mps"),
        Arguments.of("vn.molisa", AgencyFunction.POVERTY_REDUCTION, MID_2025, "vn.mae"),
        Arguments.of("vn.mard", AgencyFunction.AGRICULTURE, MID_2025, "vn.mae"),
        Arguments.of("vn.mard", AgencyFunction.DISASTER_RECOVERY, MID_2025, "vn.mae"),
        Arguments.of("vn.mard", AgencyFunction.AGRICULTURE, MID_2024, "vn.mard"),
        Arguments.of("vn.monre", AgencyFunction.ENVIRONMENT, MID_2025, "vn.mae"),
        Arguments.of("vn.mot", AgencyFunction.TRANSPORT, MID_2025, "vn.moc"),
        Arguments.of("vn.angiang.dolisa", AgencyFunction.VICTIM_PROTECTION_AND_SUPPORT, MID_2025,
            "vn.angiang.doh"),
        Arguments.of("vn.laocai.dolisa", AgencyFunction.SOCIAL_PROTECTION, MID_2025,
            "vn.laocai.doh"),
        Arguments.of("vn.mofa", AgencyFunction.CITIZEN_PROTECTION_ABROAD, MID_2025, "vn.mofa"));
  }

  @ParameterizedTest(name = "{1} of {0} on {2} is held by {3}")
  @MethodSource("holdersOfFunctions")
  void shouldFindTheAgencyHoldingAFunctionOnADate(
      String agencyId, AgencyFunction function, LocalDate date, String holderId) {
    assertThat(builtIn.findHolder(agencyId, function, date))
        .map(PartnerAgency::getId)
        .contains(holderId);
  }

  @Test
  void shouldFindNoHolderOfAFunctionNoSuccessorTookOver() {
    assertThat(builtIn.findHolder("vn.molisa", AgencyFunction.IMMIGRATION, MID_2025)).isEmpty();
  }

  @Test
  void shouldFindNoHolderBeforeTheAgencyExisted() {
    assertThat(builtIn.findHolder("vn.mae", AgencyFunction.AGRICULTURE, MID_2024)).isEmpty();
  }

  @Test
  void shouldAcceptAReferenceToADissolvedAgencyDatedBeforeItsDissolution() {
    assertThat(builtIn.findInForce("vn.molisa", MID_2024)).isPresent();
    assertThat(builtIn.findInForce("vn.molisa", LAST_DAY_OF_OLD_MINISTRIES)).isPresent();
    assertThat(builtIn.findInForce("vn.molisa", FIRST_DAY_OF_NEW_MINISTRIES)).isEmpty();
    assertThat(builtIn.findInForce("vn.mae", LAST_DAY_OF_OLD_MINISTRIES)).isEmpty();
    assertThat(builtIn.findInForce("vn.mae", FIRST_DAY_OF_NEW_MINISTRIES)).isPresent();
  }

  @Test
  void shouldNameTheSuccessorOfAMergedAgencyButNotOfASplitOne() {
    assertThat(builtIn.findSuccessor("vn.mard", MID_2025)).map(PartnerAgency::getId)
        .contains("vn.mae");
    assertThat(builtIn.findSuccessor("vn.mot", MID_2025)).map(PartnerAgency::getId)
        .contains("vn.moc");
    assertThat(builtIn.findSuccessor("vn.angiang.dolisa", MID_2025)).map(PartnerAgency::getId)
        .contains("vn.angiang.doh");
    assertThat(builtIn.findSuccessor("vn.molisa", MID_2025)).isEmpty();
    assertThat(builtIn.findSuccessor("vn.mard", MID_2024)).isEmpty();
    assertThat(builtIn.findSuccessor("vn.mofa", MID_2025)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"MOLISA", "molisa", "Molisa", " MOLISA "})
  void shouldFindAbbreviationsIgnoringCase(String abbreviation) {
    assertThat(builtIn.findByAbbreviation(abbreviation)).extracting(PartnerAgency::getId)
        .containsExactly("vn.molisa");
    assertThat(builtIn.findByAbbreviation(abbreviation, MID_2024)).map(PartnerAgency::getId)
        .contains("vn.molisa");
    assertThat(builtIn.findByAbbreviation(abbreviation, MID_2025)).isEmpty();
  }

  @Test
  void shouldFindTheAgencyThatBoreAReusedAbbreviationOnTheDate() {
    AgencyDirectory directory = AgencyDirectory.of(List.of(
        agency("xx.old").abbreviation("DOL").validTo(LocalDate.of(2010, 12, 31))
            .addSuccession(Succession.of("xx.new")).build(),
        agency("xx.new").abbreviation("dol").validFrom(LocalDate.of(2015, 1, 1)).build()));

    assertThat(directory.findByAbbreviation("Dol")).extracting(PartnerAgency::getId)
        .containsExactly("xx.old", "xx.new");
    assertThat(directory.findByAbbreviation("DOL", LocalDate.of(2005, 1, 1)))
        .map(PartnerAgency::getId).contains("xx.old");
    assertThat(directory.findByAbbreviation("DOL", LocalDate.of(2020, 1, 1)))
        .map(PartnerAgency::getId).contains("xx.new");
    assertThat(directory.findByAbbreviation("DOL", LocalDate.of(2012, 1, 1))).isEmpty();
    assertThat(directory.findHolder("xx.old", AgencyFunction.LABOUR, LocalDate.of(2012, 1, 1)))
        .isEmpty();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  ", "vn.unknown", "VN.MOLISA", "Vn.Molisa", "MOLISA"})
  void shouldGiveEmptyResultsForUnknownNullBlankOrMiscasedIds(String id) {
    assertThat(builtIn.findById(id)).isEmpty();
    assertThat(builtIn.contains(id)).isFalse();
    assertThat(builtIn.findInForce(id, MID_2024)).isEmpty();
    assertThat(builtIn.findHolder(id, AgencyFunction.LABOUR, MID_2024)).isEmpty();
    assertThat(builtIn.findSuccessor(id, MID_2025)).isEmpty();
    assertThat(builtIn.getChildren(id)).isEmpty();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  ", "XYZ", "vn.molisa"})
  void shouldGiveEmptyResultsForUnknownNullOrBlankAbbreviations(String abbreviation) {
    assertThat(builtIn.findByAbbreviation(abbreviation)).isEmpty();
    assertThat(builtIn.findByAbbreviation(abbreviation, MID_2024)).isEmpty();
  }

  @Test
  void shouldRefuseNullDatesAndFunctionsAsProgrammingErrors() {
    assertThatThrownBy(() -> builtIn.findHolder("vn.molisa", null, MID_2025))
        .isInstanceOf(NullPointerException.class).hasMessage("function");
    assertThatThrownBy(() -> builtIn.findHolder("vn.molisa", AgencyFunction.LABOUR, null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> builtIn.findInForce("vn.molisa", null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> builtIn.findSuccessor("vn.molisa", null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> builtIn.findByAbbreviation("MOLISA", null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> AgencyDirectory.load(null))
        .isInstanceOf(NullPointerException.class).hasMessage("reader");
    assertThatThrownBy(() -> AgencyDirectory.of(null))
        .isInstanceOf(NullPointerException.class).hasMessage("agencies");
    assertThatThrownBy(() -> builtIn.withAgency(null))
        .isInstanceOf(NullPointerException.class).hasMessage("agency");
  }

  // ---------------------------------------------------------------------------------------------
  // building and extending directories

  @Test
  void shouldAddAnAgencyInANewDirectoryAndLeaveTheOldOneUnchanged() {
    int size = builtIn.getAgencies().size();
    PartnerAgency centre = agency("vn.angiang.dolisa.centre2").parentId("vn.angiang.dolisa")
        .build();

    AgencyDirectory extended = builtIn.withAgency(centre);

    assertThat(extended).isNotSameAs(builtIn);
    assertThat(extended.findById("vn.angiang.dolisa.centre2")).contains(centre);
    assertThat(extended.getChildren("vn.angiang.dolisa")).contains(centre);
    assertThat(extended.getAgencies()).hasSize(size + 1).endsWith(centre);
    assertThat(builtIn.contains("vn.angiang.dolisa.centre2")).isFalse();
    assertThat(builtIn.getChildren("vn.angiang.dolisa")).doesNotContain(centre);
    assertThat(builtIn.getAgencies()).hasSize(size);
  }

  @Test
  void shouldReplaceAnAgencyWithTheSameIdInItsPlace() {
    PartnerAgency mofa = builtIn.findById("vn.mofa").orElseThrow();
    PartnerAgency renamed = PartnerAgency.builder().from(mofa).nameEn("Foreign Ministry").build();

    AgencyDirectory changed = builtIn.withAgency(renamed);

    assertThat(changed.findById("vn.mofa")).contains(renamed);
    assertThat(changed.getAgencies()).hasSameSizeAs(builtIn.getAgencies());
    assertThat(changed.getAgencies().indexOf(renamed))
        .isEqualTo(builtIn.getAgencies().indexOf(mofa));
    assertThat(changed.findByAbbreviation("MOFA")).containsExactly(renamed);
    assertThat(builtIn.findById("vn.mofa").orElseThrow().getNameEn())
        .isEqualTo("Ministry of Foreign Affairs");
    assertThat(changed).isNotEqualTo(builtIn);
  }

  @Test
  void shouldAddAgenciesThatNameEachOther() {
    AgencyDirectory extended = builtIn.withAgencies(List.of(
        agency("xx.child").parentId("xx.parent").build(),
        agency("xx.parent").build()));

    assertThat(extended.getChildren("xx.parent")).extracting(PartnerAgency::getId)
        .containsExactly("xx.child");
  }

  @Test
  void shouldRefuseToAddAnAgencyWhoseParentIsUnknown() {
    PartnerAgency orphan = agency("xx.orphan").parentId("xx.nobody").build();

    assertThatThrownBy(() -> builtIn.withAgency(orphan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("xx.orphan")
        .hasMessageContaining("xx.nobody");
  }

  @Test
  void shouldRefuseToAddTwoAgenciesWithTheSameId() {
    List<PartnerAgency> twice = List.of(agency("xx.twin").build(), agency("xx.twin").build());

    assertThatThrownBy(() -> builtIn.withAgencies(twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("xx.twin");
    assertThatThrownBy(() -> AgencyDirectory.of(twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate id 'xx.twin'");
  }

  static Stream<Arguments> agenciesBreakingARule() {
    return Stream.of(
        Arguments.of(agency("vn molisa").build(), "id"),
        Arguments.of(agency("x".repeat(65)).build(), "id"),
        Arguments.of(agency("xx.a").country("Viet Nam").build(), "country"),
        Arguments.of(agency("xx.a").country("vn").build(), "country"),
        Arguments.of(agency("xx.a").nameVi(" ").build(), "nameVi"),
        Arguments.of(agency("xx.a").nameEn("").build(), "nameEn"),
        Arguments.of(agency("xx.a").abbreviation(" ").build(), "abbreviation"),
        Arguments.of(agency("xx.a").parentId("xx.nobody").build(), "parentId"),
        Arguments.of(agency("xx.a").addSuccession(Succession.of("xx.nobody")).build(),
            "successions"));
  }

  @ParameterizedTest
  @MethodSource("agenciesBreakingARule")
  void shouldRefuseADirectoryWithAnAgencyBreakingARule(PartnerAgency agency, String column) {
    assertThatThrownBy(() -> AgencyDirectory.of(List.of(agency)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(", " + column + ": ");
  }

  @Test
  void shouldAcceptAnIdOfSixtyFourCharacters() {
    String longest = "x".repeat(64);

    assertThat(AgencyDirectory.of(List.of(agency(longest).build())).contains(longest)).isTrue();
  }

  @Test
  void shouldStopFollowingACycleOfSuccessions() {
    LocalDate end = LocalDate.of(2000, 12, 31);
    AgencyDirectory cycle = AgencyDirectory.of(List.of(
        agency("xx.a").validTo(end).addSuccession(Succession.of("xx.b")).build(),
        agency("xx.b").validTo(end).addSuccession(Succession.of("xx.c")).build(),
        agency("xx.c").validTo(end).addSuccession(Succession.of("xx.a"))
            .addSuccession(Succession.of("xx.c")).build()));
    LocalDate later = LocalDate.of(2020, 1, 1);

    assertThat(cycle.findHolder("xx.a", AgencyFunction.LABOUR, later)).isEmpty();
    assertThat(cycle.findSuccessor("xx.a", later)).isEmpty();
    assertThat(cycle.findHolder("xx.b", AgencyFunction.LABOUR, end)).map(PartnerAgency::getId)
        .contains("xx.b");
  }

  @Test
  void shouldFollowAChainOfSuccessionsToTheAgencyInForce() {
    List<PartnerAgency> chain = new ArrayList<>();
    for (int year = 2001; year <= 2010; year++) {
      chain.add(agency("xx." + year)
          .validFrom(LocalDate.of(year, 1, 1))
          .validTo(LocalDate.of(year, 12, 31))
          .addSuccession(Succession.of("xx." + (year + 1)))
          .build());
    }
    chain.add(agency("xx.2011").validFrom(LocalDate.of(2011, 1, 1)).build());
    AgencyDirectory directory = AgencyDirectory.of(chain);

    assertThat(directory.findHolder("xx.2001", AgencyFunction.LABOUR, LocalDate.of(2020, 5, 5)))
        .map(PartnerAgency::getId).contains("xx.2011");
    assertThat(directory.findHolder("xx.2001", AgencyFunction.LABOUR, LocalDate.of(2005, 5, 5)))
        .map(PartnerAgency::getId).contains("xx.2005");
    assertThat(directory.findSuccessor("xx.2001", LocalDate.of(2007, 5, 5)))
        .map(PartnerAgency::getId).contains("xx.2007");
  }

  @Test
  void shouldPreferTheSuccessionForTheFunctionOverAGeneralOne() {
    LocalDate end = LocalDate.of(2000, 12, 31);
    AgencyDirectory directory = AgencyDirectory.of(List.of(
        agency("xx.old").validTo(end)
            .addSuccession(Succession.of("xx.general"))
            .addSuccession(Succession.of("xx.labour", AgencyFunction.LABOUR))
            .build(),
        agency("xx.general").build(),
        agency("xx.labour").build()));
    LocalDate later = LocalDate.of(2001, 1, 1);

    assertThat(directory.findHolder("xx.old", AgencyFunction.LABOUR, later))
        .map(PartnerAgency::getId).contains("xx.labour");
    assertThat(directory.findHolder("xx.old", AgencyFunction.GENDER_EQUALITY, later))
        .map(PartnerAgency::getId).contains("xx.general");
    assertThat(directory.findSuccessor("xx.old", later))
        .map(PartnerAgency::getId).contains("xx.general");
  }

  @Test
  void shouldNotFollowSuccessionsOfAnAgencyThatDidNotYetExist() {
    AgencyDirectory directory = AgencyDirectory.of(List.of(
        agency("xx.short").validFrom(LocalDate.of(2020, 1, 1)).validTo(LocalDate.of(2020, 12, 31))
            .addSuccession(Succession.of("xx.open")).build(),
        agency("xx.open").build()));

    assertThat(directory.findHolder("xx.short", AgencyFunction.LABOUR, LocalDate.of(2010, 1, 1)))
        .isEmpty();
    assertThat(directory.findSuccessor("xx.short", LocalDate.of(2010, 1, 1))).isEmpty();
    assertThat(directory.findHolder("xx.short", AgencyFunction.LABOUR, LocalDate.of(2021, 1, 1)))
        .map(PartnerAgency::getId).contains("xx.open");
  }

  @Test
  void shouldCompareDirectoriesByTheirAgencies() {
    List<PartnerAgency> agencies = List.of(agency("xx.a").build(), agency("xx.b").build());

    assertThat(AgencyDirectory.of(agencies)).isEqualTo(AgencyDirectory.of(agencies))
        .hasSameHashCodeAs(AgencyDirectory.of(agencies))
        .isNotEqualTo(AgencyDirectory.of(List.of(agency("xx.a").build())))
        .hasToString("AgencyDirectory[2 agencies]");
  }

  // ---------------------------------------------------------------------------------------------
  // reading directory files

  @Test
  void shouldReadAFileWithCommentsBlankLinesAndForwardReferences() {
    String nfd = Normalizer.normalize("Sở Y tế tỉnh Lào Cai", Normalizer.Form.NFD);
    String file = "\uFEFF# a comment\r\n"
        + HEADER + "\r\n"
        + "\r\n"
        + row("xx.child", "xx.parent", "LocalGovernmentOrganisation", "VN", "", nfd,
            " Lao Cai Department of Health ", "2020-01-01", "2024-12-31", "Labour; ChildProtection;",
            "xx.parent:Labour;urn:xx:next", "") + "\r\n"
        + "# another comment\n"
        + row("xx.parent", "", "CentralGovernmentOrganisation", "VN", "PAR", "Bộ Mẹ",
            "Parent ministry", "", "", "", "", "XI-IATI-TEST") + "\n"
        + row("urn:xx:next", "", "NGO", "CH", "", "Tổ chức kế tiếp", "Next organisation", "", "",
            "", "", "");

    AgencyDirectory directory = load(file);

    assertThat(directory.getAgencies()).extracting(PartnerAgency::getId)
        .containsExactly("xx.child", "xx.parent", "urn:xx:next");
    PartnerAgency child = directory.findById("xx.child").orElseThrow();
    assertThat(child.getNameVi()).isEqualTo("Sở Y tế tỉnh Lào Cai")
        .isEqualTo(Normalizer.normalize(nfd, Normalizer.Form.NFC));
    assertThat(child.getNameEn()).isEqualTo("Lao Cai Department of Health");
    assertThat(child.getParentId()).contains("xx.parent");
    assertThat(child.getType()).isEqualTo(OrganisationType.LOCAL_GOVERNMENT_ORGANISATION);
    assertThat(child.getAbbreviation()).isEmpty();
    assertThat(child.getValidFrom()).contains(LocalDate.of(2020, 1, 1));
    assertThat(child.getValidTo()).contains(LocalDate.of(2024, 12, 31));
    assertThat(child.getFunctions())
        .containsExactlyInAnyOrder(AgencyFunction.LABOUR, AgencyFunction.CHILD_PROTECTION);
    assertThat(child.getSuccessions()).containsExactly(
        Succession.of("xx.parent", AgencyFunction.LABOUR), Succession.of("urn:xx:next"));
    assertThat(child.getIatiIdentifier()).isEmpty();
    PartnerAgency parent = directory.findById("xx.parent").orElseThrow();
    assertThat(parent.getIatiIdentifier()).contains("XI-IATI-TEST");
    assertThat(parent.getFunctions()).isEmpty();
    assertThat(parent.getSuccessions()).isEmpty();
  }

  @Test
  void shouldReadAnEmptyDirectoryFromAFileWithOnlyAHeader() {
    assertThat(load("# nothing yet\n" + HEADER + "\n").getAgencies()).isEmpty();
  }

  private static final String PARENT_ROW = row("xx.parent", "", "CentralGovernmentOrganisation",
      "VN", "PAR", "Bộ thử nghiệm", "Test ministry", "", "", "", "", "");
  private static final String LAST_ROW = row("xx.last", "xx.parent", "NGO", "VN", "", "Hội cuối",
      "Last union", "", "", "", "", "");

  /** The cells of a valid child row; the broken rows replace one of them. */
  private static String[] childCells() {
    return new String[] {"xx.child", "xx.parent", "LocalGovernmentOrganisation", "VN", "",
        "Sở thử nghiệm", "Test department", "2020-01-01", "2024-12-31", "Labour",
        "xx.parent:Labour", ""};
  }

  private static String childWith(int column, String value) {
    String[] cells = childCells();
    cells[column - 1] = value;
    return row(cells);
  }

  /** A file whose fifth line is the given row, between a comment, a blank line and good rows. */
  private static String fileWithFifthLine(String line) {
    return "# test directory\n" + HEADER + "\n\n" + PARENT_ROW + "\n" + line + "\n" + LAST_ROW
        + "\n";
  }

  static Stream<Arguments> brokenRows() {
    return Stream.of(
        Arguments.of("a missing column",
            row(Arrays.copyOf(childCells(), 11)), 12),
        Arguments.of("an extra column", row(childCells()) + "\textra", 13),
        Arguments.of("a bad id", childWith(1, "xx child"), 1),
        Arguments.of("an id that is too long", childWith(1, "x".repeat(65)), 1),
        Arguments.of("an empty id", childWith(1, ""), 1),
        Arguments.of("a duplicate id", childWith(1, "xx.parent"), 1),
        Arguments.of("an unknown parent", childWith(2, "xx.nobody"), 2),
        Arguments.of("an unknown type", childWith(3, "Ministry"), 3),
        Arguments.of("a miscased type", childWith(3, "ngo"), 3),
        Arguments.of("a country name", childWith(4, "Viet Nam"), 4),
        Arguments.of("a lower-case country code", childWith(4, "vn"), 4),
        Arguments.of("a missing Vietnamese name", childWith(6, ""), 6),
        Arguments.of("a missing English name", childWith(7, ""), 7),
        Arguments.of("an impossible date", childWith(8, "2020-02-30"), 8),
        Arguments.of("a date in another format", childWith(9, "31/12/2024"), 9),
        Arguments.of("a last day before the first", childWith(9, "2019-12-31"), 9),
        Arguments.of("an unknown function", childWith(10, "Labor"), 10),
        Arguments.of("an unknown function of a succession", childWith(11, "xx.parent:Labor"), 11),
        Arguments.of("an unknown successor", childWith(11, "xx.nobody"), 11),
        Arguments.of("a malformed successor id", childWith(11, "xx parent"), 11));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRows")
  void shouldNameTheLineAndColumnOfABrokenRow(String problem, String line, int column) {
    AgencyDirectoryFormatException e = catchThrowableOfType(AgencyDirectoryFormatException.class,
        () -> load(fileWithFifthLine(line)));

    assertThat(e).as(problem).isNotNull();
    assertThat(e.getLineNumber()).isEqualTo(5);
    assertThat(e.getColumn()).isEqualTo(column);
    assertThat(e).hasMessageStartingWith("line 5, column " + column + " (");
  }

  @Test
  void shouldNotQuoteTheWholeLineInTheMessage() {
    AgencyDirectoryFormatException e = catchThrowableOfType(AgencyDirectoryFormatException.class,
        () -> load(fileWithFifthLine(childWith(8, "2020-02-30"))));

    assertThat(e).hasMessage(
        "line 5, column 8 (validFrom): '2020-02-30' is not a date of the form yyyy-MM-dd");
  }

  @Test
  void shouldShortenALongCellInTheMessage() {
    String longId = "x".repeat(500);

    AgencyDirectoryFormatException e = catchThrowableOfType(AgencyDirectoryFormatException.class,
        () -> load(fileWithFifthLine(childWith(1, longId))));

    assertThat(e.getMessage()).contains("'" + "x".repeat(40) + "...'").hasSizeLessThan(200);
  }

  static Stream<Arguments> brokenHeaders() {
    return Stream.of(
        Arguments.of(HEADER.replace("nameVi", "nameVN"), 6),
        Arguments.of(HEADER.replace("\tiatiIdentifier", ""), 12),
        Arguments.of(HEADER + "\tnotes", 13),
        Arguments.of("vn.molisa\t\tCentralGovernmentOrganisation", 1));
  }

  @ParameterizedTest
  @MethodSource("brokenHeaders")
  void shouldNameTheColumnOfABrokenHeader(String header, int column) {
    AgencyDirectoryFormatException e = catchThrowableOfType(AgencyDirectoryFormatException.class,
        () -> load("# test\n" + header + "\n" + PARENT_ROW + "\n"));

    assertThat(e.getLineNumber()).isEqualTo(2);
    assertThat(e.getColumn()).isEqualTo(column);
  }

  @Test
  void shouldReportAMissingHeaderAfterTheLastLine() {
    AgencyDirectoryFormatException e = catchThrowableOfType(AgencyDirectoryFormatException.class,
        () -> load("# only\n# comments\n"));

    assertThat(e.getLineNumber()).isEqualTo(3);
    assertThat(e.getColumn()).isEqualTo(1);
    assertThat(e).hasMessageContaining("header");
  }
}
