package org.dicu.core.gcm;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Map;
import org.dicu.core.agency.AgencyFunction;
import org.dicu.core.internal.AgencyReferences;
import org.dicu.core.internal.RuleViolations;
import org.dicu.core.validation.Rule;

/** Checks {@link ActivityRules}: the dates of a GCM activity in order, and its agencies known. */
public final class ActivityRulesValidator
    implements ConstraintValidator<ActivityRules, GcmActivity> {

  /** Creates the validator; Bean Validation calls this. */
  public ActivityRulesValidator() {}

  @Override
  public boolean isValid(GcmActivity activity, ConstraintValidatorContext context) {
    if (activity == null) {
      return true;
    }
    RuleViolations violations = new RuleViolations(context);
    if (activity.getStartDate().isPresent() && activity.getEndDate().isPresent()
        && activity.getEndDate().get().isBefore(activity.getStartDate().get())) {
      violations.report(Rule.END_BEFORE_START, "/endDate", activity.getEndDate().get(),
          Map.of("start", activity.getStartDate().get()));
    }
    LocalDate date = activity.getStartDate().orElse(violations.today());
    activity.getLeadAgencyId()
        .ifPresent(id -> AgencyReferences.check(violations, () -> "/leadAgencyId", id, date,
            AgencyFunction.GCM_COORDINATION));
    for (int i = 0; i < activity.getPartnerAgencyIds().size(); i++) {
      String pointer = "/partnerAgencyIds/" + i;
      AgencyReferences.check(violations, () -> pointer, activity.getPartnerAgencyIds().get(i),
          date, null);
    }
    return violations.isValid();
  }
}
