package org.dicu.serialization.htcds;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dicu.core.casework.CaseStatus;
import org.dicu.core.casework.Consent;
import org.dicu.core.casework.ConsentScope;
import org.dicu.core.casework.Referral;
import org.dicu.core.casework.ReferralDirection;
import org.dicu.core.casework.ReferralReason;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.code.Coded;
import org.dicu.core.code.Country;
import org.dicu.core.code.IsicSection;
import org.dicu.core.code.Language;
import org.dicu.core.person.Address;
import org.dicu.core.person.EducationLevel;
import org.dicu.core.person.Gender;
import org.dicu.core.person.MaritalStatus;
import org.dicu.core.person.PartialDate;
import org.dicu.core.trafficking.ControlMethod;
import org.dicu.core.trafficking.DecisionMakingOrganisation;
import org.dicu.core.trafficking.ExploitationType;
import org.dicu.core.trafficking.HistoricEvent;
import org.dicu.core.trafficking.HistoricEventType;
import org.dicu.core.trafficking.RecruitmentMethod;
import org.dicu.core.trafficking.RelationshipToTrafficker;
import org.dicu.core.trafficking.SexExploitationType;
import org.dicu.core.trafficking.TraffickingStatus;
import org.dicu.core.trafficking.VictimContext;
import org.dicu.core.trafficking.WebsiteOrApp;

