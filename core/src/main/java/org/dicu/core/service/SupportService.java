package org.dicu.core.service;

import java.util.Optional;
import org.dicu.core.casework.SupportPlanType;
import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/**
 * A support service delivered to a victim of trafficking or a migrant: the catalogue of services
 * that agencies in Viet Nam record.
 *
 * <p>The first ten constants are the support regimes of Article 37(1) of the Law on Prevention and
 * Combat of Human Trafficking (Law 53/2024/QH15), in the law's order, with the law's Vietnamese
 * wording as labels; {@link #getArticle37Point()} gives their point and {@link Article37} says who
 * is entitled to which. The others are the services named by reception centres and support
 * programmes (initial reception, shelter, counselling, reintegration, ...), which the law does not
 * ration. Each service belongs to the HTCDS support-plan type that organises it.
 */
public enum SupportService implements Coded {
  /** Art. 37(1)(a): accommodation, food, clothing and essential personal items. */
  ESSENTIAL_NEEDS(
      "EssentialNeeds",
      "Essential needs support",
      "Hỗ trợ nhu cầu thiết yếu",
      SupportPlanType.SOCIAL_CARE,
      "a"),
  /** Art. 37(1)(b): medical examination, treatment and health insurance. */
  MEDICAL_SUPPORT(
      "MedicalSupport", "Medical support", "Hỗ trợ y tế", SupportPlanType.HEALTH, "b"),
  /** Art. 37(1)(c): an interpreter for a person who does not speak Vietnamese. */
  INTERPRETATION(
      "Interpretation",
      "Interpretation support",
      "Hỗ trợ phiên dịch",
      SupportPlanType.SOCIAL_CARE,
      "c"),
  /** Art. 37(1)(d): information and counselling on the law. */
  LEGAL_SUPPORT("LegalSupport", "Legal support", "Hỗ trợ pháp luật", SupportPlanType.LEGAL, "d"),
  /** Art. 37(1)(đ): legal aid under the Law on Legal Aid. */
  LEGAL_AID("LegalAid", "Legal aid", "Trợ giúp pháp lý", SupportPlanType.LEGAL, "đ"),
  /** Art. 37(1)(e): travel and meal costs of the journey home. */
  TRAVEL_SUPPORT(
      "TravelSupport",
      "Travel expenses support",
      "Hỗ trợ chi phí đi lại",
      SupportPlanType.FINANCIAL,
      "e"),
  /** Art. 37(1)(g): psychological stabilisation and care. */
  PSYCHOLOGICAL_SUPPORT(
      "PsychologicalSupport",
      "Psychological support",
      "Hỗ trợ tâm lý",
      SupportPlanType.HEALTH,
      "g"),
  /** Art. 37(1)(h): general (academic) schooling, school fees, textbooks and supplies. */
  GENERAL_EDUCATION(
      "GeneralEducation",
      "General education support",
      "Hỗ trợ học văn hóa",
      SupportPlanType.EDUCATION,
      "h"),
  /** Art. 37(1)(i): vocational training, career counselling and help to find work. */
  VOCATIONAL_TRAINING_AND_JOB_SUPPORT(
      "VocationalTrainingAndJobSupport",
      "Vocational training, counselling and job support",
      "Hỗ trợ học nghề, tư vấn, tạo điều kiện để có việc làm",
      SupportPlanType.LIVELIHOOD,
      "i"),
  /** Art. 37(1)(k): a one-off allowance on return and access to loans. */
  INITIAL_HARDSHIP_ALLOWANCE_AND_LOAN(
      "InitialHardshipAllowanceAndLoan",
      "Initial hardship allowance and loan support",
      "Trợ cấp khó khăn ban đầu, hỗ trợ vay vốn",
      SupportPlanType.FINANCIAL,
      "k"),
  /** First reception of a returned or rescued person, at a border post or reception centre. */
  INITIAL_RECEPTION(
      "InitialReception", "Initial reception", "Tiếp nhận ban đầu", SupportPlanType.SOCIAL_CARE),
  /** Temporary accommodation in a shelter, social-assistance or victim-support facility. */
  SHELTER("Shelter", "Shelter", "Chỗ ở tạm thời", SupportPlanType.SOCIAL_CARE),
  /** Counselling on the person's situation, rights and choices. */
  COUNSELLING("Counselling", "Counselling", "Tư vấn", SupportPlanType.SOCIAL_CARE),
  /** Psychosocial support for recovery and social relationships. */
  PSYCHOSOCIAL_SUPPORT(
      "PsychosocialSupport",
      "Psychosocial support",
      "Hỗ trợ tâm lý xã hội",
      SupportPlanType.SOCIAL_CARE),
  /** Life-skills education. */
  LIFE_SKILLS_EDUCATION(
      "LifeSkillsEducation",
      "Life-skills education",
      "Giáo dục kỹ năng sống",
      SupportPlanType.EDUCATION),
  /** Vocational training outside the Article 37 regime, such as a programme's own courses. */
  VOCATIONAL_TRAINING(
      "VocationalTraining", "Vocational training", "Đào tạo nghề", SupportPlanType.LIVELIHOOD),
  /** Referral to an employer or an employment service. */
  JOB_REFERRAL("JobReferral", "Job referral", "Giới thiệu việc làm", SupportPlanType.LIVELIHOOD),
  /** Livelihood and sustainable-production support, such as seed capital, livestock or tools. */
  LIVELIHOOD_SUPPORT(
      "LivelihoodSupport",
      "Livelihood support",
      "Hỗ trợ sinh kế, sản xuất bền vững",
      SupportPlanType.LIVELIHOOD),
  /** HIV prevention, testing and referral to treatment. */
  HIV_PREVENTION("HivPrevention", "HIV prevention", "Phòng, chống HIV", SupportPlanType.HEALTH),
  /** Health care and medical treatment outside the Article 37 regime. */
  HEALTH_CARE("HealthCare", "Health care", "Chăm sóc sức khỏe", SupportPlanType.HEALTH),
  /** Legal counselling by a lawyer, legal-aid centre or other organisation. */
  LEGAL_COUNSELLING(
      "LegalCounselling", "Legal counselling", "Tư vấn pháp luật", SupportPlanType.LEGAL),
  /** A preferential loan, such as from the Viet Nam Bank for Social Policies. */
  PREFERENTIAL_LOAN(
      "PreferentialLoan", "Preferential loan", "Vay vốn ưu đãi", SupportPlanType.FINANCIAL),
  /** Assistance to return to the country of origin or habitual residence. */
  REPATRIATION(
      "Repatriation",
      "Repatriation assistance",
      "Hỗ trợ hồi hương",
      SupportPlanType.SOCIAL_CARE),
  /** Assistance to settle back into family and community life after return. */
  REINTEGRATION(
      "Reintegration",
      "Reintegration assistance",
      "Hỗ trợ tái hòa nhập cộng đồng",
      SupportPlanType.SOCIAL_CARE),
  /** Tracing the family of a separated person, especially a child, and restoring contact. */
  FAMILY_TRACING(
      "FamilyTracing", "Family tracing", "Truy tìm gia đình", SupportPlanType.SOCIAL_CARE),
  /** Cash handed to the person or household, such as to rebuild a home after a disaster. */
  CASH_SUPPORT("CashSupport", "Cash support", "Hỗ trợ tiền mặt", SupportPlanType.FINANCIAL),
  /** Consular protection and assistance by a mission abroad, such as travel documents. */
  CONSULAR_ASSISTANCE(
      "ConsularAssistance",
      "Consular assistance",
      "Bảo hộ, hỗ trợ lãnh sự",
      SupportPlanType.LEGAL);

  private final CodeDefinition definition;
  private final SupportPlanType supportPlanType;
  private final String article37Point;

  SupportService(String code, String labelEn, String labelVi, SupportPlanType supportPlanType) {
    this(code, labelEn, labelVi, supportPlanType, null);
  }

  SupportService(
      String code,
      String labelEn,
      String labelVi,
      SupportPlanType supportPlanType,
      String article37Point) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi);
    this.supportPlanType = supportPlanType;
    this.article37Point = article37Point;
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }

  /**
   * Returns the HTCDS support-plan type that organises this service, such as
   * {@link SupportPlanType#SOCIAL_CARE} for a shelter.
   *
   * @return the support-plan type, not null
   */
  public SupportPlanType getSupportPlanType() {
    return supportPlanType;
  }

  /**
   * Returns the point of Article 37(1) of Law 53/2024/QH15 that lists this service as a support
   * regime: one of {@code a}, {@code b}, {@code c}, {@code d}, {@code đ}, {@code e}, {@code g},
   * {@code h}, {@code i} or {@code k}, as the law letters them.
   *
   * @return the point, or empty for a service that is not an Article 37 regime
   */
  public Optional<String> getArticle37Point() {
    return Optional.ofNullable(article37Point);
  }
}
