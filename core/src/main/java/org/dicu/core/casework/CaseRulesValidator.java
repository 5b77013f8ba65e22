package org.dicu.core.casework;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dicu.core.agency.AgencyFunction;
import org.dicu.core.code.Country;
import org.dicu.core.internal.AgencyReferences;
import org.dicu.core.internal.RuleViolations;
import org.dicu.core.migrant.MigrantProfile;
import org.dicu.core.migrant.ProtectionStatus;
import org.dicu.core.person.PartialDate;
import org.dicu.core.service.Article37;
import org.dicu.core.service.BeneficiaryGroup;
import org.dicu.core.service.SupportService;
import org.dicu.core.trafficking.HistoricEvent;
import org.dicu.core.trafficking.HistoricEventType;
import org.dicu.core.trafficking.TraffickingStatus;
import org.dicu.core.trafficking.VictimContext;
import org.dicu.core.validation.Rule;

/** Checks {@link CaseRules}: the cross-field domain rules of a trafficking case. */
public final class CaseRulesValidator implements ConstraintValidator<CaseRules, TraffickingCase> {

  private static final int CHILD_AGE_LIMIT = 18;
  private static final Country VIET_NAM = Country.ofAlpha2("VN").orElseThrow();
  /** The function a case's referrals and services are about, when an agency's work was split. */
  private static final AgencyFunction VICTIM_SUPPORT = AgencyFunction.VICTIM_PROTECTION_AND_SUPPORT;
  private static final Set<HistoricEventType> RECRUITMENT_OR_EXPLOITATION =
      EnumSet.of(HistoricEventType.RECRUITMENT, HistoricEventType.EXPLOITATION);
  private static final Set<HistoricEventType> EXPLOITATION =
      EnumSet.of(HistoricEventType.EXPLOITATION);

  /** Creates the validator; Bean Validation calls this. */
  public CaseRulesValidator() {}

  @Override
  public boolean isValid(TraffickingCase trafficking, ConstraintValidatorContext context) {
    if (trafficking == null) {
      return true;
    }
    RuleViolations violations = new RuleViolations(context);
    List<DatedField> dates = datedFields(trafficking);
    checkDatesNotInFuture(dates, violations);
    checkBirthdate(trafficking, dates, violations);
    checkEndsAfterStarts(trafficking, violations);
    trafficking.getVictim().ifPresent(victim -> checkVictim(trafficking, victim, violations));
    checkClosure(trafficking, violations);
    checkReferrals(trafficking, violations);
    trafficking.getConsent().ifPresent(consent -> checkConsent(consent, violations));
    checkEntitlements(trafficking, violations);
    checkAgencies(trafficking, violations);
    return violations.isValid();
  }

  /**
   * A recorded date and where it is in the exchange form: a property, or a property of an
   * element of a list; the JSON Pointer is only spelt out for a report.
   */
  private static final class DatedField {
    final String property;
    final int index;
    final String elementProperty;
    final LocalDate date;
    final boolean mayBeInFuture;

    DatedField(String property, LocalDate date, boolean mayBeInFuture) {
      this(property, -1, null, date, mayBeInFuture);
    }

    DatedField(String list, int index, String elementProperty, LocalDate date,
        boolean mayBeInFuture) {
      this.property = list;
      this.index = index;
      this.elementProperty = elementProperty;
      this.date = date;
      this.mayBeInFuture = mayBeInFuture;
    }

    String pointer() {
      return index < 0 ? property : at(property, index, elementProperty);
    }
  }

