package org.dicu.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dicu.core.agency.OrganisationType;
import org.dicu.core.casework.CaseStatus;
import org.dicu.core.casework.ReferralReason;
import org.dicu.core.casework.SupportPlanType;
import org.dicu.core.migrant.MigrantType;
import org.dicu.core.migrant.ProtectionStatus;
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
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the conventions every code-list enum follows: labels, unique codes and safe lookups. */
final class CodeListConventionsTest {

  /**
   * The product names of {@link WebsiteOrApp} (Facebook, TikTok, ...) are written the same in
   * Vietnamese, so their Vietnamese labels may repeat the English ones. This is the only exemption
   * from the rule that a Vietnamese label is real Vietnamese; {@code OTHER} is translated.
   */
  private static final Set<WebsiteOrApp> PRODUCT_NAMES =
      EnumSet.complementOf(EnumSet.of(WebsiteOrApp.OTHER));

  static Stream<Class<? extends Coded>> codeLists() {
    return Stream.of(
        OrganisationType.class,
        SupportPlanType.class,
        CaseStatus.class,
        ReferralReason.class,
        IsicSection.class,
        MigrantType.class,
        ProtectionStatus.class,
        Gender.class,
        MaritalStatus.class,
        EducationLevel.class,
        TraffickingStatus.class,
        DecisionMakingOrganisation.class,
        RelationshipToTrafficker.class,
        WebsiteOrApp.class,
        RecruitmentMethod.class,
        ControlMethod.class,
        ExploitationType.class,
        SexExploitationType.class,
        PerpetratorRole.class,
        HistoricEventType.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codeLists")
  void shouldBuildTheCodeListWithoutCollisions(Class<? extends Coded> type) {
    assertThatCode(() -> codeList(type)).doesNotThrowAnyException();
    List<Object> values = List.copyOf(codeList(type).getValues());

    assertThat(values).containsExactly((Object[]) type.getEnumConstants());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codeLists")
  void shouldGiveEveryConstantAnEnglishAndAVietnameseLabel(Class<? extends Coded> type) {
    assertThat(type.getEnumConstants())
        .allSatisfy(constant -> {
          assertThat(constant.getLabelEn()).as("%s English", constant).isNotBlank()
              .isEqualTo(constant.getLabelEn().strip());
          assertThat(constant.getLabelVi()).as("%s Vietnamese", constant).isNotBlank();
          assertThat(constant.getLabel(Locale.forLanguageTag("vi-VN")))
              .isEqualTo(constant.getLabelVi());
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codeLists")
  void shouldWriteVietnameseLabelsInVietnamese(Class<? extends Coded> type) {
    assertThat(type.getEnumConstants())
        .filteredOn(constant -> !PRODUCT_NAMES.contains(constant))
        .allSatisfy(constant -> assertThat(constant.getLabelVi())
            .as("%s.%s Vietnamese label", type.getSimpleName(), constant)
            .isNotEqualToIgnoringCase(constant.getLabelEn())
            .matches(".*[^\\x00-\\x7F].*"));
  }

  @Test
  void shouldKeepProductNamesAsTheyAre() {
    assertThat(PRODUCT_NAMES)
        .contains(WebsiteOrApp.FACEBOOK, WebsiteOrApp.TIKTOK, WebsiteOrApp.FOUR_SALE)
        .allSatisfy(app -> assertThat(app.getLabelVi()).isEqualTo(app.getLabelEn()));
    assertThat(WebsiteOrApp.OTHER.getLabelVi()).isEqualTo("Khác");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codeLists")
  void shouldGiveEveryConstantAUniqueWireCode(Class<? extends Coded> type) {
    List<String> codes =
        Arrays.stream(type.getEnumConstants()).map(Coded::getCode).collect(Collectors.toList());

    assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("[A-Za-z0-9_]+"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codeLists")
  void shouldFindNothingForNullBlankOrUnknownText(Class<? extends Coded> type) {
    CodeList<?> list = codeList(type);

    for (String text : Arrays.asList(null, "", "  ", "NoSuchCode", "Không có")) {
      assertThat(list.findByCode(text)).as("findByCode(%s)", text).isEmpty();
      assertThat(list.find(text)).as("find(%s)", text).isEmpty();
      assertThat(list.findIgnoringCase(text)).as("findIgnoringCase(%s)", text).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codeLists")
  void shouldFindByCodeOnlyInTheExactCase(Class<? extends Coded> type) {
    CodeList<?> list = codeList(type);

    for (Coded constant : type.getEnumConstants()) {
      String wrongCase = swapCase(constant.getCode());
      assertThat(wrongCase).isNotEqualTo(constant.getCode());
      assertThat(anyOf(list.findByCode(constant.getCode()))).containsSame(constant);
      assertThat(list.findByCode(wrongCase)).as("findByCode(%s)", wrongCase).isEmpty();
      assertThat(list.find(wrongCase)).as("find(%s)", wrongCase).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codeLists")
  void shouldForgiveWrongCaseWhenAskedTo(Class<? extends Coded> type) {
    CodeList<?> list = codeList(type);

    for (Coded constant : type.getEnumConstants()) {
      assertThat(anyOf(list.findIgnoringCase(swapCase(constant.getCode())))).containsSame(constant);
      String upper = constant.getLabelEn().toUpperCase(Locale.ROOT);
      String lowerPadded = " " + constant.getLabelEn().toLowerCase(Locale.ROOT) + " ";
      assertThat(anyOf(list.findIgnoringCase(upper))).as(upper).containsSame(constant);
      assertThat(anyOf(list.findIgnoringCase(lowerPadded))).as(lowerPadded).containsSame(constant);
    }
  }

  private static String swapCase(String text) {
    StringBuilder swapped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      swapped.append(
          Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return swapped.toString();
  }

  private static Optional<Object> anyOf(Optional<?> found) {
    return found.map(Object.class::cast);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static CodeList<?> codeList(Class<? extends Coded> type) {
    return CodeList.of((Class) type);
  }
}
