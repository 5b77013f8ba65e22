package org.dicu.core.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.time.LocalDate;
import java.util.Map;
import org.dicu.core.agency.AgencyDirectory;
import org.dicu.core.validation.Rule;
import org.dicu.core.validation.ValidationSettings;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Reports broken domain rules from class-level constraint validators: one violation per issue, on
 * the offending property (given as a JSON Pointer), with the rule's message template, message
 * parameters and the non-personal offending value as dynamic payload. On a {@link RuleProbe} it
 * hands the broken rules to the probe instead.
 */
public final class RuleViolations {

  private final RuleProbe probe;
  private final ConstraintValidatorContext context;
  private final HibernateConstraintValidatorContext hibernateContext;
  private final ValidationSettings settings;
  private boolean valid = true;

  /**
   * Starts reporting into a validator context.
   *
   * @param context  the context of the running constraint validator, not null
   */
  public RuleViolations(ConstraintValidatorContext context) {
    if (context instanceof RuleProbe) {
      this.probe = (RuleProbe) context;
      this.context = null;
      this.hibernateContext = null;
      this.settings = probe.settings();
      return;
    }
    this.probe = null;
    this.context = context;
    this.hibernateContext = context.unwrap(HibernateConstraintValidatorContext.class);
    ValidationSettings payload =
        hibernateContext.getConstraintValidatorPayload(ValidationSettings.class);
    this.settings =
        payload != null
            ? payload
            : ValidationSettings.of(
                AgencyDirectory.builtIn(),
                LocalDate.now(context.getClockProvider().getClock()));
    context.disableDefaultConstraintViolation();
  }

  /** Returns the directory and date the rules use. */
  public ValidationSettings settings() {
    return settings;
  }

  /** Returns the date that counts as today. */
  public LocalDate today() {
    return settings.getToday();
  }

  /** Returns whether nothing was reported. */
  public boolean isValid() {
    return valid;
  }

  /** Reports a broken rule at a location, without a value. */
  public void report(Rule rule, String pointer) {
    report(rule, pointer, null, Map.of());
  }

  /** Reports a broken rule at a location with the offending value, which must not be personal. */
  public void report(Rule rule, String pointer, Object value) {
    report(rule, pointer, value, Map.of());
  }

  /**
   * Reports a broken rule.
   *
   * @param rule  the rule, not null
   * @param pointer  the JSON Pointer of the offending property, "" for the whole record
   * @param value  the offending value, never personal data, may be null
   * @param parameters  message parameters, never personal data, not null
   */
  public void report(Rule rule, String pointer, Object value, Map<String, Object> parameters) {
    valid = false;
    if (probe != null) {
      probe.add(rule, pointer, value, parameters);
      return;
    }
    parameters.forEach(hibernateContext::addMessageParameter);
    hibernateContext.withDynamicPayload(value == null ? null : new RuleDetail(String.valueOf(value)));
    ConstraintViolationBuilder builder =
        context.buildConstraintViolationWithTemplate("{" + rule.getMessageKey() + "}");
    addPath(builder, pointer);
  }

  /** The dynamic payload of a rule violation: the offending value as text. */
  public static final class RuleDetail {
    private final String value;

    RuleDetail(String value) {
      this.value = value;
    }

    /** Returns the offending value as text. */
    public String getValue() {
      return value;
    }
  }

  private static void addPath(ConstraintViolationBuilder builder, String pointer) {
    if (pointer.isEmpty()) {
      builder.addConstraintViolation();
      return;
    }
    String[] segments = pointer.substring(1).split("/");
    NodeBuilderCustomizableContext open = builder.addPropertyNode(segments[0]);
    NodeBuilderDefinedContext indexed = null;
    Integer index = null;
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      if (isIndex(segment)) {
        index = Integer.valueOf(segment);
        continue;
      }
      NodeBuilderCustomizableContext next =
          indexed != null ? indexed.addPropertyNode(segment) : open.addPropertyNode(segment);
      if (index != null) {
        indexed = next.inIterable().atIndex(index);
        open = null;
        index = null;
      } else {
        open = next;
        indexed = null;
      }
    }
    if (index != null) {
      (indexed != null ? indexed.addBeanNode() : open.addBeanNode())
          .inIterable()
          .atIndex(index)
          .addConstraintViolation();
    } else if (indexed != null) {
      indexed.addConstraintViolation();
    } else {
      open.addConstraintViolation();
    }
  }

  private static boolean isIndex(String segment) {
    return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
  }
}
