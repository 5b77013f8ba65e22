package org.dicu.core.validation;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of validation rules: each rule has a stable code, a severity and a description of
 * what it checks. Messages in English and Vietnamese live in {@code ContributorValidationMessages}
 * under the key {@code dicu.<code>}.
 */
public enum Rule {
  /** Identifiers are 1 to 64 letters, digits, dots, underscores, colons or hyphens. */
  ID_MALFORMED("id.malformed", Severity.ERROR,
      "Record and agency identifiers are 1 to 64 letters, digits, '.', '_', ':' or '-'."),
  /** Text fields stay within their maximum length. */
  TEXT_TOO_LONG("text.too-long", Severity.ERROR, "Text fields stay within their maximum length."),
  /** Required text is not blank. */
  TEXT_BLANK("text.blank", Severity.ERROR, "Required text is not blank."),
  /** Phone numbers are valid E.164 numbers. */
  PHONE_INVALID("person.phone-invalid", Severity.ERROR,
      "Phone numbers are in E.164 form (+ and country code) and valid for their country."),
  /** Email addresses are well-formed. */
  EMAIL_INVALID("person.email-invalid", Severity.ERROR, "Email addresses are well-formed."),
  /** The number of children is between 0 and 30. */
  CHILDREN_OUT_OF_RANGE("person.children-out-of-range", Severity.ERROR,
      "The number of children is between 0 and 30."),
  /** The birth date is not in the future. */
  BIRTHDATE_IN_FUTURE("person.birthdate-in-future", Severity.ERROR,
      "The birth date is not after today."),
  /** The birth date is not after any dated event of the case. */
  BIRTHDATE_AFTER_EVENT("person.birthdate-after-event", Severity.ERROR,
      "The birth date is not after the registration, any trafficking event, referral, service,"
          + " support plan or comment date."),
  /** The age when trafficked is a possible age for the birth date. */
  AGE_INCONSISTENT("victim.age-inconsistent", Severity.WARNING,
      "The age when trafficked is possible for the birth date (within its precision) on the"
          + " date of the first recruitment or exploitation event."),
  /** The age when trafficked is between 0 and 120. */
  AGE_OUT_OF_RANGE("victim.age-out-of-range", Severity.ERROR,
      "The age when trafficked is between 0 and 120."),
  /** An adult confirmed victim has at least one method of control. */
  ADULT_WITHOUT_CONTROL("victim.adult-without-methods-of-control", Severity.ERROR,
      "An adult actual victim of trafficking has at least one method of control (a child's case"
          + " never needs one: the person is a child when under 18 at the first exploitation"
          + " event, or at registration when there is none)."),
  /** A confirmed victim has at least one type of exploitation. */
  ACTUAL_WITHOUT_EXPLOITATION("victim.actual-without-type-of-exploitation", Severity.ERROR,
      "An actual victim of trafficking has at least one type of exploitation."),
  /** A decided status names the organisation that decided it. */
  DECISION_WITHOUT_ORGANISATION("victim.decision-without-organisation", Severity.ERROR,
      "An actual victim or a person found not to be a victim names the deciding organisation."),
  /** A decided status has a decision date. */
  DECISION_WITHOUT_DATE("victim.decision-without-date", Severity.WARNING,
      "An actual victim or a person found not to be a victim has the date of the decision"
          + " (an extension: HTCDS has no such field)."),
  /** A closed case says why it was closed. */
  CLOSED_WITHOUT_REASON("case.closed-without-reason", Severity.ERROR,
      "A case with status Closed or ClosedReferred has a reason for closure."),
  /** A case closed by referral has an outgoing referral. */
  CLOSED_REFERRED_WITHOUT_REFERRAL("case.closed-referred-without-referral", Severity.ERROR,
      "A case with status ClosedReferred has an outgoing referral."),
  /** Dates are not after today. */
  DATE_IN_FUTURE("date.in-future", Severity.ERROR,
      "Registration, decision, referral, event, service, plan, comment, consent, departure and"
          + " return dates are not after today."),
  /** Ends are not before starts. */
  END_BEFORE_START("date.end-before-start", Severity.ERROR,
      "An end date is not before its start date."),
  /** Consent is not withdrawn before it was given. */
  CONSENT_WITHDRAWN_BEFORE_GIVEN("consent.withdrawn-before-given", Severity.ERROR,
      "The date consent was withdrawn is not before the date it was given."),
  /** Referring a case to another organisation needs consent or a legal basis. */
  CONSENT_MISSING_FOR_REFERRAL("consent.missing-for-referral", Severity.ERROR,
      "An outgoing referral, which shares the person's data, needs consent with the Referral"
          + " scope that has not been withdrawn, or a stated legal basis."),
  /** A rejected referral says why. */
  REFERRAL_REJECTED_WITHOUT_REASON("referral.rejected-without-reason", Severity.ERROR,
      "A referral with status Rejected has a rejection reason."),
  /** A support regime of Art. 37 is one the person's group may receive. */
  SERVICE_NOT_ENTITLED("service.not-entitled", Severity.WARNING,
      "A support regime of Art. 37 of Law 53/2024/QH15 is one the person's group may receive"
          + " given their trafficking status, citizenship and whereabouts."),
  /** A referenced agency exists in the directory. */
  AGENCY_UNKNOWN("agency.unknown", Severity.WARNING,
      "A referenced agency id exists in the agency directory in force at the record's date."),
  /** A referenced agency was in force at the date it is referenced. */
  AGENCY_DISSOLVED("agency.dissolved", Severity.WARNING,
      "An agency referenced after it was dissolved is named with its successor."),
  /** Coordinates are on the globe. */
  COORDINATES_OUT_OF_RANGE("place.coordinates-out-of-range", Severity.ERROR,
      "Latitude is between -90 and 90 and longitude between -180 and 180."),
  /** Amounts of money are not negative. */
  AMOUNT_NEGATIVE("money.amount-negative", Severity.ERROR, "Amounts of money are not negative."),
  /** Capacities and counts are not negative. */
  COUNT_NEGATIVE("count.negative", Severity.ERROR, "Capacities and counts are not negative."),
  /** Completeness profile: a core field of HTCDS is present. */
  CORE_FIELD_MISSING("completeness.core-field-missing", Severity.WARNING,
      "Completeness profile only: a field that HTCDS 2.0 marks as core is present.");

  private static final Map<String, Rule> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Rule::getCode, Function.identity()));

  private final String code;
  private final Severity severity;
  private final String description;

  Rule(String code, Severity severity, String description) {
    this.code = code;
    this.severity = severity;
    this.description = description;
  }

  /**
   * Finds a rule by its code.
   *
   * @param code  the rule code, may be null
   * @return the rule, or empty when no rule has this code
   */
  public static Optional<Rule> ofCode(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
  }

  /**
   * Returns the stable code of this rule, such as {@code case.closed-without-reason}.
   *
   * @return the code, not blank
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the severity of the issues this rule reports.
   *
   * @return the severity, not null
   */
  public Severity getSeverity() {
    return severity;
  }

  /**
   * Returns what this rule checks, in English.
   *
   * @return the description, not blank
   */
  public String getDescription() {
    return description;
  }

  /**
   * Returns the key of this rule's message in {@code ContributorValidationMessages}.
   *
   * @return the message key, {@code dicu.} followed by the code
   */
  public String getMessageKey() {
    return "dicu." + code;
  }
}