  private static List<DatedField> datedFields(TraffickingCase trafficking) {
    // room for every date of a case with a dozen or so events, referrals and services
    List<DatedField> fields = new ArrayList<>(32);
    add(fields, "/registrationDate", trafficking.getRegistrationDate(), false);
    Optional<VictimContext> victim = trafficking.getVictim();
    if (victim.isPresent()) {
      add(fields, "/victim/traffickingStatusDecisionDate",
          victim.get().getTraffickingStatusDecisionDate(), false);
    }
    List<HistoricEvent> events = trafficking.getEvents();
    for (int i = 0; i < events.size(); i++) {
      add(fields, "/events", i, "date", events.get(i).getDate(), false);
      add(fields, "/events", i, "endDate", events.get(i).getEndDate(), false);
    }
    List<Referral> referrals = trafficking.getReferrals();
    for (int i = 0; i < referrals.size(); i++) {
      add(fields, "/referrals", i, "date", referrals.get(i).getDate(), false);
    }
    List<ServiceProvision> services = trafficking.getServices();
    for (int i = 0; i < services.size(); i++) {
      ServiceProvision service = services.get(i);
      boolean planned = service.getStatus().orElse(null) == ServiceStatus.PLANNED;
      add(fields, "/services", i, "startDate", service.getStartDate(), planned);
      add(fields, "/services", i, "endDate", service.getEndDate(), planned);
    }
    List<SupportPlan> plans = trafficking.getSupportPlans();
    for (int i = 0; i < plans.size(); i++) {
      add(fields, "/supportPlans", i, "startDate", plans.get(i).getStartDate(), true);
      add(fields, "/supportPlans", i, "actualEndDate", plans.get(i).getActualEndDate(), false);
    }
    List<CaseComment> comments = trafficking.getComments();
    for (int i = 0; i < comments.size(); i++) {
      add(fields, "/comments", i, "time",
          comments.get(i).getTime().map(OffsetDateTime::toLocalDate), false);
    }
    Optional<Consent> consent = trafficking.getConsent();
    if (consent.isPresent()) {
      add(fields, "/consent/date", consent.get().getDate(), false);
      add(fields, "/consent/withdrawalDate", consent.get().getWithdrawalDate(), false);
    }
    Optional<MigrantProfile> profile = trafficking.getMigrantProfile();
    if (profile.isPresent()) {
      add(fields, "/migrantProfile/departureDate", profile.get().getDepartureDate(), false);
      add(fields, "/migrantProfile/returnDate", profile.get().getReturnDate(), false);
    }
    return fields;
  }

  /** Adds a recorded date of a property, if there is one. */
  private static void add(List<DatedField> fields, String property, Optional<LocalDate> date,
      boolean mayBeInFuture) {
    if (date.isPresent()) {
      fields.add(new DatedField(property, date.get(), mayBeInFuture));
    }
  }

  /** Adds a recorded date of a property of an element of a list, if there is one. */
  private static void add(List<DatedField> fields, String list, int index, String property,
      Optional<LocalDate> date, boolean mayBeInFuture) {
    if (date.isPresent()) {
      fields.add(new DatedField(list, index, property, date.get(), mayBeInFuture));
    }
  }

  /** Spells out the JSON Pointer of a property of an element of a list. */
  private static String at(String list, int index, String property) {
    return list + "/" + index + "/" + property;
  }

  private static void checkDatesNotInFuture(List<DatedField> dates, RuleViolations violations) {
    for (DatedField field : dates) {
      if (!field.mayBeInFuture && field.date.isAfter(violations.today())) {
        violations.report(Rule.DATE_IN_FUTURE, field.pointer(), field.date,
            Map.of("today", violations.today()));
      }
    }
  }

  private static void checkBirthdate(
      TraffickingCase trafficking, List<DatedField> dates, RuleViolations violations) {
    Optional<PartialDate> birthdate = trafficking.getPerson().getBirthdate();
    if (birthdate.isEmpty()) {
      return;
    }
    if (birthdate.get().isCertainlyAfter(violations.today())) {
      violations.report(Rule.BIRTHDATE_IN_FUTURE, "/person/birthdate");
      return;
    }
    DatedField earliest = null;
    for (DatedField field : dates) {
      if (birthdate.get().isCertainlyAfter(field.date)
          && (earliest == null || field.date.isBefore(earliest.date))) {
        earliest = field;
      }
    }
    if (earliest != null) {
      violations.report(Rule.BIRTHDATE_AFTER_EVENT, "/person/birthdate", null,
          Map.of("other", earliest.pointer()));
    }
  }