/**
 * The columns of an HTCDS case spreadsheet that dicu reads and writes, and the property of a
 * {@link TraffickingCase} each one holds: the one table of the mapping between an HTCDS row and
 * a case.
 *
 * <p>The columns are those of the standard's Excel templates (v2.0), the other HTCDS fields that a
 * case holds once ({@code prs_MiddleName}, {@code prs_PrimaryLanguage}, ...), and three extension
 * columns that HTCDS lacks: {@code cas_Id} (the record id), {@code cas_RegistrationDate} and
 * {@code hte_Country} (the country of exploitation). The constants are in the order the writer
 * writes them. Referral columns hold the first incoming and the first outgoing referral.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum HtcdsColumn {
  /** {@code cas_Id}: the record id (an extension of HTCDS); {@code row-N} when absent. */
  CAS_ID("cas_Id", "Case Id", Group.CASE, "/id", false, true,
      (row, cell) -> cell.text().ifPresent(id -> row.id = id),
      c -> c.getId()),
  /** {@code cas_CaseOwner}: the case worker who owns the case. */
  CAS_CASE_OWNER("cas_CaseOwner", "Case Owner", Group.CASE, "/caseOwner", true, false,
      (row, cell) -> cell.text().ifPresent(text -> row.caseOwner = text),
      c -> text(c.getCaseOwner())),
  /** {@code prs_Salutation}: the salutation. */
  PRS_SALUTATION("prs_Salutation", "Salutation", Group.PERSON, "/salutation", false, false,
      (row, cell) -> cell.text().ifPresent(row.person::salutation),
      c -> text(c.getPerson().getSalutation())),
  /** {@code prs_FirstName}: the first (given) name. */
  PRS_FIRST_NAME("prs_FirstName", "First Name", Group.PERSON, "/firstName", true, false,
      (row, cell) -> cell.text().ifPresent(row.person::firstName),
      c -> text(c.getPerson().getFirstName())),
  /** {@code prs_SecondName}: the second (family) name. */
  PRS_SECOND_NAME("prs_SecondName", "Second Name", Group.PERSON, "/secondName", true, false,
      (row, cell) -> cell.text().ifPresent(row.person::secondName),
      c -> text(c.getPerson().getSecondName())),
  /**
   * {@code con_Consent}: consent as the standard's guidance defines it; true gives consent to case
   * management and to sharing de-identified data.
   */
  CON_CONSENT("con_Consent", "Consent", Group.CONSENT, "/given", false, false,
      (row, cell) -> cell.bool().ifPresent(given -> row.consent = consent(given)),
      c -> c.getConsent().map(consent -> Boolean.toString(consent.isGiven())).orElse("")),
  /** {@code prs_Birthdate}: the birth date, also known only to the year or month. */
  PRS_BIRTHDATE("prs_Birthdate", "Birthdate", Group.PERSON, "/birthdate", true, false,
      (row, cell) -> cell.partialDate().ifPresent(row.person::birthdate),
      c -> c.getPerson().getBirthdate().map(PartialDate::toString).orElse("")),
  /** {@code prs_Gender}: the gender. */
  PRS_GENDER("prs_Gender", "Gender", Group.PERSON, "/gender", false, false,
      (row, cell) -> cell.code(Gender.class).ifPresent(row.person::gender),
      c -> code(c.getPerson().getGender())),
  /** {@code prs_Citizenship}: the countries of citizenship, ISO 3166-1 alpha-2 codes. */
  PRS_CITIZENSHIP("prs_Citizenship", "Citizenship", Group.PERSON, "/citizenship", false, false,
      (row, cell) -> row.person.addAllCitizenship(cell.countries()),
      c -> countries(c.getPerson().getCitizenship())),
  /** {@code prs_Title}: the title. */
  PRS_TITLE("prs_Title", "Title", Group.PERSON, "/title", false, false,
      (row, cell) -> cell.text().ifPresent(row.person::title),
      c -> text(c.getPerson().getTitle())),
  /** {@code prs_Email}: the email address. */
  PRS_EMAIL("prs_Email", "Email", Group.PERSON, "/email", true, false,
      (row, cell) -> cell.text().ifPresent(row.person::email),
      c -> text(c.getPerson().getEmail())),
  /** {@code prs_HomePhone}: the home phone number. */
  PRS_HOME_PHONE("prs_HomePhone", "Home Phone", Group.PERSON, "/homePhone", true, false,
      (row, cell) -> cell.text().ifPresent(row.person::homePhone),
      c -> text(c.getPerson().getHomePhone())),
  /** {@code prs_MobilePhone}: the mobile phone number. */
  PRS_MOBILE_PHONE("prs_MobilePhone", "Mobile Phone", Group.PERSON, "/mobilePhone", true, false,
      (row, cell) -> cell.text().ifPresent(row.person::mobilePhone),
      c -> text(c.getPerson().getMobilePhone())),
  /** {@code prs_MailingCity}: the city of the mailing address. */
  PRS_MAILING_CITY("prs_MailingCity", "Mailing City", Group.ADDRESS, "/city", true, false,
      (row, cell) -> cell.text().ifPresent(row.address()::city),
      c -> address(c, Address::getCity)),
  /** {@code prs_MailingCountry}: the country of the mailing address. */
  PRS_MAILING_COUNTRY("prs_MailingCountry", "Mailing Country", Group.ADDRESS, "/country", false,
      false,
      (row, cell) -> cell.country().ifPresent(row.address()::country),
      c -> country(c.getPerson().getMailingAddress().flatMap(Address::getCountry))),
  /** {@code prs_MailingState}: the state or province of the mailing address. */
  PRS_MAILING_STATE("prs_MailingState", "Mailing State/Province", Group.ADDRESS, "/state", false,
      false,
      (row, cell) -> cell.text().ifPresent(row.address()::state),
      c -> address(c, Address::getState)),
  /** {@code prs_MailingStreet}: the street of the mailing address. */
  PRS_MAILING_STREET("prs_MailingStreet", "Mailing Street", Group.ADDRESS, "/street", true, false,
      (row, cell) -> cell.text().ifPresent(row.address()::street),
      c -> address(c, Address::getStreet)),
  /** {@code prs_MailingPostalCode}: the postal code of the mailing address. */
  PRS_MAILING_POSTAL_CODE("prs_MailingPostalCode", "Mailing Zip/Postal Code", Group.ADDRESS,
      "/postalCode", true, false,
      (row, cell) -> cell.text().ifPresent(row.address()::postalCode),
      c -> address(c, Address::getPostalCode)),
  /** {@code vic_TraffickingStatus}: possible, actual or not a victim of trafficking. */
  VIC_TRAFFICKING_STATUS("vic_TraffickingStatus", "Trafficking Status", Group.VICTIM,
      "/traffickingStatus", false, false,
      (row, cell) -> cell.code(TraffickingStatus.class).ifPresent(row.victim()::traffickingStatus),
      c -> code(victim(c, VictimContext::getTraffickingStatus))),
  /**
   * {@code vic_TraffickingStatusDecisionMakingOrg}: the kind of organisation that decided the
   * status; the templates' misspelt {@code vic_TraffickinStatusDecisionMakingOrg} is read too.
   */
  VIC_TRAFFICKING_STATUS_DECISION_MAKING_ORG("vic_TraffickingStatusDecisionMakingOrg",
      "Trafficking Status Decision Making Organization", Group.VICTIM,
      "/traffickingStatusDecisionMakingOrg", false, false,
      (row, cell) -> cell.code(DecisionMakingOrganisation.class)
          .ifPresent(row.victim()::traffickingStatusDecisionMakingOrg),
      c -> code(victim(c, VictimContext::getTraffickingStatusDecisionMakingOrg)),
      "vic_TraffickinStatusDecisionMakingOrg"),
  /** {@code vic_MethodOfRecruitment}: how the person was recruited. */
  VIC_METHOD_OF_RECRUITMENT("vic_MethodOfRecruitment", "Method of Recruitment", Group.VICTIM,
      "/methodOfRecruitment", false, false,
      (row, cell) -> row.victim().addAllMethodOfRecruitment(cell.codes(RecruitmentMethod.class)),
      c -> codes(victimList(c, VictimContext::getMethodOfRecruitment))),
  /** {@code vic_LocationOfRecruitment}: where the person was recruited, as text. */
  VIC_LOCATION_OF_RECRUITMENT("vic_LocationOfRecruitment", "Location of Recruitment",
      Group.VICTIM, "/locationOfRecruitment", false, false,
      (row, cell) -> cell.text().ifPresent(row.victim()::locationOfRecruitment),
      c -> text(victim(c, VictimContext::getLocationOfRecruitment))),
  /** {@code vic_MethodsOfControl}: how the traffickers controlled the person. */
  VIC_METHODS_OF_CONTROL("vic_MethodsOfControl", "Methods of Control", Group.VICTIM,
      "/methodsOfControl", false, false,
      (row, cell) -> row.victim().addAllMethodsOfControl(cell.codes(ControlMethod.class)),
      c -> codes(victimList(c, VictimContext::getMethodsOfControl))),
  /**
   * {@code vic_TypeOfExploitation}: the types of exploitation; written as HTCDS codes, the
   * extension {@code ForcedCriminality} as {@code Other}.
   */
  VIC_TYPE_OF_EXPLOITATION("vic_TypeOfExploitation", "Type of Exploitation", Group.VICTIM,
      "/typeOfExploitation", false, false,
      (row, cell) -> row.victim().addAllTypeOfExploitation(cell.codes(ExploitationType.class)),
      c -> codes(victimList(c, VictimContext::getTypeOfExploitation).stream()
          .map(ExploitationType::toHtcds).collect(Collectors.toList()))),
  /** {@code vic_ForcedLabourIndustry}: the ISIC section of forced labour. */
  VIC_FORCED_LABOUR_INDUSTRY("vic_ForcedLabourIndustry", "Forced Labour Industry", Group.VICTIM,
      "/forcedLabourIndustry", false, false,
      (row, cell) -> cell.code(IsicSection.class).ifPresent(row.victim()::forcedLabourIndustry),
      c -> code(victim(c, VictimContext::getForcedLabourIndustry))),
  /** {@code vic_TypeOfSexExploitation}: the types of sexual exploitation. */
  VIC_TYPE_OF_SEX_EXPLOITATION("vic_TypeOfSexExploitation", "Type of Sex Exploitation",
      Group.VICTIM, "/typeOfSexExploitation", false, false,
      (row, cell) -> row.victim().addAllTypeOfSexExploitation(
          cell.codes(SexExploitationType.class)),
      c -> codes(victimList(c, VictimContext::getTypeOfSexExploitation))),
  /** {@code vic_LocationOfExploitation}: where the person was exploited, as text. */
  VIC_LOCATION_OF_EXPLOITATION("vic_LocationOfExploitation", "Location of Exploitation",
      Group.VICTIM, "/locationOfExploitation", false, false,
      (row, cell) -> cell.text().ifPresent(row.victim()::locationOfExploitation),
      c -> text(victim(c, VictimContext::getLocationOfExploitation))),
  /** {@code cas_Status}: where the case stands; a row without it yields no case. */
  CAS_STATUS("cas_Status", "Status", Group.CASE, "/status", false, false,
      (row, cell) -> cell.code(CaseStatus.class).ifPresent(status -> row.status = status),
      c -> c.getStatus().getCode()),
  /** {@code cas_ReferringOrganisation}: the organisation that referred the case in. */
  CAS_REFERRING_ORGANISATION("cas_ReferringOrganisation", "Referring Organisation",
      Group.INCOMING, "/organisationId", false, false,
      (row, cell) -> cell.text().ifPresent(text -> row.incoming().organisation = text),
      c -> organisation(referral(c, ReferralDirection.INCOMING))),
  /** {@code cas_IncomingReferralDate}: the date of the incoming referral. */
  CAS_INCOMING_REFERRAL_DATE("cas_IncomingReferralDate", "Incoming Referral Date",
      Group.INCOMING, "/date", false, false,
      (row, cell) -> cell.date().ifPresent(date -> row.incoming().date = date),
      c -> date(referral(c, ReferralDirection.INCOMING).flatMap(Referral::getDate))),
  /** {@code cas_ReferringPrimaryCaseWorker}: the case worker of the referring organisation. */
  CAS_REFERRING_PRIMARY_CASE_WORKER("cas_ReferringPrimaryCaseWorker",
      "Referring Primary Case Worker", Group.INCOMING, "/primaryCaseWorker", true, false,
      (row, cell) -> cell.text().ifPresent(row.incoming().builder::primaryCaseWorker),
      c -> text(referral(c, ReferralDirection.INCOMING).flatMap(Referral::getPrimaryCaseWorker))),
  /** {@code cas_ReasonForIncomingReferral}: why the case was referred in. */
  CAS_REASON_FOR_INCOMING_REFERRAL("cas_ReasonForIncomingReferral",
      "Reason for Incoming Referral", Group.INCOMING, "/reason", false, false,
      (row, cell) -> cell.code(ReferralReason.class).ifPresent(row.incoming().builder::reason),
      c -> code(referral(c, ReferralDirection.INCOMING).flatMap(Referral::getReason))),
  /** {@code cas_IncomingReferralDetails}: details of the incoming referral. */
  CAS_INCOMING_REFERRAL_DETAILS("cas_IncomingReferralDetails", "Incoming Referral Details",
      Group.INCOMING, "/details", true, false,
      (row, cell) -> cell.text().ifPresent(row.incoming().builder::details),
      c -> text(referral(c, ReferralDirection.INCOMING).flatMap(Referral::getDetails))),
  /** {@code cas_ReferredOrganisation}: the organisation the case was referred to. */
  CAS_REFERRED_ORGANISATION("cas_ReferredOrganisation", "Referred Organisation", Group.OUTGOING,
      "/organisationId", false, false,
      (row, cell) -> cell.text().ifPresent(text -> row.outgoing().organisation = text),
      c -> organisation(referral(c, ReferralDirection.OUTGOING))),
  /** {@code cas_ReferredPrimaryCaseWorker}: the case worker of the referred organisation. */
  CAS_REFERRED_PRIMARY_CASE_WORKER("cas_ReferredPrimaryCaseWorker",
      "Referred Primary Case Worker", Group.OUTGOING, "/primaryCaseWorker", true, false,
      (row, cell) -> cell.text().ifPresent(row.outgoing().builder::primaryCaseWorker),
      c -> text(referral(c, ReferralDirection.OUTGOING).flatMap(Referral::getPrimaryCaseWorker))),
  /**
   * {@code cas_ReasonForOutgoingReferral}: why the case was referred out; the templates leave
   * its name out and only label it.
   */
  CAS_REASON_FOR_OUTGOING_REFERRAL("cas_ReasonForOutgoingReferral",
      "Reason for Outgoing Referral", Group.OUTGOING, "/reason", false, false,
      (row, cell) -> cell.code(ReferralReason.class).ifPresent(row.outgoing().builder::reason),
      c -> code(referral(c, ReferralDirection.OUTGOING).flatMap(Referral::getReason))),
  /** {@code cas_OutgoingReferralDate}: the date of the outgoing referral. */
  CAS_OUTGOING_REFERRAL_DATE("cas_OutgoingReferralDate", "Outgoing Referral Date",
      Group.OUTGOING, "/date", false, false,
      (row, cell) -> cell.date().ifPresent(date -> row.outgoing().date = date),
      c -> date(referral(c, ReferralDirection.OUTGOING).flatMap(Referral::getDate))),
  /** {@code cas_OutgoingReferralDetails}: details of the outgoing referral. */
  CAS_OUTGOING_REFERRAL_DETAILS("cas_OutgoingReferralDetails", "Outgoing Referral Details",
      Group.OUTGOING, "/details", true, false,
      (row, cell) -> cell.text().ifPresent(row.outgoing().builder::details),
      c -> text(referral(c, ReferralDirection.OUTGOING).flatMap(Referral::getDetails))),
  /** {@code cas_ReasonForCaseClosure}: why the case was closed. */
  CAS_REASON_FOR_CASE_CLOSURE("cas_ReasonForCaseClosure", "Reason for Case Closure", Group.CASE,
      "/reasonForCaseClosure", true, false,
      (row, cell) -> cell.text().ifPresent(text -> row.reasonForCaseClosure = text),
      c -> text(c.getReasonForCaseClosure())),
  /** {@code prs_MiddleName}: the middle name. */
  PRS_MIDDLE_NAME("prs_MiddleName", "Middle Name", Group.PERSON, "/middleName", true, false,
      (row, cell) -> cell.text().ifPresent(row.person::middleName),
      c -> text(c.getPerson().getMiddleName())),
  /** {@code prs_Deceased}: whether the person has died. */
  PRS_DECEASED("prs_Deceased", "Deceased", Group.PERSON, "/deceased", false, false,
      (row, cell) -> cell.bool().ifPresent(row.person::deceased),
      c -> Boolean.toString(c.getPerson().isDeceased())),
  /** {@code prs_MaritalStatus}: the marital status. */
  PRS_MARITAL_STATUS("prs_MaritalStatus", "Marital Status", Group.PERSON, "/maritalStatus", false,
      false,
      (row, cell) -> cell.code(MaritalStatus.class).ifPresent(row.person::maritalStatus),
      c -> code(c.getPerson().getMaritalStatus())),
  /** {@code prs_NumberOfChildren}: the number of children. */
  PRS_NUMBER_OF_CHILDREN("prs_NumberOfChildren", "Number of Children", Group.PERSON,
      "/numberOfChildren", false, false,
      (row, cell) -> cell.integer().ifPresent(row.person::numberOfChildren),
      c -> c.getPerson().getNumberOfChildren().map(String::valueOf).orElse("")),
  /** {@code prs_PrimaryLanguage}: the primary language, an ISO 639 code. */
  PRS_PRIMARY_LANGUAGE("prs_PrimaryLanguage", "Primary Language", Group.PERSON,
      "/primaryLanguage", false, false,
      (row, cell) -> cell.language().ifPresent(row.person::primaryLanguage),
      c -> c.getPerson().getPrimaryLanguage().map(Language::getCode).orElse("")),
  /** {@code prs_SecondaryLanguage}: the secondary language, an ISO 639 code. */
  PRS_SECONDARY_LANGUAGE("prs_SecondaryLanguage", "Secondary Language", Group.PERSON,
      "/secondaryLanguage", false, false,
      (row, cell) -> cell.language().ifPresent(row.person::secondaryLanguage),
      c -> c.getPerson().getSecondaryLanguage().map(Language::getCode).orElse("")),
  /** {@code prs_HighestLevelOfEducation}: the highest level of education completed. */
  PRS_HIGHEST_LEVEL_OF_EDUCATION("prs_HighestLevelOfEducation", "Highest Level of Education",
      Group.PERSON, "/highestLevelOfEducation", false, false,
      (row, cell) -> cell.code(EducationLevel.class).ifPresent(row.person::highestLevelOfEducation),
      c -> code(c.getPerson().getHighestLevelOfEducation())),
  /** {@code vic_RelationshipToTrafficker}: the person's relationship to the trafficker. */
  VIC_RELATIONSHIP_TO_TRAFFICKER("vic_RelationshipToTrafficker", "Relationship to Trafficker",
      Group.VICTIM, "/relationshipToTrafficker", false, false,
      (row, cell) -> cell.code(RelationshipToTrafficker.class)
          .ifPresent(row.victim()::relationshipToTrafficker),
      c -> code(victim(c, VictimContext::getRelationshipToTrafficker))),
  /** {@code vic_AgeWhenTrafficked}: the age in whole years when the person was trafficked. */
  VIC_AGE_WHEN_TRAFFICKED("vic_AgeWhenTrafficked", "Age when Trafficked", Group.VICTIM,
      "/ageWhenTrafficked", false, false,
      (row, cell) -> cell.integer().ifPresent(row.victim()::ageWhenTrafficked),
      c -> victim(c, VictimContext::getAgeWhenTrafficked).map(String::valueOf).orElse("")),
  /** {@code vic_RecruitmentWebsitesAndApps}: the websites and apps of recruitment. */
  VIC_RECRUITMENT_WEBSITES_AND_APPS("vic_RecruitmentWebsitesAndApps",
      "Recruitment Websites and Apps", Group.VICTIM, "/recruitmentWebsitesAndApps", false, false,
      (row, cell) -> row.victim().addAllRecruitmentWebsitesAndApps(cell.codes(WebsiteOrApp.class)),
      c -> codes(victimList(c, VictimContext::getRecruitmentWebsitesAndApps))),
  /** {@code vic_ExploitationWebsitesAndApps}: the websites and apps of exploitation. */
  VIC_EXPLOITATION_WEBSITES_AND_APPS("vic_ExploitationWebsitesAndApps",
      "Exploitation Websites and Apps", Group.VICTIM, "/exploitationWebsitesAndApps", false,
      false,
      (row, cell) -> row.victim().addAllExploitationWebsitesAndApps(
          cell.codes(WebsiteOrApp.class)),
      c -> codes(victimList(c, VictimContext::getExploitationWebsitesAndApps))),
  /**
   * {@code cas_RegistrationDate}: the date the case was registered (an extension of HTCDS); when
   * absent, the incoming referral date. Written only when it differs from that date.
   */
  CAS_REGISTRATION_DATE("cas_RegistrationDate", "Registration Date", Group.CASE,
      "/registrationDate", false, true,
      (row, cell) -> cell.date().ifPresent(date -> row.registrationDate = date),
      c -> c.getRegistrationDate()
          .filter(date -> !referral(c, ReferralDirection.INCOMING).flatMap(Referral::getDate)
              .equals(Optional.of(date)))
          .map(LocalDate::toString).orElse("")),
  /**
   * {@code hte_Country}: the country of exploitation (an extension of HTCDS, which records it per
   * historic event): the country of the first exploitation event.
   */
  HTE_COUNTRY("hte_Country", "Country of Exploitation", Group.EXPLOITATION, "/place/country",
      false, true,
      (row, cell) -> cell.country().ifPresent(country -> row.exploitationCountry = country),
      c -> country(c.getEvents().stream()
          .filter(event -> event.getType() == HistoricEventType.EXPLOITATION)
          .map(HistoricEvent::getPlace).flatMap(Optional::stream)
          .map(place -> place.getCountry()).flatMap(Optional::stream).findFirst()));

  private static final Map<String, HtcdsColumn> BY_NAME = index(false);
  private static final Map<String, HtcdsColumn> BY_LABEL = index(true);

  private final String fieldName;
  private final String label;
  private final Group group;
  private final String tail;
  private final boolean personalData;
  private final boolean extension;
  private final CellReader reader;
  private final Function<TraffickingCase, String> writer;
  private final List<String> aliases;

  HtcdsColumn(String fieldName, String label, Group group, String tail, boolean personalData,
      boolean extension, CellReader reader, Function<TraffickingCase, String> writer,
      String... aliases) {
    this.fieldName = fieldName;
    this.label = label;
    this.group = group;
    this.tail = tail;
    this.personalData = personalData;
    this.extension = extension;
    this.reader = reader;
    this.writer = writer;
    this.aliases = List.of(aliases);
  }

  /**
   * Returns the field name with its prefix, as the header row holds it, such as
   * {@code prs_Gender}.
   *
   * @return the field name, not blank
   */
  public String getFieldName() {
    return fieldName;
  }

  /**
   * Returns the English label of the field, as the templates' second header row holds it, such as
   * {@code Trafficking Status}.
   *
   * @return the label, not blank
   */
  public String getLabel() {
    return label;
  }

  /**
   * Checks whether the column holds personal data, which issues never quote.
   *
   * @return true for names, birth dates, contacts, addresses and narratives
   */
  public boolean isPersonalData() {
    return personalData;
  }

  /**
   * Checks whether dicu adds this column to those HTCDS defines.
   *
   * @return true for {@code cas_Id}, {@code cas_RegistrationDate} and {@code hte_Country}
   */
  public boolean isExtension() {
    return extension;
  }

  /**
   * Finds the column of a field name, ignoring case and surrounding spaces; the templates'
   * misspelling {@code vic_TraffickinStatusDecisionMakingOrg} is found too.
   *
   * @param fieldName  the field name, may be null
   * @return the column, or empty when the name is not one of a column
   */
  public static Optional<HtcdsColumn> ofFieldName(String fieldName) {
    return fieldName == null ? Optional.empty()
        : Optional.ofNullable(BY_NAME.get(Text.key(fieldName)));
  }

  /**
   * Finds the column of an English field label, ignoring case and spacing.
   *
   * @param label  the label, such as {@code Reason for Outgoing Referral}, may be null
   * @return the column, or empty when the text is not the label of a column
   */
  public static Optional<HtcdsColumn> ofLabel(String label) {
    return label == null ? Optional.empty() : Optional.ofNullable(BY_LABEL.get(Text.key(label)));
  }

  private static Map<String, HtcdsColumn> index(boolean labels) {
    Map<String, HtcdsColumn> map = new HashMap<>();
    for (HtcdsColumn column : values()) {
      if (labels) {
        map.put(Text.key(column.label), column);
      } else {
        map.put(Text.key(column.fieldName), column);
        column.aliases.forEach(alias -> map.put(Text.key(alias), column));
      }
    }
    return Map.copyOf(map);
  }

  /**
   * Checks whether the column holds a whole number, which the writer writes as digits with a
   * leading minus sign when negative; a spreadsheet reads such a cell as a number, never as a
   * formula.
   */
  boolean holdsNumber() {
    return this == PRS_NUMBER_OF_CHILDREN || this == VIC_AGE_WHEN_TRAFFICKED;
  }

  /** Returns the group of model properties the column belongs to. */
  Group group() {
    return group;
  }

  /** Returns the JSON Pointer of the column's property in a case of the given layout. */
  String pointer(RowLayout layout) {
    return layout.prefix(group) + tail;
  }

  /** Reads a non-empty cell into the row. */
  void read(CaseRow row, Cell cell) {
    reader.read(row, cell);
  }

  /** Returns the text of this column for a case, empty when the case holds no value. */
  String write(TraffickingCase trafficking) {
    return writer.apply(trafficking);
  }

  /** The part of a case a column belongs to, which gives the start of its JSON Pointer. */
  enum Group {
    /** The case itself. */
    CASE,
    /** The person. */
    PERSON,
    /** The person's mailing address. */
    ADDRESS,
    /** The victim context. */
    VICTIM,
    /** The first incoming referral. */
    INCOMING,
    /** The first outgoing referral. */
    OUTGOING,
    /** The consent. */
    CONSENT,
    /** The exploitation event. */
    EXPLOITATION
  }

  /** Reads one non-empty cell into a row. */
  @FunctionalInterface
  interface CellReader {
    /** Reads the cell, reporting its problems through the cell. */
    void read(CaseRow row, Cell cell);
  }

  private static Consent consent(boolean given) {
    return given
        ? Consent.builder().given(true)
            .addScopes(ConsentScope.CASE_MANAGEMENT, ConsentScope.DEIDENTIFIED_DATA_SHARING).build()
        : Consent.builder().given(false).build();
  }

  private static String text(Optional<String> value) {
    return value.orElse("");
  }

  private static String code(Optional<? extends Coded> value) {
    return value.map(Coded::getCode).orElse("");
  }

  private static String codes(List<? extends Coded> values) {
    Set<String> codes = new LinkedHashSet<>();
    values.forEach(value -> codes.add(value.getCode()));
    return String.join("; ", codes);
  }

  private static String date(Optional<LocalDate> value) {
    return value.map(LocalDate::toString).orElse("");
  }

  private static String country(Optional<Country> value) {
    return value.map(Country::getAlpha2).orElse("");
  }

  private static String countries(List<Country> values) {
    Set<String> codes = new LinkedHashSet<>();
    values.forEach(value -> codes.add(value.getAlpha2()));
    return String.join("; ", codes);
  }

  private static String address(TraffickingCase trafficking,
      Function<Address, Optional<String>> part) {
    return text(trafficking.getPerson().getMailingAddress().flatMap(part));
  }

  private static <T> Optional<T> victim(TraffickingCase trafficking,
      Function<VictimContext, Optional<T>> property) {
    return trafficking.getVictim().flatMap(property);
  }

  private static <T> List<T> victimList(TraffickingCase trafficking,
      Function<VictimContext, List<T>> property) {
    return trafficking.getVictim().map(property).orElse(List.of());
  }

  private static Optional<Referral> referral(TraffickingCase trafficking,
      ReferralDirection direction) {
    return trafficking.getReferrals().stream()
        .filter(referral -> referral.getDirection() == direction)
        .findFirst();
  }

  private static String organisation(Optional<Referral> referral) {
    return referral.flatMap(r -> r.getOrganisationId().or(r::getOrganisationName)).orElse("");
  }

  /**
   * Returns the field name.
   *
   * @return the field name, such as {@code prs_Gender}
   */
  @Override
  public String toString() {
    return fieldName;
  }
}
