package org.dicu.core.internal;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dicu.core.validation.Rule;
import org.dicu.core.validation.ValidationSettings;

/**
 * A constraint validator context that collects the rules a validator reports through
 * {@link RuleViolations}, instead of building violations. Any other use of the context is
 * unsupported.
 */
public final class RuleProbe implements ConstraintValidatorContext {

  private final ValidationSettings settings;
  private final List<Report> reports = new ArrayList<>();

  /**
   * Creates a probe.
   *
   * @param settings  the directory and date the rules use, not null
   */
  public RuleProbe(ValidationSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** Returns the directory and date the rules use. */
  ValidationSettings settings() {
    return settings;
  }

  /** Notes a broken rule, as {@link RuleViolations#report(Rule, String, Object, Map)} got it. */
  void add(Rule rule, String pointer, Object value, Map<String, Object> parameters) {
    reports.add(new Report(rule, pointer, value, parameters));
  }

  /**
   * Returns the broken rules noted so far, in the order reported.
   *
   * @return the reports, not null
   */
  public List<Report> getReports() {
    return Collections.unmodifiableList(reports);
  }

  /** A broken rule: the rule, the JSON Pointer, the offending value and the message parameters. */
  public static final class Report {
    private final Rule rule;
    private final String pointer;
    private final Object value;
    private final Map<String, Object> parameters;

    Report(Rule rule, String pointer, Object value, Map<String, Object> parameters) {
      this.rule = rule;
      this.pointer = pointer;
      this.value = value;
      this.parameters = Map.copyOf(parameters);
    }

    /** Returns the broken rule. */
    public Rule getRule() {
      return rule;
    }

    /** Returns the JSON Pointer of the offending property, "" for the whole record. */
    public String getPointer() {
      return pointer;
    }

    /** Returns the offending value, never personal data, or null. */
    public Object getValue() {
      return value;
    }

    /** Returns the parameters of the rule's message. */
    public Map<String, Object> getParameters() {
      return parameters;
    }
  }

  @Override
  public void disableDefaultConstraintViolation() {
    throw unsupported();
  }

  @Override
  public String getDefaultConstraintMessageTemplate() {
    throw unsupported();
  }

  @Override
  public ClockProvider getClockProvider() {
    Clock clock = Clock.fixed(settings.getToday().atStartOfDay(ZoneOffset.UTC).toInstant(),
        ZoneOffset.UTC);
    return () -> clock;
  }

  @Override
  public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
    throw unsupported();
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    throw unsupported();
  }

  private static UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException("a rule probe only tells whether a value is valid");
  }
}