  private static void checkEndsAfterStarts(TraffickingCase trafficking, RuleViolations violations) {
    List<HistoricEvent> events = trafficking.getEvents();
    for (int i = 0; i < events.size(); i++) {
      checkOrder(events.get(i).getDate(), events.get(i).getEndDate(),
          "/events", i, "endDate", violations);
    }
    List<ServiceProvision> services = trafficking.getServices();
    for (int i = 0; i < services.size(); i++) {
      checkOrder(services.get(i).getStartDate(), services.get(i).getEndDate(),
          "/services", i, "endDate", violations);
    }
    List<SupportPlan> plans = trafficking.getSupportPlans();
    for (int i = 0; i < plans.size(); i++) {
      SupportPlan plan = plans.get(i);
      checkOrder(plan.getStartDate(), plan.getPlannedEndDate(),
          "/supportPlans", i, "plannedEndDate", violations);
      checkOrder(plan.getStartDate(), plan.getActualEndDate(),
          "/supportPlans", i, "actualEndDate", violations);
    }
    Optional<MigrantProfile> profile = trafficking.getMigrantProfile();
    if (profile.isPresent()) {
      checkOrder(profile.get().getDepartureDate(), profile.get().getReturnDate(),
          "/migrantProfile/returnDate", -1, null, violations);
    }
  }

