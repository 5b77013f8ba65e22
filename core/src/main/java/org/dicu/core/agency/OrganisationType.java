package org.dicu.core.agency;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/**
 * The type of an organisation (HTCDS 2.0 {@code org_Type}).
 *
 * <p>HTCDS lets implementers add custom values to this list; dicu adds two, marked as
 * {@linkplain CodeDefinition#isExtension() extensions}: intergovernmental organisations such as IOM
 * and the UN agencies, and foreign embassies and delegations, which none of the standard's types
 * describes.
 */
public enum OrganisationType implements Coded {
  /** A non-governmental organisation. */
  NGO("NGO", "NGO", "Tổ chức phi chính phủ"),
  /** Police, border guards and other law-enforcement bodies. */
  LAW_ENFORCEMENT("LawEnforcement", "Law Enforcement", "Cơ quan thực thi pháp luật"),
  /** A hospital, clinic or other health service. */
  HEALTH_SERVICE_ORGANISATION(
      "HealthServiceOrganisation", "Health Service Organisation", "Cơ sở y tế"),
  /** A ministry or other body of the central government. */
  CENTRAL_GOVERNMENT_ORGANISATION(
      "CentralGovernmentOrganisation", "Central Government Organisation", "Cơ quan trung ương"),
  /** A provincial or communal body of local government. */
  LOCAL_GOVERNMENT_ORGANISATION(
      "LocalGovernmentOrganisation", "Local Government Organisation", "Cơ quan chính quyền địa phương"),
  /** An immigration or border-control service. */
  IMMIGRATION_SERVICE("ImmigrationService", "Immigration Service", "Cơ quan quản lý xuất nhập cảnh"),
  /** A provider of legal aid or legal services. */
  LEGAL_SERVICE("LegalService", "Legal Service", "Tổ chức dịch vụ pháp lý"),
  /** A company. */
  CORPORATE_BUSINESS("CorporateBusiness", "Corporate Business", "Doanh nghiệp"),
  /** A school, college or vocational training centre. */
  SCHOOL_OR_COLLEGE("SchoolOrCollege", "School or College", "Trường học hoặc cơ sở đào tạo"),
  /** An intergovernmental organisation such as IOM, UNHCR or ILO, or its office (dicu extension). */
  INTERNATIONAL_ORGANISATION(
      CodeDefinition.extension(
          "InternationalOrganisation", "International Organisation", "Tổ chức quốc tế")),
  /** A foreign embassy or delegation, such as the EU Delegation (dicu extension). */
  DIPLOMATIC_MISSION(
      CodeDefinition.extension(
          "DiplomaticMission", "Diplomatic Mission", "Cơ quan đại diện ngoại giao"));

  private final CodeDefinition definition;

  OrganisationType(String code, String labelEn, String labelVi) {
    this(CodeDefinition.of(code, labelEn, labelVi));
  }

  OrganisationType(CodeDefinition definition) {
    this.definition = definition;
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
