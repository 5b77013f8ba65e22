package org.dicu.core.casework;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.dicu.core.internal.RuleViolations;
import org.dicu.core.person.Address;
import org.dicu.core.person.Person;
import org.dicu.core.trafficking.ExploitationType;
import org.dicu.core.trafficking.VictimContext;
import org.dicu.core.validation.Rule;

/**
 * Checks {@link CaseCompleteness}: every field HTCDS 2.0 marks as core is present, where it
 * applies (the forced-labour industry only for forced labour, referral fields only for referrals).
 */
public final class CaseCompletenessValidator
    implements ConstraintValidator<CaseCompleteness, TraffickingCase> {

  /** Creates the validator; Bean Validation calls this. */
  public CaseCompletenessValidator() {}

  @Override
  public boolean isValid(TraffickingCase trafficking, ConstraintValidatorContext context) {
    if (trafficking == null) {
      return true;
    }
    Checker checker = new Checker(new RuleViolations(context));
    checker.require(trafficking.getCaseOwner(), "/caseOwner", "cas_CaseOwner");
    checkPerson(trafficking.getPerson(), checker);
    VictimContext victim =
        trafficking.getVictim().orElseGet(() -> VictimContext.builder().build());
    checker.require(victim.getTraffickingStatus(), "/victim/traffickingStatus",
        "vic_TraffickingStatus");
    checker.require(victim.getMethodOfRecruitment(), "/victim/methodOfRecruitment",
        "vic_MethodOfRecruitment");
    checker.require(victim.getLocationOfRecruitment(), "/victim/locationOfRecruitment",
        "vic_LocationOfRecruitment");
    checker.require(victim.getMethodsOfControl(), "/victim/methodsOfControl",
        "vic_MethodsOfControl");
    checker.require(victim.getTypeOfExploitation(), "/victim/typeOfExploitation",
        "vic_TypeOfExploitation");
    if (victim.getTypeOfExploitation().contains(ExploitationType.FORCED_LABOUR)) {
      checker.require(victim.getForcedLabourIndustry(), "/victim/forcedLabourIndustry",
          "vic_ForcedLabourIndustry");
    }
    if (victim.getTypeOfExploitation().contains(ExploitationType.SEXUAL_EXPLOITATION)) {
      checker.require(victim.getTypeOfSexExploitation(), "/victim/typeOfSexExploitation",
          "vic_TypeOfSexExploitation");
    }
    checker.require(victim.getLocationOfExploitation(), "/victim/locationOfExploitation",
        "vic_LocationOfExploitation");
    for (int i = 0; i < trafficking.getReferrals().size(); i++) {
      checkReferral(trafficking.getReferrals().get(i), "/referrals/" + i, checker);
    }
    checker.require(trafficking.getConsent(), "/consent", "con_Consent");
    return checker.violations.isValid();
  }

  private static void checkPerson(Person person, Checker checker) {
    checker.require(person.getSalutation(), "/person/salutation", "prs_Salutation");
    checker.require(person.getFirstName(), "/person/firstName", "prs_FirstName");
    checker.require(person.getSecondName(), "/person/secondName", "prs_SecondName");
    checker.require(person.getBirthdate(), "/person/birthdate", "prs_Birthdate");
    checker.require(person.getGender(), "/person/gender", "prs_Gender");
    checker.require(person.getCitizenship(), "/person/citizenship", "prs_Citizenship");
    checker.require(person.getTitle(), "/person/title", "prs_Title");
    checker.require(person.getEmail(), "/person/email", "prs_Email");
    checker.require(person.getHomePhone(), "/person/homePhone", "prs_HomePhone");
    checker.require(person.getMobilePhone(), "/person/mobilePhone", "prs_MobilePhone");
    Address address = person.getMailingAddress().orElseGet(() -> Address.builder().build());
    checker.require(address.getStreet(), "/person/mailingAddress/street", "prs_MailingStreet");
    checker.require(address.getCity(), "/person/mailingAddress/city", "prs_MailingCity");
    checker.require(address.getState(), "/person/mailingAddress/state", "prs_MailingState");
    checker.require(address.getPostalCode(), "/person/mailingAddress/postalCode",
        "prs_MailingPostalCode");
    checker.require(address.getCountry(), "/person/mailingAddress/country", "prs_MailingCountry");
  }

  private static void checkReferral(Referral referral, String pointer, Checker checker) {
    boolean incoming = referral.getDirection() == ReferralDirection.INCOMING;
    String organisation = incoming ? "cas_ReferringOrganisation" : "cas_ReferredOrganisation";
    if (referral.getOrganisationId().isEmpty()) {
      checker.require(referral.getOrganisationName(), pointer + "/organisationId", organisation);
    }
    checker.require(referral.getPrimaryCaseWorker(), pointer + "/primaryCaseWorker",
        incoming ? "cas_ReferringPrimaryCaseWorker" : "cas_ReferredPrimaryCaseWorker");
    checker.require(referral.getDate(), pointer + "/date",
        incoming ? "cas_IncomingReferralDate" : "cas_OutgoingReferralDate");
    checker.require(referral.getReason(), pointer + "/reason",
        incoming ? "cas_ReasonForIncomingReferral" : "cas_ReasonForOutgoingReferral");
    checker.require(referral.getDetails(), pointer + "/details",
        incoming ? "cas_IncomingReferralDetails" : "cas_OutgoingReferralDetails");
  }

  /** Reports absent core fields. */
  private static final class Checker {
    final RuleViolations violations;

    Checker(RuleViolations violations) {
      this.violations = violations;
    }

    void require(Optional<?> value, String pointer, String htcdsField) {
      if (value.isEmpty()) {
        violations.report(Rule.CORE_FIELD_MISSING, pointer, null, Map.of("field", htcdsField));
      }
    }

    void require(Collection<?> values, String pointer, String htcdsField) {
      if (values.isEmpty()) {
        violations.report(Rule.CORE_FIELD_MISSING, pointer, null, Map.of("field", htcdsField));
      }
    }
  }
}
