package org.dicu.core.internal;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Objects;
import org.dicu.core.validation.ValidationSettings;

/**
 * A constraint validator context that only lets a validator answer whether a value is valid:
 * {@link RuleViolations} built on it note a broken rule without building a violation. Any other
 * use of the context is unsupported.
 */
public final class RuleProbe implements ConstraintValidatorContext {

  private final ValidationSettings settings;

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
