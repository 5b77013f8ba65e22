package org.dicu.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dicu.core.agency.AgencyDirectory;
import org.dicu.core.agency.PartnerAgency;
import org.dicu.core.casework.BorderReceptionCase;
import org.dicu.core.casework.ImmutableTraffickingCase;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.person.Person;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quick pass must answer for the values it can check (else every record pays for Hibernate
 * Validator again) and give no answer for any value it cannot be sure of. What it answers is
 * proved equal to Hibernate Validator's reports by {@link QuickCheckEquivalenceTest}; this test
 * pins when it answers, constraint by constraint and at both sides of every edge.
 */
final class QuickCheckTest {

  /** The names of the properties the pass handed to Hibernate Validator's validateValue. */
  private final List<String> delegated = new ArrayList<>();
  private final QuickCheck quickCheck = quickCheck(delegated);

  private static QuickCheck quickCheck(List<String> delegated) {
    ValidationSettings settings =
        ValidationSettings.of(AgencyDirectory.builtIn(), BorderReceptionCase.TODAY);
    ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    Validator validator = factory.unwrap(HibernateValidatorFactory.class).usingContext()
        .constraintValidatorPayload(settings).getValidator();
    Validator counting = (Validator) Proxy.newProxyInstance(Validator.class.getClassLoader(),
        new Class<?>[] {Validator.class}, (proxy, method, arguments) -> {
          if (method.getName().equals("validateValue")) {
            delegated.add((String) arguments[1]);
          }
          try {
            return method.invoke(validator, arguments);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    return new QuickCheck(counting, new Class<?>[] {Default.class}, settings,
        factory.getConstraintValidatorFactory());
  }

  @Test
  void shouldAnswerForAValidCaseWithoutHandingAnyPropertyToHibernateValidator() {
    assertThat(BorderReceptionCase.valid().getPerson().getEmail()).isPresent();

    assertThat(quickCheck.check(BorderReceptionCase.valid())).isEmpty();
    // every constraint of the model, @Email included, is evaluated by the pass itself
    assertThat(delegated).isEmpty();
  }

  @Test
  void shouldMakeEachGetterOnceForEveryValidator() {
    Person person = BorderReceptionCase.valid().getPerson();
    Function<Object, Object> email = QuickCheck.getterOf(person.getClass(), "email");

    assertThat(email.apply(person)).isEqualTo(person.getEmail());
    assertThat(QuickCheck.getterOf(person.getClass(), "email")).isSameAs(email);
    assertThat(QuickCheck.getterOf(person.getClass(), "noSuchProperty")).isNull();
  }

  @Test
  void shouldAnswerForEveryBuiltInAgency() {
    List<PartnerAgency> agencies = AgencyDirectory.builtIn().getAgencies();
    assertThat(agencies).isNotEmpty();
    for (PartnerAgency agency : agencies) {
      assertThat(quickCheck.check(agency)).as(agency.getId()).isEmpty();
    }
    assertThat(delegated).isEmpty();
  }

  @Test
  void shouldAnswerForASampleWithinEveryConstraint() {
    assertThat(quickCheck.check(new Sample())).isEmpty();
    // a constraint with a validator per type is left to Hibernate Validator, value by value
    assertThat(delegated).containsExactlyInAnyOrder("day", "days");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valuesWithin")
  void shouldAnswerAtTheInnerSideOfEveryEdge(String name, Consumer<Sample> edit) {
    Sample sample = new Sample();
    edit.accept(sample);

    assertThat(quickCheck.check(sample)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valuesBeyondOrUncertain")
  void shouldGiveNoAnswerBeyondOrAtAnUncertainEdge(String name, Consumer<Sample> edit) {
    Sample sample = new Sample();
    edit.accept(sample);

    assertThat(quickCheck.check(sample)).isNull();
  }

  @Test
  void shouldGiveNoAnswerForWhatItDoesNotPlan() {
    assertThat(quickCheck.check(new Sequenced())).isNull();
    assertThat(quickCheck.check(new InheritsSequence())).isNull();
    assertThat(quickCheck.check(new ImplementsSequence())).isNull();
    assertThat(quickCheck.check(new WithMap())).isNull();
    assertThat(quickCheck.check(new WithMapValues())).isNull();
    assertThat(quickCheck.check(new WithNestedContainers())).isNull();
    assertThat(quickCheck.check(new WithArray())).isNull();
    assertThat(quickCheck.check(new WithConversion())).isNull();
  }

  @Test
  void shouldAnswerForNestedValuesOnlyWhenTheyBreakNothing() {
    assertThat(quickCheck.check(new WithNested(new Sample()))).isEmpty();
    assertThat(quickCheck.check(new WithNested(null))).isEmpty();
    Sample broken = new Sample();
    broken.count = -1;
    assertThat(quickCheck.check(new WithNested(broken))).isNull();

    // a rule broken by the top value is collected; below it, Hibernate Validator must say where
    TraffickingCase future = ImmutableTraffickingCase.copyOf(BorderReceptionCase.valid())
        .withRegistrationDate(BorderReceptionCase.TODAY.plusDays(1));
    assertThat(quickCheck.check(future)).hasSize(1);
    assertThat(quickCheck.check(new WithNested(future))).isNull();
  }

  private static Stream<Arguments> valuesWithin() {
    return Stream.of(
        edit("text null-free and not blank", s -> s.text = " x "),
        edit("code of minimum size", s -> s.code = "ab"),
        edit("code of maximum size, any case", s -> s.code = "aBc"),
        edit("code absent", s -> s.code = null),
        edit("items at maximum size", s -> s.items = List.of("a", "b")),
        edit("items empty", s -> s.items = List.of()),
        edit("entries at maximum size", s -> s.entries = Map.of("a", "b")),
        edit("optional present and short", s -> s.tag = Optional.of("ab")),
        edit("elements all short", s -> s.names = List.of("a", "bc")),
        edit("count zero", s -> s.count = 0),
        edit("count absent", s -> s.count = null),
        edit("amount absent", s -> s.amount = null),
        edit("total at inclusive maximum", s -> s.total = 10L),
        edit("total at inclusive minimum", s -> s.total = 0L),
        edit("amount just above exclusive minimum", s -> s.amount = new BigDecimal("0.0001")),
        edit("amount at inclusive maximum", s -> s.amount = new BigDecimal("10.000")),
        edit("big integer zero", s -> s.big = BigInteger.ZERO),
        edit("ratio one step inside the maximum", s -> s.ratio = Math.nextDown(90.0)),
        edit("ratio far below the maximum", s -> s.ratio = -89.5),
        edit("share below exclusive maximum", s -> s.share = 0.99f),
        edit("small at maximum", s -> s.small = (short) 5),
        edit("tiny at minimum", s -> s.tiny = (byte) 0));
  }

  private static Stream<Arguments> valuesBeyondOrUncertain() {
    return Stream.of(
        edit("text blank", s -> s.text = " \t"),
        edit("text null", s -> s.text = null),
        edit("code below minimum size", s -> s.code = "a"),
        edit("code above maximum size", s -> s.code = "abcd"),
        edit("code off the pattern", s -> s.code = "a1"),
        edit("items above maximum size", s -> s.items = List.of("a", "b", "c")),
        edit("entries above maximum size", s -> s.entries = Map.of("a", "b", "c", "d")),
        edit("optional present and long", s -> s.tag = Optional.of("abcd")),
        edit("one element long", s -> s.names = List.of("a", "abcd")),
        edit("count negative", s -> s.count = -1),
        edit("total above maximum", s -> s.total = 11L),
        edit("total below minimum", s -> s.total = -1L),
        edit("amount at exclusive minimum", s -> s.amount = BigDecimal.ZERO),
        edit("amount above maximum", s -> s.amount = new BigDecimal("10.0001")),
        edit("big integer negative", s -> s.big = BigInteger.ONE.negate()),
        edit("ratio at the maximum, not exact", s -> s.ratio = 90.0),
        edit("ratio one step beyond the maximum", s -> s.ratio = Math.nextUp(90.0)),
        edit("ratio below the minimum", s -> s.ratio = -90.5),
        edit("ratio not a number", s -> s.ratio = Double.NaN),
        edit("ratio infinite", s -> s.ratio = Double.NEGATIVE_INFINITY),
        edit("share at exclusive maximum", s -> s.share = 1.0f),
        edit("small above maximum", s -> s.small = (short) 6),
        edit("tiny below minimum", s -> s.tiny = (byte) -1),
        edit("day in the future", s -> s.day = LocalDate.of(3000, 1, 1)),
        edit("one of the days in the future", s -> s.days = List.of(LocalDate.of(3000, 1, 1))));
  }

  private static Arguments edit(String name, Consumer<Sample> edit) {
    return Arguments.of(name, edit);
  }

  /** A bean with one property per kind of built-in constraint; every value is within them. */
  public static final class Sample {
    String text = "text";
    String code = "abc";
    List<String> items = List.of("a");
    Map<String, String> entries = Map.of();
    Optional<String> tag = Optional.empty();
    List<String> names = List.of("ab");
    Integer count = 1;
    Long total = 5L;
    BigDecimal amount = BigDecimal.ONE;
    BigInteger big = BigInteger.TEN;
    Double ratio = 10.5;
    Float share = 0.5f;
    Short small = 1;
    Byte tiny = 1;
    LocalDate day = LocalDate.of(2020, 1, 1);
    List<LocalDate> days = List.of(LocalDate.of(2020, 1, 1));

    /** Text that must not be blank. */
    @NotBlank
    public String getText() {
      return text;
    }

    /** A code of two or three letters. */
    @Size(min = 2, max = 3)
    @Pattern(regexp = "[a-z]+", flags = Pattern.Flag.CASE_INSENSITIVE)
    public String getCode() {
      return code;
    }

    /** At most two items. */
    @Size(max = 2)
    public List<String> getItems() {
      return items;
    }

    /** At most one entry. */
    @Size(max = 1)
    public Map<String, String> getEntries() {
      return entries;
    }

    /** An optional tag of at most three characters. */
    public Optional<@Size(max = 3) String> getTag() {
      return tag;
    }

    /** Names of at most three characters each. */
    public List<@Size(max = 3) String> getNames() {
      return names;
    }

    /** A count of zero or more. */
    @PositiveOrZero
    public Integer getCount() {
      return count;
    }

    /** A total from 0 to 10. */
    @Min(0)
    @Max(10)
    public Long getTotal() {
      return total;
    }

    /** An amount above 0 and at most 10. */
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("10")
    public BigDecimal getAmount() {
      return amount;
    }

    /** A big integer of zero or more. */
    @PositiveOrZero
    public BigInteger getBig() {
      return big;
    }

    /** A ratio from -90 to 90. */
    @DecimalMin("-90")
    @DecimalMax("90")
    public Double getRatio() {
      return ratio;
    }

    /** A share below 1. */
    @DecimalMax(value = "1", inclusive = false)
    public Float getShare() {
      return share;
    }

    /** A small number of at most 5. */
    @Max(5)
    public Short getSmall() {
      return small;
    }

    /** A tiny number of zero or more. */
    @Min(0)
    public Byte getTiny() {
      return tiny;
    }

    /** A day not in the future. */
    @PastOrPresent
    public LocalDate getDay() {
      return day;
    }

    /** Days not in the future. */
    public List<@PastOrPresent LocalDate> getDays() {
      return days;
    }
  }

  /** A bean that redefines its default group, which the pass leaves to Hibernate Validator. */
  @GroupSequence({Sequenced.class})
  public static final class Sequenced {
    /** A name. */
    @Size(max = 3)
    public String getName() {
      return "ab";
    }
  }

  /** A bean that cascades into a map, which the pass leaves to Hibernate Validator. */
  public static final class WithMap {
    /** Samples by name, validated in turn. */
    @Valid
    public Map<String, Sample> getSamples() {
      return Map.of("a", new Sample());
    }
  }

  /** A bean that cascades to another value. */
  public static final class WithNested {
    private final Object value;

    WithNested(Object value) {
      this.value = value;
    }

    /** The value, validated in turn. */
    @Valid
    public Object getValue() {
      return value;
    }
  }

  /** A class whose superclass redefines its default group. */
  public static final class InheritsSequence extends SequencedBase {}

  /** A superclass that redefines its default group. */
  @GroupSequence({SequencedBase.class})
  public static class SequencedBase {
    /** A name. */
    @Size(max = 3)
    public String getName() {
      return "ab";
    }
  }

  /** A group sequence. */
  @GroupSequence({Default.class})
  public interface SequenceOfGroups {}

  /** A bean that implements a group sequence. */
  public static final class ImplementsSequence implements SequenceOfGroups {
    /** A name. */
    @Size(max = 3)
    public String getName() {
      return "ab";
    }
  }

  /** A bean with a constraint on the values of a map. */
  public static final class WithMapValues {
    /** Names by key. */
    public Map<String, @Size(max = 3) String> getNames() {
      return Map.of("a", "b");
    }
  }

  /** A bean with a constraint on the elements of nested lists. */
  public static final class WithNestedContainers {
    /** Rows of names. */
    public List<List<@Size(max = 3) String>> getRows() {
      return List.of(List.of("a"));
    }
  }

  /** A bean that cascades into an array. */
  public static final class WithArray {
    /** Samples, validated in turn. */
    @Valid
    public Sample[] getSamples() {
      return new Sample[] {new Sample()};
    }
  }

  /** A group of the group conversion below. */
  public interface Converted {}

  /** A bean that validates its nested value in another group. */
  public static final class WithConversion {
    /** A sample, validated in the other group. */
    @Valid
    @ConvertGroup(from = Default.class, to = Converted.class)
    public Sample getSample() {
      return new Sample();
    }
  }
}
