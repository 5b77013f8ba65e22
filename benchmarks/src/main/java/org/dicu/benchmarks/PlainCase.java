package org.dicu.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The baseline: a trafficking case as plain Java records of the same shape as the exchange format
 * (same property names and nesting), with codes as strings and no validation, for plain Jackson
 * data binding.
 *
 * @param recordType  the logical record type
 * @param schemaVersion  the version of the exchange format
 * @param id  the record id
 * @param status  the case status code
 * @param caseOwner  the case owner
 * @param registrationDate  the registration date
 * @param person  the person
 * @param migrantProfile  the migration profile
 * @param victim  the trafficking context
 * @param perpetrators  the perpetrators
 * @param referrals  the referrals
 * @param events  the historic events
 * @param supportPlans  the support plans
 * @param services  the services provided
 * @param comments  the case comments
 * @param consent  the consent
 * @param gcmObjectives  the GCM objective codes
 * @param reasonForCaseClosure  the reason the case was closed
 */
public record PlainCase(
    String recordType,
    String schemaVersion,
    String id,
    String status,
    String caseOwner,
    LocalDate registrationDate,
    Person person,
    MigrantProfile migrantProfile,
    Victim victim,
    List<Perpetrator> perpetrators,
    List<Referral> referrals,
    List<HistoricEvent> events,
    List<SupportPlan> supportPlans,
    List<ServiceProvision> services,
    List<CaseComment> comments,
    Consent consent,
    List<String> gcmObjectives,
    String reasonForCaseClosure) {

  /**
   * A person.
   *
   * @param salutation  salutation
   * @param title  title
   * @param firstName  first name
   * @param middleName  middle name
   * @param secondName  second (family) name
   * @param birthdate  birth date, possibly partial
   * @param gender  gender code
   * @param deceased  whether deceased
   * @param maritalStatus  marital status code
   * @param numberOfChildren  number of children
   * @param primaryLanguage  primary language
   * @param secondaryLanguage  secondary language
   * @param highestLevelOfEducation  education level code
   * @param citizenship  country codes
   * @param identityDocuments  identity documents
   * @param email  email
   * @param homePhone  home phone
   * @param mobilePhone  mobile phone
   * @param mailingAddress  mailing address
   */
  public record Person(String salutation, String title, String firstName, String middleName,
      String secondName, String birthdate, String gender, Boolean deceased, String maritalStatus,
      Integer numberOfChildren, String primaryLanguage, String secondaryLanguage,
      String highestLevelOfEducation, List<String> citizenship,
      List<IdentityDocument> identityDocuments, String email, String homePhone,
      String mobilePhone, Address mailingAddress) {}

  /**
   * An identity document.
   *
   * @param type  type code
   * @param number  number
   * @param issuingCountry  country code
   */
  public record IdentityDocument(String type, String number, String issuingCountry) {}

  /**
   * A postal address.
   *
   * @param street  street
   * @param city  city
   * @param state  state or province
   * @param postalCode  postal code
   * @param country  country code
   */
  public record Address(String street, String city, String state, String postalCode,
      String country) {}

  /**
   * A place.
   *
   * @param street  street
   * @param city  city
   * @param state  state or province
   * @param postalCode  postal code
   * @param country  country code
   * @param latitude  latitude
   * @param longitude  longitude
   */
  public record Place(String street, String city, String state, String postalCode,
      String country, Double latitude, Double longitude) {}

  /**
   * A migration profile.
   *
   * @param migrantType  migrant type code
   * @param protectionStatus  protection status code
   * @param movement  movement code
   * @param countriesOfOrigin  country codes
   * @param countriesOfTransit  country codes
   * @param countriesOfDestination  country codes
   * @param departureDate  departure date
   * @param returnDate  return date
   * @param labourMigration  labour migration
   * @param vulnerabilityFactors  vulnerability factors
   */
  public record MigrantProfile(String migrantType, String protectionStatus, String movement,
      List<String> countriesOfOrigin, List<String> countriesOfTransit,
      List<String> countriesOfDestination, LocalDate departureDate, LocalDate returnDate,
      LabourMigration labourMigration, List<VulnerabilityFactor> vulnerabilityFactors) {}

  /**
   * Labour migration.
   *
   * @param contractBased  whether contract based
   * @param employerName  employer name
   * @param recruitmentAgencyId  agency id
   * @param sector  ISIC section code
   * @param recruitmentCosts  recruitment costs
   * @param monthlyEarnings  monthly earnings
   */
  public record LabourMigration(Boolean contractBased, String employerName,
      String recruitmentAgencyId, String sector, MoneyAmount recruitmentCosts,
      MoneyAmount monthlyEarnings) {}

  /**
   * An amount of money.
   *
   * @param amount  amount
   * @param currency  currency code
   */
  public record MoneyAmount(BigDecimal amount, String currency) {}

  /**
   * A vulnerability factor.
   *
   * @param level  level code
   * @param protective  whether protective
   * @param factor  factor
   * @param notes  notes
   */
  public record VulnerabilityFactor(String level, Boolean protective, String factor,
      String notes) {}

  /**
   * The trafficking context of a victim.
   *
   * @param traffickingStatus  status code
   * @param traffickingStatusDecisionMakingOrg  deciding body code
   * @param traffickingStatusDecisionDate  decision date
   * @param relationshipToTrafficker  relationship code
   * @param ageWhenTrafficked  age
   * @param methodOfRecruitment  recruitment method codes
   * @param recruitmentWebsitesAndApps  website codes
   * @param locationOfRecruitment  location
   * @param methodsOfControl  control method codes
   * @param typeOfExploitation  exploitation type codes
   * @param forcedLabourIndustry  ISIC section code
   * @param typeOfSexExploitation  sexual exploitation codes
   * @param locationOfExploitation  location
   * @param exploitationWebsitesAndApps  website codes
   */
  public record Victim(String traffickingStatus, String traffickingStatusDecisionMakingOrg,
      LocalDate traffickingStatusDecisionDate, String relationshipToTrafficker,
      Integer ageWhenTrafficked, List<String> methodOfRecruitment,
      List<String> recruitmentWebsitesAndApps, String locationOfRecruitment,
      List<String> methodsOfControl, List<String> typeOfExploitation,
      String forcedLabourIndustry, List<String> typeOfSexExploitation,
      String locationOfExploitation, List<String> exploitationWebsitesAndApps) {}

  /**
   * A perpetrator.
   *
   * @param roleInProcess  role codes
   * @param roleDetails  details
   * @param organisation  organisation
   */
  public record Perpetrator(List<String> roleInProcess, String roleDetails,
      String organisation) {}

  /**
   * A referral.
   *
   * @param direction  direction code
   * @param organisationId  agency id
   * @param organisationName  agency name
   * @param primaryCaseWorker  case worker
   * @param date  date
   * @param reason  reason code
   * @param details  details
   * @param status  status code
   * @param rejectionReason  rejection reason
   */
  public record Referral(String direction, String organisationId, String organisationName,
      String primaryCaseWorker, LocalDate date, String reason, String details, String status,
      String rejectionReason) {}

  /**
   * A historic event.
   *
   * @param type  type code
   * @param date  date
   * @param endDate  end date
   * @param place  place
   * @param description  description
   */
  public record HistoricEvent(String type, LocalDate date, LocalDate endDate, Place place,
      String description) {}

  /**
   * A support plan.
   *
   * @param type  type code
   * @param objectives  objectives
   * @param actionPlan  action plan
   * @param startDate  start date
   * @param plannedEndDate  planned end date
   * @param actualEndDate  actual end date
   */
  public record SupportPlan(String type, String objectives, String actionPlan,
      LocalDate startDate, LocalDate plannedEndDate, LocalDate actualEndDate) {}

  /**
   * A service provided.
   *
   * @param service  service code
   * @param providerId  agency id
   * @param startDate  start date
   * @param endDate  end date
   * @param status  status code
   * @param outcome  outcome
   */
  public record ServiceProvision(String service, String providerId, LocalDate startDate,
      LocalDate endDate, String status, String outcome) {}

  /**
   * A case comment.
   *
   * @param author  author
   * @param time  time
   * @param text  text
   */
  public record CaseComment(String author, OffsetDateTime time, String text) {}

  /**
   * Consent.
   *
   * @param given  whether given
   * @param date  date
   * @param scopes  scope codes
   * @param legalBasis  legal basis code
   * @param withdrawalDate  withdrawal date
   */
  public record Consent(Boolean given, LocalDate date, List<String> scopes, String legalBasis,
      LocalDate withdrawalDate) {}
}
