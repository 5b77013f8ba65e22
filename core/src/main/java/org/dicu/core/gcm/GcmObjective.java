package org.dicu.core.gcm;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/**
 * One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration (UN
 * General Assembly resolution 73/195, 2018).
 *
 * <p>The wire code is the objective's number as a string ({@code "1"} to {@code "23"}); the labels
 * are the full titles, the official English one and a Vietnamese working translation. Besides the
 * English label, lookups accept the English short name used by the UN Network on Migration (e.g.
 * {@code Eradicate trafficking}) and the {@code GCM10} style used in reports:
 *
 * <pre>{@code
 * Optional<GcmObjective> objective = CodeList.of(GcmObjective.class).find("GCM10");
 * }</pre>
 */
public enum GcmObjective implements Coded {
  /** Objective 1: collect and utilize accurate and disaggregated data. */
  DATA(
      1,
      "Data",
      "Dữ liệu",
      "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
      "Thu thập và sử dụng dữ liệu chính xác, được phân tách làm cơ sở cho chính sách dựa trên"
          + " bằng chứng"),
  /** Objective 2: minimize the adverse drivers that compel people to leave. */
  MINIMIZE_ADVERSE_DRIVERS(
      2,
      "Minimize adverse drivers",
      "Giảm thiểu tác nhân bất lợi",
      "Minimize the adverse drivers and structural factors that compel people to leave their"
          + " country of origin",
      "Giảm thiểu các tác nhân bất lợi và yếu tố cấu trúc buộc người dân rời bỏ quốc gia gốc"),
  /** Objective 3: provide accurate and timely information at all stages of migration. */
  INFORMATION_PROVISION(
      3,
      "Information provision",
      "Cung cấp thông tin",
      "Provide accurate and timely information at all stages of migration",
      "Cung cấp thông tin chính xác và kịp thời ở mọi giai đoạn di cư"),
  /** Objective 4: proof of legal identity and adequate documentation for all migrants. */
  LEGAL_IDENTITY_AND_DOCUMENTATION(
      4,
      "Legal identity and documentation",
      "Nhân thân hợp pháp và giấy tờ",
      "Ensure that all migrants have proof of legal identity and adequate documentation",
      "Bảo đảm mọi người di cư có bằng chứng nhân thân hợp pháp và giấy tờ đầy đủ"),
  /** Objective 5: enhance the availability and flexibility of pathways for regular migration. */
  REGULAR_PATHWAYS(
      5,
      "Regular pathways",
      "Con đường di cư hợp pháp",
      "Enhance availability and flexibility of pathways for regular migration",
      "Tăng cường tính sẵn có và linh hoạt của các con đường di cư hợp pháp"),
  /** Objective 6: fair and ethical recruitment and decent work. */
  RECRUITMENT_AND_DECENT_WORK(
      6,
      "Recruitment and decent work",
      "Tuyển dụng và việc làm bền vững",
      "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work",
      "Thúc đẩy tuyển dụng công bằng, có đạo đức và bảo đảm các điều kiện làm việc bền vững"),
  /** Objective 7: address and reduce vulnerabilities in migration. */
  REDUCE_VULNERABILITIES(
      7,
      "Reduce vulnerabilities",
      "Giảm thiểu tình trạng dễ bị tổn thương",
      "Address and reduce vulnerabilities in migration",
      "Giải quyết và giảm thiểu tình trạng dễ bị tổn thương trong di cư"),
  /** Objective 8: save lives and coordinate international efforts on missing migrants. */
  SAVE_LIVES(
      8,
      "Save lives",
      "Cứu người",
      "Save lives and establish coordinated international efforts on missing migrants",
      "Cứu người và thiết lập nỗ lực quốc tế phối hợp về người di cư mất tích"),
  /** Objective 9: strengthen the transnational response to smuggling of migrants. */
  COUNTER_SMUGGLING(
      9,
      "Counter smuggling",
      "Chống đưa người di cư trái phép",
      "Strengthen the transnational response to smuggling of migrants",
      "Tăng cường ứng phó xuyên quốc gia với hành vi đưa người di cư trái phép"),
  /** Objective 10: prevent, combat and eradicate trafficking in persons. */
  ERADICATE_TRAFFICKING(
      10,
      "Eradicate trafficking",
      "Xóa bỏ mua bán người",
      "Prevent, combat and eradicate trafficking in persons in the context of international"
          + " migration",
      "Phòng ngừa, đấu tranh và xóa bỏ mua bán người trong bối cảnh di cư quốc tế"),
  /** Objective 11: manage borders in an integrated, secure and coordinated manner. */
  MANAGE_BORDERS(
      11,
      "Manage borders",
      "Quản lý biên giới",
      "Manage borders in an integrated, secure and coordinated manner",
      "Quản lý biên giới theo cách tổng hợp, an ninh và phối hợp"),
  /** Objective 12: certainty in migration procedures for screening, assessment and referral. */
  SCREENING_AND_REFERRAL(
      12,
      "Screening and referral",
      "Sàng lọc và chuyển tuyến",
      "Strengthen certainty and predictability in migration procedures for appropriate screening,"
          + " assessment and referral",
      "Tăng cường tính chắc chắn và khả năng dự báo của thủ tục di cư để sàng lọc, đánh giá và"
          + " chuyển tuyến phù hợp"),
  /** Objective 13: migration detention only as a last resort, and alternatives to it. */
  ALTERNATIVES_TO_DETENTION(
      13,
      "Alternatives to detention",
      "Biện pháp thay thế tạm giữ",
      "Use migration detention only as a measure of last resort and work towards alternatives",
      "Chỉ tạm giữ người di cư như biện pháp cuối cùng và hướng tới các biện pháp thay thế"),
  /** Objective 14: consular protection, assistance and cooperation. */
  CONSULAR_PROTECTION(
      14,
      "Consular protection",
      "Bảo hộ lãnh sự",
      "Enhance consular protection, assistance and cooperation throughout the migration cycle",
      "Tăng cường bảo hộ, hỗ trợ và hợp tác lãnh sự trong suốt chu trình di cư"),
  /** Objective 15: access to basic services for migrants. */
  ACCESS_TO_BASIC_SERVICES(
      15,
      "Access to basic services",
      "Tiếp cận dịch vụ cơ bản",
      "Provide access to basic services for migrants",
      "Bảo đảm người di cư được tiếp cận các dịch vụ cơ bản"),
  /** Objective 16: full inclusion and social cohesion. */
  INCLUSION_AND_SOCIAL_COHESION(
      16,
      "Inclusion and social cohesion",
      "Hòa nhập và gắn kết xã hội",
      "Empower migrants and societies to realize full inclusion and social cohesion",
      "Trao quyền cho người di cư và xã hội để hòa nhập đầy đủ và gắn kết xã hội"),
  /** Objective 17: eliminate discrimination and promote evidence-based public discourse. */
  ELIMINATE_DISCRIMINATION(
      17,
      "Eliminate discrimination",
      "Xóa bỏ phân biệt đối xử",
      "Eliminate all forms of discrimination and promote evidence-based public discourse to shape"
          + " perceptions of migration",
      "Xóa bỏ mọi hình thức phân biệt đối xử và thúc đẩy thảo luận công khai dựa trên bằng chứng"
          + " để định hình nhận thức về di cư"),
  /** Objective 18: skills development and mutual recognition of skills and qualifications. */
  SKILLS_DEVELOPMENT_AND_RECOGNITION(
      18,
      "Skills development and recognition",
      "Phát triển và công nhận kỹ năng",
      "Invest in skills development and facilitate mutual recognition of skills, qualifications"
          + " and competences",
      "Đầu tư phát triển kỹ năng và thúc đẩy công nhận lẫn nhau về kỹ năng, trình độ và năng lực"),
  /** Objective 19: contributions of migrants and diasporas to sustainable development. */
  MIGRANT_AND_DIASPORA_CONTRIBUTIONS(
      19,
      "Migrant and diaspora contributions",
      "Đóng góp của người di cư và cộng đồng ở nước ngoài",
      "Create conditions for migrants and diasporas to fully contribute to sustainable development"
          + " in all countries",
      "Tạo điều kiện để người di cư và cộng đồng ở nước ngoài đóng góp đầy đủ cho phát triển bền"
          + " vững ở mọi quốc gia"),
  /** Objective 20: faster, safer and cheaper remittances and financial inclusion. */
  REMITTANCES(
      20,
      "Remittances",
      "Kiều hối",
      "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of"
          + " migrants",
      "Thúc đẩy chuyển kiều hối nhanh hơn, an toàn hơn, rẻ hơn và thúc đẩy tài chính toàn diện cho"
          + " người di cư"),
  /** Objective 21: safe and dignified return and readmission, and sustainable reintegration. */
  DIGNIFIED_RETURN_AND_REINTEGRATION(
      21,
      "Dignified return and reintegration",
      "Trở về có phẩm giá và tái hòa nhập",
      "Cooperate in facilitating safe and dignified return and readmission, as well as sustainable"
          + " reintegration",
      "Hợp tác tạo thuận lợi cho trở về và tiếp nhận lại an toàn, có phẩm giá và tái hòa nhập bền"
          + " vững"),
  /** Objective 22: portability of social security entitlements and earned benefits. */
  SOCIAL_PROTECTION(
      22,
      "Social protection",
      "An sinh xã hội",
      "Establish mechanisms for the portability of social security entitlements and earned"
          + " benefits",
      "Thiết lập cơ chế bảo đảm tính liên thông của quyền hưởng an sinh xã hội và phúc lợi đã tích"
          + " lũy"),
  /** Objective 23: international cooperation and global partnerships. */
  INTERNATIONAL_COOPERATION(
      23,
      "International cooperation",
      "Hợp tác quốc tế",
      "Strengthen international cooperation and global partnerships for safe orderly and regular"
          + " migration",
      "Tăng cường hợp tác quốc tế và quan hệ đối tác toàn cầu vì di cư an toàn, trật tự và hợp"
          + " pháp");

