package org.dicu.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dicu.core.agency.AgencyDirectory;
import org.dicu.core.code.Coded;
import org.dicu.core.internal.RuleProbe;
import org.dicu.core.internal.RuleViolations.RuleDetail;
import org.dicu.core.privacy.PersonalProperties;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates dicu records and returns a report of located issues in English or Vietnamese.
 *
 * <pre>{@code
 * DicuValidator validator = DicuValidator.builder().locale(Locale.forLanguageTag("vi")).build();
 * ValidationReport report = validator.validate(trafficking);
 * report.getIssues().forEach(issue -> System.out.println(issue.getLocation() + " " + issue.getMessage()));
 * }</pre>
 *
 * <p>Validating never throws on bad data: every broken rule becomes an {@link Issue} with its rule
 * code, severity, JSON Pointer and message, and personal data never appears in a value or message.
 * Hibernate Validator runs without Expression Language: messages are interpolated from parameters
 * only. A quick pass planned from Hibernate Validator's metadata checks every value first and
 * collects the domain rules it breaks, so that the full validation runs only for values whose
 * properties break a constraint. This class is immutable and thread-safe.
 */
public final class DicuValidator {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final ValidationReport NO_ISSUES = ValidationReport.of(List.of());
  private static final Comparator<Issue> BY_LOCATION_AND_CODE =
      Comparator.comparing(Issue::getLocation).thenComparing(Issue::getCode);
  /** How many messages of broken rules a validator keeps, to not interpolate them again. */
  private static final int MAX_KEPT_MESSAGES = 512;

  private final Validator validator;
  private final Class<?>[] groups;
  private final Locale locale;
  private final MessageInterpolator interpolator;
  private final QuickCheck quickCheck;
  /** Messages of the rules the quick pass found, by constraint, rule and message parameters. */
  private final Map<MessageKey, String> messages = new ConcurrentHashMap<>();

  private DicuValidator(Builder builder) {
    this.locale = builder.locale;
    LocalDate today = builder.today != null ? builder.today : LocalDate.now(builder.clock);
    AgencyDirectory directory =
        builder.directory != null ? builder.directory : AgencyDirectory.builtIn();
    Clock clock = Clock.fixed(today.atStartOfDay(builder.clock.getZone()).toInstant(),
        builder.clock.getZone());
    ValidationSettings settings = ValidationSettings.of(directory, today);
    this.interpolator = new FixedLocaleInterpolator(Factory.INTERPOLATOR, locale);
    this.validator = Factory.INSTANCE.unwrap(HibernateValidatorFactory.class)
        .usingContext()
        .constraintValidatorPayload(settings)
        .clockProvider(() -> clock)
        .messageInterpolator(interpolator)
        .getValidator();
    this.groups = builder.profile == ValidationProfile.COMPLETE
        ? new Class<?>[] {Default.class, Completeness.class}
        : new Class<?>[] {Default.class};
    this.quickCheck = new QuickCheck(validator, groups, settings,
        Factory.INSTANCE.getConstraintValidatorFactory());
  }

  /** Holds the one validator factory of the process, built when first needed. */
  private static final class Factory {
    static final MessageInterpolator INTERPOLATOR = new ParameterMessageInterpolator();
    static final ValidatorFactory INSTANCE = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(INTERPOLATOR)
        .buildValidatorFactory();
  }

  /**
   * Obtains a validator with the defaults: English messages, the built-in agency directory, today's
   * date from the system clock, and the default profile.
   *
   * @return the validator, not null
   */
  public static DicuValidator create() {
    return builder().build();
  }

  /**
   * Obtains a builder to choose the language, directory, date and profile.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the locale of the messages: Vietnamese for {@code vi}, English otherwise.
   *
   * @return the locale, not null
   */
  public Locale getLocale() {
    return locale;
  }

