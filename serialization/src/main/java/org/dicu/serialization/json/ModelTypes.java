package org.dicu.serialization.json;

import java.util.List;
import java.util.Map;
import org.dicu.core.agency.PartnerAgency;
import org.dicu.core.agency.Succession;
import org.dicu.core.casework.CaseComment;
import org.dicu.core.casework.Consent;
import org.dicu.core.casework.Referral;
import org.dicu.core.casework.ServiceProvision;
import org.dicu.core.casework.SupportPlan;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.code.Place;
import org.dicu.core.gcm.GcmActivity;
import org.dicu.core.gcm.GcmProgressReport;
import org.dicu.core.gcm.ObjectiveProgress;
import org.dicu.core.migrant.LabourMigration;
import org.dicu.core.migrant.MigrantProfile;
import org.dicu.core.migrant.MoneyAmount;
import org.dicu.core.migrant.VulnerabilityFactor;
import org.dicu.core.person.Address;
import org.dicu.core.person.IdentityDocument;
import org.dicu.core.person.Person;
import org.dicu.core.record.RecordType;
import org.dicu.core.service.ServiceOffer;
import org.dicu.core.trafficking.HistoricEvent;
import org.dicu.core.trafficking.Perpetrator;
import org.dicu.core.trafficking.VictimContext;
import org.dicu.core.validation.Issue;
import org.dicu.core.validation.ValidationReport;

/**
 * The wire names of every mapped type of the model, in the order they are written: the one place
 * that defines the exchange format's property names and order (see docs/FORMAT.md).
 *
 * <p>Wire names are the model's JavaBean property names, which follow the HTCDS field names in
 * lowerCamelCase without their prefix.
 */
final class ModelTypes {

  /** The schema version written into every record and accepted when reading. */
  static final String SCHEMA_VERSION = "1.0";

  /** The record types that travel alone, by their logical name. */
  static final Map<RecordType, Class<?>> RECORDS = Map.of(
      RecordType.TRAFFICKING_CASE, TraffickingCase.class,
      RecordType.PARTNER_AGENCY, PartnerAgency.class,
      RecordType.SERVICE_OFFER, ServiceOffer.class,
      RecordType.GCM_ACTIVITY, GcmActivity.class,
      RecordType.GCM_PROGRESS_REPORT, GcmProgressReport.class);

  /** Every mapped type with its properties in wire order. */
  static final Map<Class<?>, List<String>> PROPERTIES = Map.ofEntries(
      Map.entry(TraffickingCase.class, List.of("recordType", "id", "status", "caseOwner",
          "registrationDate", "person", "migrantProfile", "victim", "perpetrators", "referrals",
          "events", "supportPlans", "services", "comments", "consent", "gcmObjectives",
          "reasonForCaseClosure")),
      Map.entry(Person.class, List.of("salutation", "title", "firstName", "middleName",
          "secondName", "birthdate", "gender", "deceased", "maritalStatus", "numberOfChildren",
          "primaryLanguage", "secondaryLanguage", "highestLevelOfEducation", "citizenship",
          "identityDocuments", "email", "homePhone", "mobilePhone", "mailingAddress")),
      Map.entry(IdentityDocument.class, List.of("type", "number", "issuingCountry")),
      Map.entry(Address.class, List.of("street", "city", "state", "postalCode", "country")),
      Map.entry(MigrantProfile.class, List.of("migrantType", "protectionStatus", "movement",
          "countriesOfOrigin", "countriesOfTransit", "countriesOfDestination", "departureDate",
          "returnDate", "labourMigration", "vulnerabilityFactors")),
      Map.entry(LabourMigration.class, List.of("contractBased", "employerName",
          "recruitmentAgencyId", "sector", "recruitmentCosts", "monthlyEarnings")),
      Map.entry(MoneyAmount.class, List.of("amount", "currency")),
      Map.entry(VulnerabilityFactor.class, List.of("level", "protective", "factor", "notes")),
      Map.entry(VictimContext.class, List.of("traffickingStatus",
          "traffickingStatusDecisionMakingOrg", "traffickingStatusDecisionDate",
          "relationshipToTrafficker", "ageWhenTrafficked", "methodOfRecruitment",
          "recruitmentWebsitesAndApps", "locationOfRecruitment", "methodsOfControl",
          "typeOfExploitation", "forcedLabourIndustry", "typeOfSexExploitation",
          "locationOfExploitation", "exploitationWebsitesAndApps")),
      Map.entry(Perpetrator.class, List.of("roleInProcess", "roleDetails", "organisation")),
      Map.entry(HistoricEvent.class, List.of("type", "date", "endDate", "place", "description")),
      Map.entry(Place.class, List.of("street", "city", "state", "postalCode", "country",
          "latitude", "longitude")),
      Map.entry(Referral.class, List.of("direction", "organisationId", "organisationName",
          "primaryCaseWorker", "date", "reason", "details", "status", "rejectionReason")),
      Map.entry(SupportPlan.class, List.of("type", "objectives", "actionPlan", "startDate",
          "plannedEndDate", "actualEndDate")),
      Map.entry(ServiceProvision.class, List.of("service", "providerId", "startDate", "endDate",
          "status", "outcome")),
      Map.entry(CaseComment.class, List.of("author", "time", "text")),
      Map.entry(Consent.class, List.of("given", "date", "scopes", "legalBasis",
          "withdrawalDate")),
      Map.entry(ServiceOffer.class, List.of("recordType", "id", "agencyId", "service", "place",
          "capacity", "eligibleGroups", "eligibility", "languages")),
      Map.entry(GcmActivity.class, List.of("recordType", "id", "title", "description",
          "startDate", "endDate", "place", "leadAgencyId", "partnerAgencyIds", "objectives",
          "guidingPrinciples", "outputs")),
      Map.entry(ObjectiveProgress.class, List.of("objective", "status", "narrative",
          "activityIds")),
      Map.entry(GcmProgressReport.class, List.of("recordType", "id", "country", "title",
          "periodStart", "periodEnd", "preparedById", "entries")),
      Map.entry(PartnerAgency.class, List.of("recordType", "id", "nameVi", "nameEn",
          "abbreviation", "type", "country", "parentId", "validFrom", "validTo", "functions",
          "successions", "iatiIdentifier")),
      Map.entry(Succession.class, List.of("successorId", "function")),
      Map.entry(ValidationReport.class, List.of("valid", "issues")),
      Map.entry(Issue.class, List.of("severity", "code", "location", "line", "column",
          "value", "message")));

  private ModelTypes() {}

  /**
   * Finds the mapped model type a class stands for: the type itself, or the abstract type that
   * an Immutables implementation ({@code ImmutableX}) implements.
   */
  static Class<?> modelType(Class<?> type) {
    if (PROPERTIES.containsKey(type)) {
      return type;
    }
    for (Class<?> parent : type.getInterfaces()) {
      if (PROPERTIES.containsKey(parent)) {
        return parent;
      }
    }
    return null;
  }
}
