package org.dicu.core.agency;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/**
 * A function that an agency holds in the work with migrants and victims of trafficking.
 *
 * <p>The list names the roles agencies play in the records (who receives, identifies, supports,
 * funds) and the state functions that moved between ministries in Viet Nam's 2025 government
 * restructuring (Resolution 176/2025/QH15; Decrees 25/2025, 35/2025, 37/2025 and 42/2025), so that
 * {@link AgencyDirectory#findHolder(String, AgencyFunction, java.time.LocalDate)} can say which
 * agency holds a dissolved agency's function on a given date. It is not a complete catalogue of
 * what any agency does.
 */
public enum AgencyFunction implements Coded {
  /** Verifying and confirming that a person is a victim of trafficking. */
  VICTIM_IDENTIFICATION(
      "VictimIdentification", "Identification of victims", "Xác minh, xác định nạn nhân"),
  /** Receiving victims at the border, at sea or from abroad, and handing them on for support. */
  VICTIM_RECEPTION("VictimReception", "Reception of victims", "Tiếp nhận nạn nhân"),
  /** Protecting victims of trafficking and providing the support regimes they are entitled to. */
  VICTIM_PROTECTION_AND_SUPPORT(
      "VictimProtectionAndSupport",
      "Protection and support of victims",
      "Bảo vệ, hỗ trợ nạn nhân"),
  /** Helping victims and returnees to settle back into their community, including livelihoods. */
  REINTEGRATION("Reintegration", "Reintegration support", "Hỗ trợ tái hòa nhập cộng đồng"),
  /** Preventing trafficking in persons, mainly by communication and awareness campaigns. */
  TRAFFICKING_PREVENTION(
      "TraffickingPrevention", "Prevention of human trafficking", "Phòng ngừa mua bán người"),
  /** Investigating trafficking, migrant smuggling and related crime. */
  CRIME_INVESTIGATION("CrimeInvestigation", "Criminal investigation", "Điều tra tội phạm"),
  /** Preventing and combating drug offences and organised crime. */
  DRUG_AND_CRIME_PREVENTION(
      "DrugAndCrimePrevention", "Drug and crime prevention", "Phòng, chống ma túy và tội phạm"),
  /** Managing and protecting land borders, border gates and the sea. */
  BORDER_MANAGEMENT("BorderManagement", "Border management", "Quản lý, bảo vệ biên giới"),
  /** Controlling exit from and entry into the country, and foreigners residing in it. */
  IMMIGRATION("Immigration", "Immigration and exit-entry control", "Quản lý xuất nhập cảnh"),
  /** Consular protection of citizens abroad, including those in distress. */
  CITIZEN_PROTECTION_ABROAD(
      "CitizenProtectionAbroad",
      "Protection of citizens abroad",
      "Bảo hộ công dân ở nước ngoài",
      "Consular protection"),
  /** Acting as focal point for the Global Compact for Migration and reviewing its national plan. */
  GCM_COORDINATION(
      "GcmCoordination",
      "Coordination of the Global Compact for Migration",
      "Điều phối triển khai Thỏa thuận toàn cầu về di cư"),
  /** Social protection and social assistance. */
  SOCIAL_PROTECTION("SocialProtection", "Social protection", "Bảo trợ xã hội"),
  /** Protection and care of children. */
  CHILD_PROTECTION("ChildProtection", "Child protection", "Bảo vệ, chăm sóc trẻ em"),
  /** Prevention of social evils such as prostitution; victim support in Viet Nam belonged to it. */
  SOCIAL_EVILS_PREVENTION(
      "SocialEvilsPrevention", "Prevention of social evils", "Phòng, chống tệ nạn xã hội"),
  /** Drug rehabilitation and its facilities. */
  DRUG_REHABILITATION("DrugRehabilitation", "Drug rehabilitation", "Cai nghiện ma túy"),
  /** Labour, wages and employment. */
  LABOUR("Labour", "Labour, wages and employment", "Lao động, tiền lương, việc làm"),
  /** State management of Vietnamese workers abroad under contract. */
  OVERSEAS_LABOUR(
      "OverseasLabour",
      "Overseas labour",
      "Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng"),
  /** Recruiting, training and sending workers abroad under contract, as a business. */
  LABOUR_EXPORT(
      "LabourExport",
      "Labour-export services",
      "Dịch vụ đưa người lao động đi làm việc ở nước ngoài"),
  /** Promoting recruitment without fees charged to workers, such as the "zero fee" initiative. */
  FAIR_RECRUITMENT("FairRecruitment", "Fair recruitment", "Tuyển dụng lao động công bằng"),
  /** Social insurance. */
  SOCIAL_INSURANCE("SocialInsurance", "Social insurance", "Bảo hiểm xã hội"),
  /** Gender equality. */
  GENDER_EQUALITY("GenderEquality", "Gender equality", "Bình đẳng giới"),
  /** Vocational education and training. */
  VOCATIONAL_EDUCATION("VocationalEducation", "Vocational education", "Giáo dục nghề nghiệp"),
  /** Health of migrants and their access to health services. */
  MIGRANT_HEALTH("MigrantHealth", "Migrant health", "Sức khỏe người di cư"),
  /** Poverty reduction. */
  POVERTY_REDUCTION("PovertyReduction", "Poverty reduction", "Giảm nghèo"),
  /** Recovery after natural disasters, including rebuilding homes. */
  DISASTER_RECOVERY("DisasterRecovery", "Disaster recovery", "Khắc phục hậu quả thiên tai"),
  /** Agriculture and rural development. */
  AGRICULTURE(
      "Agriculture", "Agriculture and rural development", "Nông nghiệp và phát triển nông thôn"),
  /** Natural resources and the environment. */
  ENVIRONMENT("Environment", "Natural resources and environment", "Tài nguyên và môi trường"),
  /** Transport. */
  TRANSPORT("Transport", "Transport", "Giao thông vận tải"),
  /** Protection of refugees and stateless people. */
  REFUGEE_PROTECTION("RefugeeProtection", "Refugee protection", "Bảo vệ người tị nạn"),
  /** Humanitarian relief to people in need. */
  HUMANITARIAN_ASSISTANCE(
      "HumanitarianAssistance", "Humanitarian assistance", "Hỗ trợ nhân đạo"),
  /** Paying out cash support to the people it is meant for. */
  CASH_DELIVERY("CashDelivery", "Delivery of cash support", "Chi trả tiền hỗ trợ"),
  /** Funding programmes and projects as a donor. */
  FUNDING("Funding", "Donor funding", "Tài trợ");

  private final CodeDefinition definition;

  AgencyFunction(String code, String labelEn, String labelVi, String... aliases) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi, aliases);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