  /**
   * Validates a record or any value of the model.
   *
   * @param record  the record, not null
   * @return the report, not null; never throws for bad data
   * @throws NullPointerException if the record is null
   */
  public ValidationReport validate(Object record) {
    Objects.requireNonNull(record, "record");
    List<QuickCheck.Finding> findings = quickCheck.check(record);
    if (findings == null) {
      return validateFully(record);
    }
    if (findings.isEmpty()) {
      return NO_ISSUES;
    }
    List<Issue> issues = new ArrayList<>(findings.size());
    for (QuickCheck.Finding finding : findings) {
      issues.add(toIssue(finding, record));
    }
    return sorted(issues);
  }

  /**
   * Validates a value with Hibernate Validator alone, without the quick pass;
   * {@link #validate} must give the same report.
   */
  ValidationReport validateFully(Object record) {
    Set<ConstraintViolation<Object>> violations = validator.validate(record, groups);
    List<Issue> issues = new ArrayList<>(violations.size());
    for (ConstraintViolation<Object> violation : violations) {
      issues.add(toIssue(violation));
    }
    return sorted(issues);
  }

  private static ValidationReport sorted(List<Issue> issues) {
    issues.sort(BY_LOCATION_AND_CODE);
    return ValidationReport.of(issues);
  }

  /** The issue of a broken rule that the quick pass collected, as Hibernate Validator gives it. */
  private Issue toIssue(QuickCheck.Finding finding, Object record) {
    RuleProbe.Report report = finding.report;
    Rule rule = report.getRule();
    MessageKey key = new MessageKey(finding.constraint, rule, report.getParameters());
    String message = messages.get(key);
    if (message == null) {
      message = interpolator.interpolate("{" + rule.getMessageKey() + "}",
          new RuleMessageContext(finding.constraint, record, report.getParameters()));
      if (messages.size() < MAX_KEPT_MESSAGES) {
        messages.put(key, message);
      }
    }
    return Issue.builder()
        .severity(rule.getSeverity())
        .code(rule.getCode())
        .location(report.getPointer())
        .value(Optional.ofNullable(report.getValue()).map(String::valueOf))
        .message(message)
        .build();
  }

  private static Issue toIssue(ConstraintViolation<Object> violation) {
    String template = violation.getMessageTemplate();
    String code = template.startsWith("{dicu.") && template.endsWith("}")
        ? template.substring(6, template.length() - 1)
        : "constraint." + violation.getConstraintDescriptor().getAnnotation().annotationType()
            .getSimpleName();
    Severity severity = Rule.ofCode(code).map(Rule::getSeverity).orElse(Severity.ERROR);
    return Issue.builder()
        .severity(severity)
        .code(code)
        .location(pointer(violation.getPropertyPath()))
        .value(value(violation))
        .message(violation.getMessage())
        .build();
  }