  /**
   * Reports an end before its start; the end is a property, or a property of the element at
   * {@code index} (not negative) of a list.
   */
  private static void checkOrder(Optional<LocalDate> start, Optional<LocalDate> end,
      String property, int index, String elementProperty, RuleViolations violations) {
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      String pointer = index < 0 ? property : at(property, index, elementProperty);
      violations.report(Rule.END_BEFORE_START, pointer, end.get(), Map.of("start", start.get()));
    }
  }

  private static void checkVictim(
      TraffickingCase trafficking, VictimContext victim, RuleViolations violations) {
    Optional<LocalDate> firstEventDate = firstDate(trafficking, RECRUITMENT_OR_EXPLOITATION);
    Optional<PartialDate> birthdate = trafficking.getPerson().getBirthdate();
    if (victim.getAgeWhenTrafficked().isPresent() && birthdate.isPresent()
        && firstEventDate.isPresent()) {
      int age = victim.getAgeWhenTrafficked().get();
      PartialDate.AgeRange possible = birthdate.get().ageOn(firstEventDate.get());
      if (age >= 0 && !possible.contains(age)) {
        violations.report(Rule.AGE_INCONSISTENT, "/victim/ageWhenTrafficked", age,
            Map.of("expected", possible.toString()));
      }
    }
    Optional<TraffickingStatus> status = victim.getTraffickingStatus();
    boolean actual = status.filter(s -> s == TraffickingStatus.ACTUAL_VICTIM_OF_TRAFFICKING).isPresent();
    boolean decided = actual
        || status.filter(s -> s == TraffickingStatus.NOT_A_VICTIM_OF_TRAFFICKING).isPresent();
    if (actual && isCertainlyAdult(trafficking, victim) && victim.getMethodsOfControl().isEmpty()) {
      violations.report(Rule.ADULT_WITHOUT_CONTROL, "/victim/methodsOfControl");
    }
    if (actual && victim.getTypeOfExploitation().isEmpty()) {
      violations.report(Rule.ACTUAL_WITHOUT_EXPLOITATION, "/victim/typeOfExploitation");
    }
    if (decided && victim.getTraffickingStatusDecisionMakingOrg().isEmpty()) {
      violations.report(Rule.DECISION_WITHOUT_ORGANISATION,
          "/victim/traffickingStatusDecisionMakingOrg", status.get().getCode());
    }
    if (decided && victim.getTraffickingStatusDecisionDate().isEmpty()) {
      violations.report(Rule.DECISION_WITHOUT_DATE, "/victim/traffickingStatusDecisionDate",
          status.get().getCode());
    }
  }

  /**
   * Checks whether the person was certainly 18 or over at the first exploitation event, or at
   * registration when there is none; an unknown age is not certainly adult.
   */
  private static boolean isCertainlyAdult(TraffickingCase trafficking, VictimContext victim) {
    Optional<LocalDate> reference = firstDate(trafficking, EXPLOITATION)
        .or(trafficking::getRegistrationDate);
    Optional<PartialDate> birthdate = trafficking.getPerson().getBirthdate();
    if (birthdate.isPresent() && reference.isPresent()) {
      return birthdate.get().ageOn(reference.get()).getYoungest() >= CHILD_AGE_LIMIT;
    }
    return victim.getAgeWhenTrafficked().filter(age -> age >= CHILD_AGE_LIMIT).isPresent();
  }

  private static Optional<LocalDate> firstDate(
      TraffickingCase trafficking, Set<HistoricEventType> types) {
    LocalDate first = null;
    for (HistoricEvent event : trafficking.getEvents()) {
      LocalDate date = event.getDate().orElse(null);
      if (date != null && (first == null || date.isBefore(first))
          && types.contains(event.getType())) {
        first = date;
      }
    }
    return Optional.ofNullable(first);
  }

  private static void checkClosure(TraffickingCase trafficking, RuleViolations violations) {
    CaseStatus status = trafficking.getStatus();
    boolean closed = status == CaseStatus.CLOSED || status == CaseStatus.CLOSED_REFERRED;
    if (closed && trafficking.getReasonForCaseClosure().filter(r -> !r.isBlank()).isEmpty()) {
      violations.report(Rule.CLOSED_WITHOUT_REASON, "/reasonForCaseClosure", status.getCode());
    }
    if (status == CaseStatus.CLOSED_REFERRED
        && trafficking.getReferrals().stream().noneMatch(CaseRulesValidator::isOutgoing)) {
      violations.report(Rule.CLOSED_REFERRED_WITHOUT_REFERRAL, "/referrals", status.getCode());
    }
  }

  private static boolean isOutgoing(Referral referral) {
    return referral.getDirection() == ReferralDirection.OUTGOING;
  }

  private static void checkReferrals(TraffickingCase trafficking, RuleViolations violations) {
    boolean covered = trafficking.getConsent()
        .filter(consent -> consent.covers(ConsentScope.REFERRAL)).isPresent();
    List<Referral> referrals = trafficking.getReferrals();
    for (int i = 0; i < referrals.size(); i++) {
      Referral referral = referrals.get(i);
      boolean rejected = referral.getStatus().orElse(null) == ReferralStatus.REJECTED;
      if (rejected && referral.getRejectionReason().filter(r -> !r.isBlank()).isEmpty()) {
        violations.report(Rule.REFERRAL_REJECTED_WITHOUT_REASON,
            at("/referrals", i, "rejectionReason"));
      }
      if (isOutgoing(referral) && !covered) {
        violations.report(Rule.CONSENT_MISSING_FOR_REFERRAL, "/referrals/" + i);
      }
    }
  }

  private static void checkConsent(Consent consent, RuleViolations violations) {
    if (consent.getDate().isPresent() && consent.getWithdrawalDate().isPresent()
        && consent.getWithdrawalDate().get().isBefore(consent.getDate().get())) {
      violations.report(Rule.CONSENT_WITHDRAWN_BEFORE_GIVEN, "/consent/withdrawalDate",
          consent.getWithdrawalDate().get(), Map.of("given", consent.getDate().get()));
    }
  }

  private static void checkEntitlements(TraffickingCase trafficking, RuleViolations violations) {
    Optional<TraffickingStatus> status =
        trafficking.getVictim().flatMap(VictimContext::getTraffickingStatus);
    if (status.isEmpty()) {
      return;
    }
    Optional<BeneficiaryGroup> group = beneficiaryGroup(trafficking, status.get());
    boolean notAVictim = status.get() == TraffickingStatus.NOT_A_VICTIM_OF_TRAFFICKING;
    if (group.isEmpty() && !notAVictim) {
      return;
    }
    List<ServiceProvision> services = trafficking.getServices();
    for (int i = 0; i < services.size(); i++) {
      SupportService service = services.get(i).getService();
      boolean regime = service.getArticle37Point().isPresent();
      if (regime && (group.isEmpty() || !Article37.allows(group.get(), service))) {
        violations.report(Rule.SERVICE_NOT_ENTITLED, at("/services", i, "service"),
            service.getCode(),
            Map.of("group", group.isPresent() ? group.get().getCode() : status.get().getCode()));
      }
    }
  }

  /**
   * Returns the group of Art. 37 of Law 53/2024/QH15 the person belongs to: confirmed victims by
   * citizenship, people undergoing identification by whether they are still abroad.
   */
  private static Optional<BeneficiaryGroup> beneficiaryGroup(
      TraffickingCase trafficking, TraffickingStatus status) {
    Optional<MigrantProfile> profile = trafficking.getMigrantProfile();
    switch (status) {
      case ACTUAL_VICTIM_OF_TRAFFICKING:
        boolean stateless = profile.flatMap(MigrantProfile::getProtectionStatus)
            .filter(p -> p == ProtectionStatus.STATELESS_PERSON).isPresent();
        List<Country> citizenship = trafficking.getPerson().getCitizenship();
        if (stateless || citizenship.contains(VIET_NAM)) {
          return Optional.of(BeneficiaryGroup.VIETNAMESE_OR_STATELESS_VICTIM);
        }
        return citizenship.isEmpty()
            ? Optional.empty()
            : Optional.of(BeneficiaryGroup.FOREIGN_VICTIM_IN_VIETNAM);
      case POSSIBLE_VICTIM_OF_TRAFFICKING:
        boolean abroad = profile.filter(p -> p.getDepartureDate().isPresent()
            && p.getReturnDate().isEmpty()).isPresent();
        return Optional.of(abroad
            ? BeneficiaryGroup.UNDER_IDENTIFICATION_ABROAD
            : BeneficiaryGroup.UNDER_IDENTIFICATION_IN_VIETNAM);
      default:
        return Optional.empty();
    }
  }

  private static void checkAgencies(TraffickingCase trafficking, RuleViolations violations) {
    LocalDate recordDate = trafficking.getRegistrationDate().orElse(violations.today());
    List<Referral> referrals = trafficking.getReferrals();
    for (int i = 0; i < referrals.size(); i++) {
      Referral referral = referrals.get(i);
      checkAgency(referral.getOrganisationId(), "/referrals", i, "organisationId",
          referral.getDate().orElse(recordDate), violations);
    }
    List<ServiceProvision> services = trafficking.getServices();
    for (int i = 0; i < services.size(); i++) {
      ServiceProvision service = services.get(i);
      checkAgency(service.getProviderId(), "/services", i, "providerId",
          service.getStartDate().orElse(recordDate), violations);
    }
    trafficking.getMigrantProfile()
        .flatMap(MigrantProfile::getLabourMigration)
        .flatMap(labour -> labour.getRecruitmentAgencyId())
        .ifPresent(id -> AgencyReferences.check(violations,
            () -> "/migrantProfile/labourMigration/recruitmentAgencyId", id,
            trafficking.getMigrantProfile().flatMap(MigrantProfile::getDepartureDate)
                .orElse(recordDate), AgencyFunction.OVERSEAS_LABOUR));
  }

  /** Checks the victim-support agency id, if any, of an element of a list of the case. */
  private static void checkAgency(Optional<String> agencyId, String list, int index,
      String property, LocalDate date, RuleViolations violations) {
    if (agencyId.isPresent()) {
      AgencyReferences.check(violations, () -> at(list, index, property), agencyId.get(), date,
          VICTIM_SUPPORT);
    }
  }
}
