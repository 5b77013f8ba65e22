package org.dicu.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.dicu.core.casework.SupportPlanType;
import org.dicu.core.code.CodeList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

final class SupportServiceTest {

  private final CodeList<SupportService> services = CodeList.of(SupportService.class);

  /** The support regimes of Art. 37(1) of Law 53/2024/QH15: wire code, point, the law's words. */
  static Stream<Arguments> regimes() {
    return Stream.of(
        Arguments.of("EssentialNeeds", "a", "Hỗ trợ nhu cầu thiết yếu"),
        Arguments.of("MedicalSupport", "b", "Hỗ trợ y tế"),
        Arguments.of("Interpretation", "c", "Hỗ trợ phiên dịch"),
        Arguments.of("LegalSupport", "d", "Hỗ trợ pháp luật"),
        Arguments.of("LegalAid", "đ", "Trợ giúp pháp lý"),
        Arguments.of("TravelSupport", "e", "Hỗ trợ chi phí đi lại"),
        Arguments.of("PsychologicalSupport", "g", "Hỗ trợ tâm lý"),
        Arguments.of("GeneralEducation", "h", "Hỗ trợ học văn hóa"),
        Arguments.of(
            "VocationalTrainingAndJobSupport",
            "i",
            "Hỗ trợ học nghề, tư vấn, tạo điều kiện để có việc làm"),
        Arguments.of(
            "InitialHardshipAllowanceAndLoan", "k", "Trợ cấp khó khăn ban đầu, hỗ trợ vay vốn"));
  }

  /** The services that reception centres and programmes name besides the regimes. */
  private static final List<String> OTHER_SERVICES =
      List.of(
          "InitialReception",
          "Shelter",
          "Counselling",
          "PsychosocialSupport",
          "LifeSkillsEducation",
          "VocationalTraining",
          "JobReferral",
          "LivelihoodSupport",
          "HivPrevention",
          "HealthCare",
          "LegalCounselling",
          "PreferentialLoan",
          "Repatriation",
          "Reintegration",
          "FamilyTracing",
          "CashSupport",
          "ConsularAssistance");

  static Stream<String> otherServices() {
    return OTHER_SERVICES.stream();
  }

  static Stream<Arguments> planTypes() {
    return Stream.of(
        Arguments.of("Shelter", SupportPlanType.SOCIAL_CARE),
        Arguments.of("InitialReception", SupportPlanType.SOCIAL_CARE),
        Arguments.of("EssentialNeeds", SupportPlanType.SOCIAL_CARE),
        Arguments.of("MedicalSupport", SupportPlanType.HEALTH),
        Arguments.of("HealthCare", SupportPlanType.HEALTH),
        Arguments.of("HivPrevention", SupportPlanType.HEALTH),
        Arguments.of("LegalAid", SupportPlanType.LEGAL),
        Arguments.of("LegalSupport", SupportPlanType.LEGAL),
        Arguments.of("LegalCounselling", SupportPlanType.LEGAL),
        Arguments.of("VocationalTraining", SupportPlanType.LIVELIHOOD),
        Arguments.of("VocationalTrainingAndJobSupport", SupportPlanType.LIVELIHOOD),
        Arguments.of("JobReferral", SupportPlanType.LIVELIHOOD),
        Arguments.of("LivelihoodSupport", SupportPlanType.LIVELIHOOD),
        Arguments.of("PreferentialLoan", SupportPlanType.FINANCIAL),
        Arguments.of("InitialHardshipAllowanceAndLoan", SupportPlanType.FINANCIAL),
        Arguments.of("CashSupport", SupportPlanType.FINANCIAL),
        Arguments.of("GeneralEducation", SupportPlanType.EDUCATION),
        Arguments.of("LifeSkillsEducation", SupportPlanType.EDUCATION));
  }

  private SupportService service(String code) {
    return services.findByCode(code).orElseThrow(() -> new AssertionError("no service " + code));
  }

  @Test
  void shouldListTheRegimesAndEveryServiceNamedByTheSourcesAndNothingElse() {
    Stream<String> regimeCodes = regimes().map(arguments -> (String) arguments.get()[0]);
    String[] expected = Stream.concat(regimeCodes, OTHER_SERVICES.stream()).toArray(String[]::new);

    assertThat(SupportService.values())
        .extracting(SupportService::getCode)
        .containsExactlyInAnyOrder(expected);
  }

  @ParameterizedTest
  @MethodSource("regimes")
  void shouldGiveEachRegimeItsPointAndTheWordsOfTheLaw(String code, String point, String labelVi) {
    SupportService regime = service(code);

    assertThat(regime.getArticle37Point()).contains(point);
    assertThat(regime.getLabelVi()).isEqualTo(labelVi);
  }

  @ParameterizedTest
  @MethodSource("otherServices")
  void shouldGiveNoPointToServicesOutsideArticle37(String code) {
    assertThat(service(code).getArticle37Point()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("planTypes")
  void shouldFileEachServiceUnderItsSupportPlanType(String code, SupportPlanType type) {
    assertThat(service(code).getSupportPlanType()).isEqualTo(type);
  }

  @ParameterizedTest
  @EnumSource(SupportService.class)
  void shouldGiveEveryServiceAPlanTypePascalCaseCodeAndRealVietnameseLabel(SupportService service) {
    assertThat(service.getSupportPlanType()).isNotNull();
    assertThat(service.getCode()).matches("[A-Z][A-Za-z]+");
    assertThat(service.getLabelVi())
        .isNotEqualToIgnoringCase(service.getLabelEn())
        .matches(".*[^\\x00-\\x7F].*");
    assertThat(services.find(service.getLabelEn())).contains(service);
  }

  @Test
  void shouldNotConfuseTheLegalServices() {
    assertThat(Arrays.asList(SupportService.LEGAL_SUPPORT, SupportService.LEGAL_AID))
        .extracting(SupportService::getLabelVi)
        .containsExactly("Hỗ trợ pháp luật", "Trợ giúp pháp lý");
    assertThat(SupportService.LEGAL_COUNSELLING.getLabelVi()).isEqualTo("Tư vấn pháp luật");
  }

  @Test
  void shouldFindNoServiceForUnknownOrMissingCodes() {
    assertThat(services.findByCode(null)).isEmpty();
    assertThat(services.findByCode("")).isEmpty();
    assertThat(services.findByCode("shelter")).isEmpty();
    assertThat(services.findIgnoringCase("shelter")).contains(SupportService.SHELTER);
    assertThat(services.find("Identification")).isEmpty();
  }
}
