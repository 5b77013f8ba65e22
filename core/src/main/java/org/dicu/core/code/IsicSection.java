package org.dicu.core.code;

/**
 * A section of the International Standard Industrial Classification of All Economic Activities,
 * ISIC Rev.4, as HTCDS 2.0 uses them for the industry of forced labour
 * ({@code vic_ForcedLabourIndustry}).
 *
 * <p>The wire code is the standard's value name, which starts with the section letter
 * ({@code A_AgricultureForestryAndFishing}); the bare letter ({@code A}) is accepted when reading.
 * The Vietnamese labels are the section names of the Vietnam Standard Industrial Classification,
 * VSIC 2018 (Decision 27/2018/QĐ-TTg), which follows ISIC Rev.4 section by section.
 */
public enum IsicSection implements Coded {
  /** Section A: agriculture, forestry and fishing. */
  A_AGRICULTURE_FORESTRY_AND_FISHING(
      "A_AgricultureForestryAndFishing",
      "Agriculture, forestry and fishing",
      "Nông nghiệp, lâm nghiệp và thủy sản",
      "A"),
  /** Section B: mining and quarrying. */
  B_MINING_AND_QUARRYING("B_MiningAndQuarrying", "Mining and quarrying", "Khai khoáng", "B"),
  /** Section C: manufacturing. */
  C_MANUFACTURING("C_Manufacturing", "Manufacturing", "Công nghiệp chế biến, chế tạo", "C"),
  /** Section D: electricity, gas, steam and air conditioning supply. */
  D_ELECTRICITY_GAS_STEAM_AND_AIR_CONDITIONING_SUPPLY(
      "D_ElectricityGasSteamAndAirConditioningSupply",
      "Electricity, gas, steam and air conditioning supply",
      "Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí",
      "D"),
  /** Section E: water supply; sewerage, waste management and remediation activities. */
  E_WATER_SUPPLY_SEWERAGE_WASTE_MANAGEMENT(
      "E_WaterSupplySewerageWasteManagement",
      "Water supply; sewerage, waste management and remediation",
      "Cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải",
      "E"),
  /** Section F: construction. */
  F_CONSTRUCTION("F_Construction", "Construction", "Xây dựng", "F"),
  /** Section G: wholesale and retail trade; repair of motor vehicles and motorcycles. */
  G_WHOLESALE_AND_RETAIL_TRADE_REPAIR_OF_MOTOR_VEHICLES(
      "G_WholesaleAndRetailTradeRepairOfMotorVehicles",
      "Wholesale and retail trade; repair of motor vehicles and motorcycles",
      "Bán buôn và bán lẻ; sửa chữa ô tô, mô tô, xe máy và xe có động cơ khác",
      "G"),
  /** Section H: transportation and storage. */
  H_TRANSPORTATION_AND_STORAGE(
      "H_TransportationAndStorage", "Transportation and storage", "Vận tải kho bãi", "H"),
  /** Section I: accommodation and food service activities. */
  I_ACCOMMODATION_AND_FOOD_SERVICE_ACTIVITIES(
      "I_AccommodationAndFoodServiceActivities",
      "Accommodation and food service activities",
      "Dịch vụ lưu trú và ăn uống",
      "I"),
  /** Section J: information and communication. */
  J_INFORMATION_AND_COMMUNICATION(
      "J_InformationAndCommunication",
      "Information and communication",
      "Thông tin và truyền thông",
      "J"),
  /** Section K: financial and insurance activities. */
  K_FINANCIAL_AND_INSURANCE_ACTIVITIES(
      "K_FinancialAndInsuranceActivities",
      "Financial and insurance activities",
      "Hoạt động tài chính, ngân hàng và bảo hiểm",
      "K"),
  /** Section L: real estate activities. */
  L_REAL_ESTATE_ACTIVITIES(
      "L_RealEstateActivities",
      "Real estate activities",
      "Hoạt động kinh doanh bất động sản",
      "L"),
  /** Section M: professional, scientific and technical activities. */
  M_PROFESSIONAL_SCIENTIFIC_AND_TECHNICAL_ACTIVITIES(
      "M_ProfessionalScientificAndTechnicalActivities",
      "Professional, scientific and technical activities",
      "Hoạt động chuyên môn, khoa học và công nghệ",
      "M"),
  /** Section N: administrative and support service activities. */
  N_ADMINISTRATIVE_AND_SUPPORT_SERVICE_ACTIVITIES(
      "N_AdministrativeAndSupportServiceActivities",
      "Administrative and support service activities",
      "Hoạt động hành chính và dịch vụ hỗ trợ",
      "N"),
  /** Section O: public administration and defence; compulsory social security. */
  O_PUBLIC_ADMINISTRATION_AND_DEFENCE(
      "O_PublicAdministrationAndDefence",
      "Public administration and defence; compulsory social security",
      "Hoạt động của Đảng Cộng sản, tổ chức chính trị - xã hội, quản lý Nhà nước, an ninh quốc"
          + " phòng; bảo đảm xã hội bắt buộc",
      "O"),
  /** Section P: education. */
  P_EDUCATION("P_Education", "Education", "Giáo dục và đào tạo", "P"),
  /** Section Q: human health and social work activities. */
  Q_HUMAN_HEALTH_AND_SOCIAL_WORK_ACTIVITIES(
      "Q_HumanHealthAndSocialWorkActivities",
      "Human health and social work activities",
      "Y tế và hoạt động trợ giúp xã hội",
      "Q"),
  /** Section R: arts, entertainment and recreation. */
  R_ARTS_ENTERTAINMENT_AND_RECREATION(
      "R_ArtsEntertainmentAndRecreation",
      "Arts, entertainment and recreation",
      "Nghệ thuật, vui chơi và giải trí",
      "R"),
  /** Section S: other service activities. */
  S_OTHER_SERVICE_ACTIVITIES(
      "S_OtherServiceActivities", "Other service activities", "Hoạt động dịch vụ khác", "S"),
  /**
   * Section T: activities of households as employers; undifferentiated goods- and
   * services-producing activities of households for own use.
   */
  T_ACTIVITIES_OF_HOUSEHOLDS_AS_EMPLOYERS(
      "T_ActivitiesOfHouseholdsAsEmployers",
      "Activities of households as employers; undifferentiated goods- and services- producing"
          + " activities of households for own use",
      "Hoạt động làm thuê các công việc trong các hộ gia đình, sản xuất sản phẩm vật chất và dịch"
          + " vụ tự tiêu dùng của hộ gia đình",
      "T",
      "Activities of households as employers; undifferentiated goods- and services-producing"
          + " activities of households for own use"),
  /** Section U: activities of extraterritorial organizations and bodies. */
  U_ACTIVITIES_OF_EXTRATERRITORIAL_ORGANIZATIONS(
      "U_ActivitiesOfExtraterritorialOrganizations",
      "Activities of extraterritorial organizations and bodies",
      "Hoạt động của các tổ chức và cơ quan quốc tế",
      "U");

  private final CodeDefinition definition;

  IsicSection(String code, String labelEn, String labelVi, String... aliases) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi, aliases);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }

  /**
   * Returns the letter of this section in ISIC Rev.4 and VSIC 2018, from {@code A} to {@code U}.
   *
   * @return the section letter, a single upper-case letter
   */
  public String getSectionLetter() {
    return definition.getCode().substring(0, 1);
  }
}
