package org.dicu.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.GroupSequence;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.CascadableDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.ElementDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.dicu.core.internal.IdSyntax;
import org.dicu.core.internal.RuleProbe;
import org.dicu.core.record.ExchangeRecord;
import org.hibernate.validator.group.GroupSequenceProvider;

/**
 * A quick pass over a value that proves it breaks no property constraint and collects the domain
 * rules its class-level constraint validators report, so that Hibernate Validator has to run only
 * on the values whose properties break a constraint.
 *
 * <p>The pass is planned, once per class, from Hibernate Validator's own metadata of that class,
 * and errs only on the side of caution: it gives an answer only when Hibernate Validator would
 * report exactly the rules collected. It evaluates the common built-in constraints itself
 * (exactly, or more strictly at the edges), runs custom constraint validators with a
 * {@link RuleProbe}, hands any other constraint of a property to {@link Validator#validateValue},
 * and gives no answer for anything it cannot plan, or for a rule broken below the top value.
 */
final class QuickCheck {

  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
  private static final MethodType GETTER_FACTORY = MethodType.methodType(Function.class);
  /**
   * The getters of each class met so far, by property, shared by every validator: a lambda is a
   * class of its own, too dear to make again for each reader that builds a validator.
   */
  private static final ClassValue<Map<String, Optional<Function<Object, Object>>>> GETTERS =
      new ClassValue<>() {
        @Override
        protected Map<String, Optional<Function<Object, Object>>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  private final Validator validator;
  private final Class<?>[] groups;
  private final ValidationSettings settings;
  private final ConstraintValidatorFactory validators;
  /** The plan of each class met so far; {@link BeanPlan#UNPLANNABLE} when it has none. */
  private final ClassValue<BeanPlan> plans = new ClassValue<>() {
    @Override
    protected BeanPlan computeValue(Class<?> type) {
      return plan(type);
    }
  };

  QuickCheck(Validator validator, Class<?>[] groups, ValidationSettings settings,
      ConstraintValidatorFactory validators) {
    this.validator = validator;
    this.groups = groups.clone();
    this.settings = settings;
    this.validators = validators;
  }

  /**
   * Checks a value.
   *
   * @param value  the value, not null
   * @return the rules broken by the value itself, which are all Hibernate Validator would report
   *     (empty when the value is valid); null when only Hibernate Validator can tell
   */
  List<Finding> check(Object value) {
    try {
      RuleProbe probe = new RuleProbe(settings);
      List<Finding> findings = new ArrayList<>();
      return isBeanValid(value, probe, findings) ? findings : null;
    } catch (RuntimeException e) {
      // a validator that fails here fails the same way under Hibernate Validator, which reports it
      return null;
    }
  }

  /** A broken rule and the class-level constraint whose validator reported it. */
  static final class Finding {
    final ConstraintDescriptor<?> constraint;
    final RuleProbe.Report report;

    Finding(ConstraintDescriptor<?> constraint, RuleProbe.Report report) {
      this.constraint = constraint;
      this.report = report;
    }
  }

  /**
   * Checks a bean; its broken rules go to the findings when it is the top value (findings not
   * null), and make the answer uncertain below it.
   */
  private boolean isBeanValid(Object bean, RuleProbe probe, List<Finding> findings) {
    BeanPlan plan = plans.get(bean.getClass());
    if (plan == BeanPlan.UNPLANNABLE) {
      return false;
    }
    for (RulePlan rule : plan.rules) {
      int before = probe.getReports().size();
      boolean valid = rule.test.passes(bean, probe);
      List<RuleProbe.Report> reported = probe.getReports().subList(before, probe.getReports().size());
      // a rule broken without a report, or below the top value, is for Hibernate Validator
      if (reported.isEmpty() ? !valid : findings == null) {
        return false;
      }
      for (RuleProbe.Report report : reported) {
        findings.add(new Finding(rule.constraint, report));
      }
    }
    for (PropertyPlan property : plan.properties) {
      if (!isPropertyValid(bean, property, probe)) {
        return false;
      }
    }
    return true;
  }

  private boolean isPropertyValid(Object bean, PropertyPlan property, RuleProbe probe) {
    Object value = property.getter.apply(bean);
    if (property.delegated) {
      @SuppressWarnings("unchecked")
      Class<Object> type = (Class<Object>) bean.getClass();
      if (!validator.validateValue(type, property.name, value, groups).isEmpty()) {
        return false;
      }
    } else {
      if (!passesAll(property.tests, value, probe)) {
        return false;
      }
      if (property.elementTests.length > 0
          && !areElementsValid(value, property.shape, property.elementTests, probe)) {
        return false;
      }
    }
    return !property.cascaded
        || isCascadeValid(value, property.shape, property.elementShape, probe);
  }

  /**
   * Tests the elements of a container, whose shape its declared type tells when it is known; the
   * shape is found from the value only when it is not.
   */
  private static boolean areElementsValid(Object container, Shape shape, ValueTest[] tests,
      RuleProbe probe) {
    if (container == null) {
      return true;
    }
    switch (shape == Shape.OPTIONAL || shape == Shape.ITERABLE ? shape : Shape.ofValue(container)) {
      case OPTIONAL:
        Optional<?> optional = (Optional<?>) container;
        return optional.isEmpty() || passesAll(tests, optional.get(), probe);
      case ITERABLE:
        for (Object element : (Iterable<?>) container) {
          if (!passesAll(tests, element, probe)) {
            return false;
          }
        }
        return true;
      default:
        return false;
    }
  }

  private static boolean passesAll(ValueTest[] tests, Object value, RuleProbe probe) {
    for (ValueTest test : tests) {
      if (!test.passes(value, probe)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks a cascaded value, whose shape, and the shape of whose elements, its declared type
   * tells when it is known: testing the type of every value cost a tenth of validating a case.
   */
  private boolean isCascadeValid(Object value, Shape shape, Shape elementShape, RuleProbe probe) {
    if (value == null) {
      return true;
    }
    switch (shape == Shape.UNKNOWN ? Shape.ofValue(value) : shape) {
      case BEAN:
        return isBeanValid(value, probe, null);
      case OPTIONAL:
        Optional<?> optional = (Optional<?>) value;
        return optional.isEmpty()
            || isCascadeValid(optional.get(), elementShape, Shape.UNKNOWN, probe);
      case ITERABLE:
        for (Object element : (Iterable<?>) value) {
          if (!isCascadeValid(element, elementShape, Shape.UNKNOWN, probe)) {
            return false;
          }
        }
        return true;
      default:
        // a map or an array, which the pass does not walk into
        return false;
    }
  }

  /** Plans the checks of one class. */
  private BeanPlan plan(Class<?> type) {
    if (hasGroupSequence(type)) {
      return BeanPlan.UNPLANNABLE;
    }
    BeanDescriptor bean = validator.getConstraintsForClass(type);
    List<RulePlan> rules = new ArrayList<>();
    for (ConstraintDescriptor<?> constraint : constraintsOf(bean)) {
      ValueTest test = test(constraint);
      if (test == null) {
        return BeanPlan.UNPLANNABLE;
      }
      rules.add(new RulePlan(constraint, test));
    }
    List<PropertyPlan> properties = new ArrayList<>();
    for (PropertyDescriptor descriptor : bean.getConstrainedProperties()) {
      PropertyPlan property = plan(type, descriptor);
      if (property == null) {
        return BeanPlan.UNPLANNABLE;
      }
      properties.add(property);
    }
    return new BeanPlan(rules, properties);
  }

  /** Checks whether a class or a supertype redefines its default group, which is not planned. */
  private static boolean hasGroupSequence(Class<?> type) {
    if (type == null) {
      return false;
    }
    if (type.isAnnotationPresent(GroupSequence.class)
        || type.isAnnotationPresent(GroupSequenceProvider.class)
        || hasGroupSequence(type.getSuperclass())) {
      return true;
    }
    for (Class<?> implemented : type.getInterfaces()) {
      if (hasGroupSequence(implemented)) {
        return true;
      }
    }
    return false;
  }

  private PropertyPlan plan(Class<?> type, PropertyDescriptor descriptor) {
    Function<Object, Object> getter = getterOf(type, descriptor.getPropertyName());
    Method method = getterMethod(type, descriptor.getPropertyName());
    if (getter == null || method == null || !descriptor.getGroupConversions().isEmpty()) {
      return null;
    }
    boolean cascaded = descriptor.isCascaded();
    List<ValueTest> tests = new ArrayList<>();
    List<ValueTest> elementTests = new ArrayList<>();
    boolean delegated = !addTests(constraintsOf(descriptor), tests);
    for (ContainerElementTypeDescriptor element : descriptor.getConstrainedContainerElementTypes()) {
      Class<?> container = element.getContainerClass();
      boolean known = (container == Optional.class || Iterable.class.isAssignableFrom(container))
          && element.getTypeArgumentIndex() != null && element.getTypeArgumentIndex() == 0;
      if (!known || !element.getConstrainedContainerElementTypes().isEmpty()
          || !isPlainCascade(element)) {
        return null;
      }
      cascaded |= element.isCascaded();
      delegated |= !addTests(constraintsOf(element), elementTests);
    }
    Type declared = method.getGenericReturnType();
    Type element = declared instanceof ParameterizedType
        && ((ParameterizedType) declared).getActualTypeArguments().length == 1
        ? ((ParameterizedType) declared).getActualTypeArguments()[0]
        : null;
    return new PropertyPlan(descriptor.getPropertyName(), getter, tests, elementTests, cascaded,
        delegated, Shape.of(declared), element == null ? Shape.UNKNOWN : Shape.of(element));
  }

  private static boolean isPlainCascade(CascadableDescriptor descriptor) {
    return descriptor.getGroupConversions().isEmpty();
  }

  /** Adds a test per constraint; false when one of them is of a kind this check cannot test. */
  private boolean addTests(Set<ConstraintDescriptor<?>> constraints, List<ValueTest> tests) {
    for (ConstraintDescriptor<?> constraint : constraints) {
      ValueTest test = test(constraint);
      if (test == null) {
        return false;
      }
      tests.add(test);
    }
    return true;
  }

  private Set<ConstraintDescriptor<?>> constraintsOf(ElementDescriptor element) {
    return element.findConstraints().unorderedAndMatchingGroups(groups).getConstraintDescriptors();
  }

  /** A test of one constraint, or null when this check cannot test it. */
  private ValueTest test(ConstraintDescriptor<?> constraint) {
    if (!constraint.getComposingConstraints().isEmpty()) {
      return null;
    }
    Annotation annotation = constraint.getAnnotation();
    ValueTest builtIn = BuiltInTests.of(annotation);
    if (builtIn != null) {
      return builtIn;
    }
    List<? extends Class<? extends ConstraintValidator<?, ?>>> classes =
        constraint.getConstraintValidatorClasses();
    if (classes.size() != 1) {
      return null;
    }
    @SuppressWarnings("unchecked")
    ConstraintValidator<Annotation, Object> custom =
        (ConstraintValidator<Annotation, Object>) validators.getInstance(classes.get(0));
    custom.initialize(annotation);
    return custom::isValid;
  }

  /**
   * Finds the getter of a property, made once per class and property for all validators.
   *
   * @return the getter as a function of the bean; null if there is none this module can call
   */
  static Function<Object, Object> getterOf(Class<?> type, String property) {
    return GETTERS.get(type)
        .computeIfAbsent(property, name -> Optional.ofNullable(getter(type, name)))
        .orElse(null);
  }

  /** The public getter of a property as a function of the bean; null if there is none. */
  private static Function<Object, Object> getter(Class<?> type, String property) {
    Method method = getterMethod(type, property);
    try {
      return method == null ? null : asFunction(MethodHandles.publicLookup().unreflect(method));
    } catch (IllegalAccessException e) {
      return null;
    }
  }

  /** The public getter method of a property, in a public class; null if there is none. */
  private static Method getterMethod(Class<?> type, String property) {
    String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    for (String prefix : new String[] {"get", "is", "has"}) {
      try {
        Method method = type.getMethod(prefix + suffix);
        if (Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
          return method;
        }
      } catch (NoSuchMethodException e) {
        // try the next prefix
      }
    }
    return null;
  }

  /**
   * A getter as a lambda, which the JIT inlines like a direct call (a method handle held in a
   * field is not); null when this module cannot link to it, which leaves the class unplanned.
   */
  @SuppressWarnings("unchecked")
  private static Function<Object, Object> asFunction(MethodHandle getter) {
    try {
      return (Function<Object, Object>) LambdaMetafactory.metafactory(MethodHandles.lookup(),
          "apply", GETTER_FACTORY, GETTER, getter, getter.type().wrap()).getTarget().invokeExact();
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      return null;
    }
  }

  /** A test of one value: true when it certainly meets a constraint. */
  private interface ValueTest {
    boolean passes(Object value, RuleProbe probe);
  }

  /** A class-level constraint and its test. */
  private static final class RulePlan {
    final ConstraintDescriptor<?> constraint;
    final ValueTest test;

    RulePlan(ConstraintDescriptor<?> constraint, ValueTest test) {
      this.constraint = constraint;
      this.test = test;
    }
  }

  /** The checks of one class: its class-level rules and its constrained or cascaded properties. */
  private static final class BeanPlan {
    /** The plan of a class with something this check cannot evaluate. */
    static final BeanPlan UNPLANNABLE = new BeanPlan(List.of(), List.of());

    final RulePlan[] rules;
    final PropertyPlan[] properties;

    BeanPlan(List<RulePlan> rules, List<PropertyPlan> properties) {
      this.rules = rules.toArray(new RulePlan[0]);
      this.properties = properties.toArray(new PropertyPlan[0]);
    }
  }

  /** The checks of one property. */
  private static final class PropertyPlan {
    final String name;
    final Function<Object, Object> getter;
    final ValueTest[] tests;
    final ValueTest[] elementTests;
    final boolean cascaded;
    /** Whether Hibernate Validator checks the constraints of this property's value. */
    final boolean delegated;
    /** The shape of the property's declared type. */
    final Shape shape;
    /** The shape of the declared type of the elements, when the property is a container. */
    final Shape elementShape;

    PropertyPlan(String name, Function<Object, Object> getter, List<ValueTest> tests,
        List<ValueTest> elementTests, boolean cascaded, boolean delegated, Shape shape,
        Shape elementShape) {
      this.name = name;
      this.getter = getter;
      this.tests = tests.toArray(new ValueTest[0]);
      this.elementTests = elementTests.toArray(new ValueTest[0]);
      this.cascaded = cascaded;
      this.delegated = delegated;
      this.shape = shape;
      this.elementShape = elementShape;
    }
  }

  /** What a declared type tells of the values it holds, as Hibernate Validator reads it. */
  private enum Shape {
    /** An {@link Optional}. */
    OPTIONAL,
    /** An {@link Iterable} of the JDK, such as a list or set, whose elements are its parameter. */
    ITERABLE,
    /**
     * A bean: a type outside the JDK, which no JDK container implements, so that Hibernate
     * Validator never takes a value of it for a container.
     */
    BEAN,
    /** Any other type, whose values are tested one by one. */
    UNKNOWN;

    /** The shape of a value of any declared type; unknown for a map or an array. */
    static Shape ofValue(Object value) {
      if (value instanceof Optional) {
        return OPTIONAL;
      }
      if (value instanceof Iterable) {
        return ITERABLE;
      }
      return value instanceof Map || value.getClass().isArray() ? UNKNOWN : BEAN;
    }

    /** The shape of the values of a declared type. */
    static Shape of(Type type) {
      Type raw = type instanceof ParameterizedType ? ((ParameterizedType) type).getRawType() : type;
      if (!(raw instanceof Class)) {
        return UNKNOWN;
      }
      Class<?> declared = (Class<?>) raw;
      boolean fromJdk = declared.isPrimitive() || declared.isArray()
          || declared.getName().startsWith("java.") || declared.getName().startsWith("javax.");
      if (declared == Optional.class) {
        return OPTIONAL;
      }
      if (Map.class.isAssignableFrom(declared)) {
        return UNKNOWN;
      }
      if (Iterable.class.isAssignableFrom(declared)) {
        return fromJdk ? ITERABLE : UNKNOWN;
      }
      return fromJdk ? UNKNOWN : BEAN;
    }
  }

  /** Tests of the built-in constraints the model uses, exact or stricter at the edges. */
  private static final class BuiltInTests {

    private BuiltInTests() {}

    static ValueTest of(Annotation annotation) {
      // the attributes are read here, once: an annotation's methods look them up in a map
      if (annotation instanceof Size) {
        int min = ((Size) annotation).min();
        int max = ((Size) annotation).max();
        return (value, probe) -> isSizeWithin(value, min, max);
      }
      if (annotation instanceof Pattern) {
        Pattern pattern = (Pattern) annotation;
        if (pattern.regexp().equals(ExchangeRecord.ID_PATTERN) && pattern.flags().length == 0) {
          return (value, probe) -> value == null
              || value instanceof CharSequence && IdSyntax.isWellFormed((CharSequence) value);
        }
        int flags = 0;
        for (Pattern.Flag flag : pattern.flags()) {
          flags |= flag.getValue();
        }
        java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(pattern.regexp(), flags);
        return (value, probe) -> value == null
            || value instanceof CharSequence && compiled.matcher((CharSequence) value).matches();
      }
      if (annotation instanceof NotBlank) {
        return (value, probe) -> value instanceof CharSequence && !value.toString().isBlank()
            && !value.toString().trim().isEmpty();
      }
      if (annotation instanceof PositiveOrZero) {
        return boundTest(BigDecimal.ZERO, 1, true);
      }
      if (annotation instanceof Min) {
        return boundTest(BigDecimal.valueOf(((Min) annotation).value()), 1, true);
      }
      if (annotation instanceof Max) {
        return boundTest(BigDecimal.valueOf(((Max) annotation).value()), -1, true);
      }
      if (annotation instanceof DecimalMin) {
        DecimalMin min = (DecimalMin) annotation;
        return boundTest(new BigDecimal(min.value()), 1, min.inclusive());
      }
      if (annotation instanceof DecimalMax) {
        DecimalMax max = (DecimalMax) annotation;
        return boundTest(new BigDecimal(max.value()), -1, max.inclusive());
      }
      return null;
    }

    private static ValueTest boundTest(BigDecimal bound, int side, boolean inclusive) {
      double nearest = bound.doubleValue();
      return (value, probe) -> compare(value, bound, nearest, side, inclusive);
    }

    private static boolean isSizeWithin(Object value, int min, int max) {
      int size;
      if (value == null) {
        return true;
      } else if (value instanceof CharSequence) {
        size = ((CharSequence) value).length();
      } else if (value instanceof Collection) {
        size = ((Collection<?>) value).size();
      } else if (value instanceof Map) {
        size = ((Map<?, ?>) value).size();
      } else {
        return false;
      }
      return size >= min && size <= max;
    }

    /**
     * Checks a number against a bound: on the given side of it ({@code 1} above, {@code -1}
     * below) or, when inclusive and the number is exact, equal to it. Floating-point numbers are
     * held to the strict side, and their special values are never certain. {@code nearest} is
     * the double nearest to the bound.
     */
    private static boolean compare(Object value, BigDecimal bound, double nearest, int side,
        boolean inclusive) {
      if (value == null) {
        return true;
      }
      BigDecimal number;
      boolean exact = true;
      if (value instanceof Integer || value instanceof Long || value instanceof Short
          || value instanceof Byte) {
        number = BigDecimal.valueOf(((Number) value).longValue());
      } else if (value instanceof BigDecimal) {
        number = (BigDecimal) value;
      } else if (value instanceof BigInteger) {
        number = new BigDecimal((BigInteger) value);
      } else if (value instanceof Double || value instanceof Float) {
        double d = ((Number) value).doubleValue();
        if (!Double.isFinite(d)) {
          return false;
        }
        // the bound lies within one step of its nearest double: beyond that step the side is
        // certain without the exact (and slow) binary expansion of the number
        if (d > Math.nextUp(nearest) || d < Math.nextDown(nearest)) {
          return (d > nearest ? 1 : -1) == side;
        }
        number = new BigDecimal(d);
        exact = false;
      } else {
        return false;
      }
      int comparison = Integer.signum(number.compareTo(bound));
      return comparison == side || comparison == 0 && inclusive && exact;
    }
  }
}