  private static final String VIETNAMESE = "vi";
  /** The objectives at the index of their numbers, found without copying {@code values()}. */
  private static final GcmObjective[] BY_NUMBER = new GcmObjective[24];

  static {
    for (GcmObjective objective : values()) {
      BY_NUMBER[objective.number] = objective;
    }
  }

  private final CodeDefinition definition;
  private final int number;
  private final String shortNameEn;
  private final String shortNameVi;

  GcmObjective(int number, String shortNameEn, String shortNameVi, String titleEn, String titleVi) {
    this.definition =
        CodeDefinition.of(String.valueOf(number), titleEn, titleVi, shortNameEn, "GCM" + number);
    this.number = number;
    this.shortNameEn = shortNameEn;
    this.shortNameVi = shortNameVi;
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }

  /**
   * Obtains the objective with the given number.
   *
   * @param number  the objective's number, from 1 to 23
   * @return the objective, or empty when the number is outside 1 to 23
   */
  public static Optional<GcmObjective> ofNumber(int number) {
    return number >= 0 && number < BY_NUMBER.length
        ? Optional.ofNullable(BY_NUMBER[number])
        : Optional.empty();
  }

  /**
   * Returns the number of this objective in the Global Compact.
   *
   * @return the number, from 1 to 23
   */
  public int getNumber() {
    return number;
  }

  /**
   * Returns the short name of this objective for a reader in the given locale: Vietnamese for the
   * {@code vi} language, else the English short name of the UN Network on Migration.
   *
   * @param locale  the reader's locale, not null
   * @return the short name, such as {@code Eradicate trafficking}, not blank
   */
  public String getShortName(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return VIETNAMESE.equals(locale.getLanguage()) ? shortNameVi : shortNameEn;
  }
}
