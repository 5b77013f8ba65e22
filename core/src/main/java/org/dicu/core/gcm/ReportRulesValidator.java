package org.dicu.core.gcm;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.dicu.core.agency.AgencyFunction;
import org.dicu.core.internal.AgencyReferences;
import org.dicu.core.internal.RuleViolations;
import org.dicu.core.validation.Rule;

/** Checks {@link ReportRules}: the period of a GCM progress report in order, its agency known. */
public final class ReportRulesValidator
    implements ConstraintValidator<ReportRules, GcmProgressReport> {

  /** Creates the validator; Bean Validation calls this. */
  public ReportRulesValidator() {}

  @Override
  public boolean isValid(GcmProgressReport report, ConstraintValidatorContext context) {
    if (report == null) {
      return true;
    }
    RuleViolations violations = new RuleViolations(context);
    if (report.getPeriodEnd().isBefore(report.getPeriodStart())) {
      violations.report(Rule.END_BEFORE_START, "/periodEnd", report.getPeriodEnd(),
          Map.of("start", report.getPeriodStart()));
    }
    report.getPreparedById().ifPresent(
        id -> AgencyReferences.check(violations, () -> "/preparedById", id, report.getPeriodEnd(),
            AgencyFunction.GCM_COORDINATION));
    return violations.isValid();
  }
}