  private static String pointer(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        pointer.append('/').append(node.getIndex());
      }
      String name = node.getName();
      if (node.getKind() == ElementKind.PROPERTY && name != null) {
        pointer.append('/').append(name.replace("~", "~0").replace("/", "~1"));
      }
    }
    return pointer.toString();
  }

  private static Optional<String> value(ConstraintViolation<Object> violation) {
    HibernateConstraintViolation<?> hibernateViolation =
        violation.unwrap(HibernateConstraintViolation.class);
    RuleDetail detail = hibernateViolation.getDynamicPayload(RuleDetail.class);
    if (detail != null) {
      return Optional.of(detail.getValue());
    }
    Object value = violation.getInvalidValue();
    boolean scalar = value instanceof Number || value instanceof Boolean
        || value instanceof Temporal || value instanceof Coded || value instanceof String;
    if (!scalar || PersonalProperties.isPersonal(violation.getLeafBean(), lastProperty(violation))) {
      return Optional.empty();
    }
    return Optional.of(value instanceof Coded ? ((Coded) value).getCode() : String.valueOf(value));
  }

  private static String lastProperty(ConstraintViolation<Object> violation) {
    String name = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.PROPERTY) {
        name = node.getName();
      }
    }
    return name;
  }

  /**
   * What the message of a broken rule depends on: its constraint, its rule and the parameters;
   * the record is not part of it, as the messages have no expressions.
   */
  private static final class MessageKey {
    private final ConstraintDescriptor<?> constraint;
    private final Rule rule;
    private final Map<String, Object> parameters;

    MessageKey(ConstraintDescriptor<?> constraint, Rule rule, Map<String, Object> parameters) {
      this.constraint = constraint;
      this.rule = rule;
      this.parameters = parameters;
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof MessageKey)) {
        return false;
      }
      MessageKey key = (MessageKey) other;
      return constraint == key.constraint && rule == key.rule && parameters.equals(key.parameters);
    }

    @Override
    public int hashCode() {
      return (System.identityHashCode(constraint) * 31 + rule.hashCode()) * 31
          + parameters.hashCode();
    }
  }

  /** What the interpolator knows of a broken rule's message: its constraint and parameters. */
  private static final class RuleMessageContext implements HibernateMessageInterpolatorContext {
    private final ConstraintDescriptor<?> constraint;
    private final Object record;
    private final Map<String, Object> parameters;

    RuleMessageContext(ConstraintDescriptor<?> constraint, Object record,
        Map<String, Object> parameters) {
      this.constraint = constraint;
      this.record = record;
      this.parameters = parameters;
    }

    @Override
    public ConstraintDescriptor<?> getConstraintDescriptor() {
      return constraint;
    }

    @Override
    public Object getValidatedValue() {
      return record;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      if (type.isInstance(this)) {
        return type.cast(this);
      }
      throw new ValidationException("cannot unwrap to " + type.getName());
    }

    @Override
    public Class<?> getRootBeanType() {
      return record.getClass();
    }

    @Override
    public Map<String, Object> getMessageParameters() {
      return parameters;
    }

    @Override
    public Map<String, Object> getExpressionVariables() {
      return Map.of();
    }

    @Override
    public Path getPropertyPath() {
      throw new UnsupportedOperationException("the path of a rule is its JSON Pointer");
    }

    @Override
    public ExpressionLanguageFeatureLevel getExpressionLanguageFeatureLevel() {
      return ExpressionLanguageFeatureLevel.NONE;
    }
  }

  /** Interpolates messages in one locale, whatever the caller's default locale. */
  private static final class FixedLocaleInterpolator implements MessageInterpolator {
    private final MessageInterpolator delegate;
    private final Locale locale;

    FixedLocaleInterpolator(MessageInterpolator delegate, Locale locale) {
      this.delegate = delegate;
      this.locale = locale;
    }

    @Override
    public String interpolate(String template, Context context) {
      return delegate.interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale requested) {
      return delegate.interpolate(template, context, locale);
    }
  }

  /** A builder of validators. */
  public static final class Builder {
    private Locale locale = Locale.ENGLISH;
    private AgencyDirectory directory;
    private LocalDate today;
    private Clock clock = Clock.systemDefaultZone();
    private ValidationProfile profile = ValidationProfile.DEFAULT;

    private Builder() {}

    /**
     * Sets the language of the messages: Vietnamese for {@code vi}, English otherwise.
     *
     * @param locale  the locale, not null
     * @return this builder
     */
    public Builder locale(Locale locale) {
      Objects.requireNonNull(locale, "locale");
      this.locale = VIETNAMESE.getLanguage().equals(locale.getLanguage()) ? VIETNAMESE : Locale.ENGLISH;
      return this;
    }

    /**
     * Sets the agency directory that agency ids are checked against; the built-in one by default.
     *
     * @param directory  the directory, not null
     * @return this builder
     */
    public Builder directory(AgencyDirectory directory) {
      this.directory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Sets the date that counts as today; by default the date of the clock.
     *
     * @param today  the date, not null
     * @return this builder
     */
    public Builder today(LocalDate today) {
      this.today = Objects.requireNonNull(today, "today");
      return this;
    }

    /**
     * Sets the clock that tells today's date; the system clock by default.
     *
     * @param clock  the clock, not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets which rules apply; {@link ValidationProfile#DEFAULT} by default.
     *
     * @param profile  the profile, not null
     * @return this builder
     */
    public Builder profile(ValidationProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator, not null
     */
    public DicuValidator build() {
      return new DicuValidator(this);
    }
  }
}
