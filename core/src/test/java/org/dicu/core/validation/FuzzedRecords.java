package org.dicu.core.validation;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dicu.core.agency.AgencyDirectory;
import org.dicu.core.agency.PartnerAgency;
import org.dicu.core.casework.CaseComment;
import org.dicu.core.casework.Referral;
import org.dicu.core.casework.ServiceProvision;
import org.dicu.core.casework.SupportPlan;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.code.Coded;
import org.dicu.core.code.Country;
import org.dicu.core.code.Language;
import org.dicu.core.code.Place;
import org.dicu.core.gcm.GcmActivity;
import org.dicu.core.gcm.GcmProgressReport;
import org.dicu.core.migrant.VulnerabilityFactor;
import org.dicu.core.person.Address;
import org.dicu.core.person.IdentityDocument;
import org.dicu.core.person.PartialDate;
import org.dicu.core.person.Person;
import org.dicu.core.privacy.PersonalProperties;
import org.dicu.core.service.ServiceOffer;
import org.dicu.core.trafficking.HistoricEvent;
import org.dicu.core.trafficking.Perpetrator;

/**
 * Builds model values from fuzzer data through their public builders: every attribute of every
 * Immutables builder reached from a record type is set (the required ones always, the others
 * when the data says so), lists get up to three elements, codes come from the values of their
 * lists, dates range from ordinary to extreme, and strings from plausible ids, phones and names
 * to odd Unicode. The strings given to personal properties are remembered, so that a test can
 * check they never show.
 */
final class FuzzedRecords {

  private static final int MAX_DEPTH = 5;
  private static final int MAX_ELEMENTS = 3;

  private static final List<Class<?>> RECORD_TYPES = List.of(PartnerAgency.class,
      ServiceOffer.class, GcmActivity.class, GcmProgressReport.class);

  private static final List<Country> COUNTRIES = Country.all();
  private static final List<String> LANGUAGES = Arrays.stream(Locale.getISOLanguages()).sorted()
      .collect(Collectors.toList());
  private static final List<Currency> CURRENCIES = Currency.getAvailableCurrencies().stream()
      .sorted(Comparator.comparing(Currency::getCurrencyCode)).collect(Collectors.toList());

  /** Strings that make rules and messages work: ids, codes, names, phones, odd Unicode. */
  private static final List<String> STRINGS = strings();

  /** The names of the personal properties of every model type. */
  static final Set<String> PERSONAL_PROPERTIES = Stream.of(TraffickingCase.class, Person.class,
      Address.class, IdentityDocument.class, SupportPlan.class, ServiceProvision.class,
      CaseComment.class, Referral.class, Place.class, HistoricEvent.class, Perpetrator.class,
      VulnerabilityFactor.class)
      .flatMap(type -> PersonalProperties.of(type).stream()).collect(Collectors.toUnmodifiableSet());

  /** The settable attributes of each builder class, in a fixed order. */
  private static final Map<Class<?>, List<Setter>> SETTERS = new ConcurrentHashMap<>();

  private final FuzzedDataProvider data;
  private final Set<String> personal = new HashSet<>();
  private final Set<String> other = new HashSet<>();

  FuzzedRecords(FuzzedDataProvider data) {
    this.data = data;
  }

  /**
   * Builds a record: most often a trafficking case, else another record type.
   *
   * @return the record, or empty when the data breaks an invariant of a builder
   */
  Optional<Object> record() {
    Class<?> type = data.consumeInt(0, 7) < 4 ? TraffickingCase.class : data.pickValue(RECORD_TYPES);
    return Optional.ofNullable(build(type, 0));
  }

  /** The strings given to personal properties. */
  Set<String> personalStrings() {
    return personal;
  }

  /** The strings given to other properties. */
  Set<String> otherStrings() {
    return other;
  }

  private Object build(Class<?> type, int depth) {
    Object builder = newBuilder(type);
    Set<String> personalNames = PersonalProperties.of(type);
    for (Setter setter : setters(builder.getClass())) {
      int times = setter.adder ? (depth < MAX_DEPTH ? data.consumeInt(0, MAX_ELEMENTS) : 0)
          : setter.required || data.consumeBoolean() ? 1 : 0;
      boolean isPersonal = setter.isPersonal(personalNames);
      for (int i = 0; i < times; i++) {
        Object[] arguments = new Object[setter.types.length];
        for (int a = 0; a < arguments.length; a++) {
          arguments[a] = value(setter.types[a], isPersonal, depth);
          if (arguments[a] == null) {
            if (setter.required) {
              return null;
            }
            arguments = null;
            break;
          }
        }
        if (arguments != null) {
          invoke(setter.method, builder, arguments);
        }
      }
    }
    Method build = method(builder.getClass(), "build");
    return invoke(build, builder);
  }

  /**
   * A value of a type, or null when the data makes none (an invariant of the type refused it).
   * Codes, dates and numbers count among the record's non-personal strings, as issues show them.
   */
  private Object value(Class<?> type, boolean isPersonal, int depth) {
    Object value = newValue(type, isPersonal, depth);
    if (value != null && !(value instanceof String) && !type.isInterface()) {
      other.add(String.valueOf(value));
      if (value instanceof Coded) {
        other.add(((Coded) value).getCode());
      }
    }
    return value;
  }

  private Object newValue(Class<?> type, boolean isPersonal, int depth) {
    if (type == String.class) {
      String text = string();
      (isPersonal ? personal : other).add(text);
      return text;
    }
    if (type == int.class || type == Integer.class) {
      return data.consumeBoolean() ? data.consumeInt(-2, 120) : data.consumeInt();
    }
    if (type == long.class || type == Long.class) {
      return data.consumeLong();
    }
    if (type == double.class || type == Double.class) {
      return data.consumeBoolean() ? data.consumeDouble() : (double) data.consumeInt(-10, 1000);
    }
    if (type == boolean.class || type == Boolean.class) {
      return data.consumeBoolean();
    }
    if (type == LocalDate.class) {
      return date();
    }
    if (type == OffsetDateTime.class) {
      return date().atTime(data.consumeInt(0, 23), data.consumeInt(0, 59))
          .atOffset(ZoneOffset.ofTotalSeconds(data.consumeInt(-18, 18) * 3600));
    }
    if (type == BigDecimal.class) {
      return BigDecimal.valueOf(data.consumeLong(), data.consumeInt(-30, 30));
    }
    if (type == Currency.class) {
      return data.pickValue(CURRENCIES);
    }
    if (type.isEnum()) {
      return data.pickValue(type.getEnumConstants());
    }
    if (type == Country.class) {
      return data.pickValue(COUNTRIES);
    }
    if (type == Language.class) {
      return Language.parse(data.pickValue(LANGUAGES)).orElse(null);
    }
    if (type == PartialDate.class) {
      return partialDate();
    }
    if (type.isInterface() && depth < MAX_DEPTH) {
      return build(type, depth + 1);
    }
    if (type.isInterface()) {
      return null;
    }
    throw new AssertionError("no fuzzed values of " + type.getName() + ": teach FuzzedRecords");
  }

  private String string() {
    switch (data.consumeInt(0, 5)) {
      case 0:
      case 1:
        return data.pickValue(STRINGS);
      case 2:
        return data.consumeString(data.consumeInt(0, 300));
      case 3:
        return data.pickValue(STRINGS).repeat(data.consumeInt(1, 600));
      case 4:
        return Normalizer.normalize(data.consumeString(40),
            data.consumeBoolean() ? Normalizer.Form.NFD : Normalizer.Form.NFKC);
      default:
        return data.consumeAsciiString(data.consumeInt(0, 80));
    }
  }

  private LocalDate date() {
    switch (data.consumeInt(0, 3)) {
      case 0:
        return LocalDate.of(2026, 1, 1).plusDays(data.consumeInt(-800, 400));
      case 1:
        return LocalDate.ofEpochDay(data.consumeLong(LocalDate.MIN.toEpochDay(),
            LocalDate.MAX.toEpochDay()));
      case 2:
        return data.consumeBoolean() ? LocalDate.MIN : LocalDate.MAX;
      default:
        return LocalDate.of(data.consumeInt(1900, 2100), data.consumeInt(1, 12),
            data.consumeInt(1, 28));
    }
  }

  private PartialDate partialDate() {
    try {
      switch (data.consumeInt(0, 2)) {
        case 0:
          return PartialDate.ofYear(data.consumeInt(-5, 10_005));
        case 1:
          return PartialDate.ofYearMonth(data.consumeInt(-5, 10_005), data.consumeInt(0, 13));
        default:
          return PartialDate.of(date());
      }
    } catch (DateTimeException refused) {
      return null;
    }
  }

  private static Object newBuilder(Class<?> type) {
    String name = type.getPackageName() + ".Immutable" + type.getSimpleName() + "$Builder";
    try {
      return Class.forName(name, true, type.getClassLoader()).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("no builder for " + type.getName(), e);
    }
  }

  /** Calls a builder method; the invariants a builder checks are the only failures let through. */
  private static Object invoke(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalStateException || cause instanceof IllegalArgumentException
          || cause instanceof DateTimeException) {
        return null;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new AssertionError(cause);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static Method method(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Setter> setters(Class<?> builder) {
    return SETTERS.computeIfAbsent(builder, FuzzedRecords::findSetters);
  }

  /**
   * The methods that set one attribute: plain setters (required unless an Optional overload
   * exists), adders of list elements ({@code addX(T)}) and putters of map entries.
   */
  private static List<Setter> findSetters(Class<?> builder) {
    List<Method> methods = Arrays.stream(builder.getMethods())
        .filter(m -> m.getDeclaringClass() == builder && !Modifier.isStatic(m.getModifiers()))
        .sorted(Comparator.comparing(Method::getName)
            .thenComparing(m -> Arrays.toString(m.getParameterTypes())))
        .collect(Collectors.toList());
    Set<String> optional = methods.stream()
        .filter(m -> m.getParameterCount() == 1 && m.getParameterTypes()[0] == Optional.class)
        .map(Method::getName).collect(Collectors.toSet());
    List<Setter> setters = new ArrayList<>();
    for (Method m : methods) {
      String name = m.getName();
      Class<?>[] types = m.getParameterTypes();
      boolean plainTypes = Arrays.stream(types).noneMatch(t -> t == Optional.class
          || Iterable.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t) || t.isArray());
      if (!plainTypes || name.equals("from") || name.equals("build") || types.length == 0
          || isPrefixed(name, "addAll") || isPrefixed(name, "putAll")) {
        continue;
      }
      boolean adder = isPrefixed(name, "add") || isPrefixed(name, "put");
      if (types.length == 1 || adder) {
        setters.add(new Setter(m, adder, !adder && !optional.contains(name)));
      }
    }
    return List.copyOf(setters);
  }

  private static boolean isPrefixed(String name, String prefix) {
    return name.length() > prefix.length() && name.startsWith(prefix)
        && Character.isUpperCase(name.charAt(prefix.length()));
  }

  private static List<String> strings() {
    List<String> strings = new ArrayList<>(List.of("", " ", "\u0000", "\t\r\n", "x".repeat(201),
        "vn.laocai.case:2024-0917", "case-1", "a", "A B", "Nguyễn Thị Lan",
        Normalizer.normalize("Nguyễn Thị Lan", Normalizer.Form.NFD), "Giàng Thị Mỷ", "Lê Văn Tâm",
        "+84912345678", "0912345678", "+84 91 234 5678", "+1", "lan@example.org", "a@b", "@",
        "\u202Enal\u202C", "\uD83D\uDE00", "\uD800", "\uFEFF", "\u200B", "\u00A0", "1999-02-30",
        "2024", "VN", "vi", "Active", "Closed", "{dicu.id.malformed}", "${1+1}", "%s", "''",
        "\\", "\"", "<b>", "/", "~1"));
    for (PartnerAgency agency : AgencyDirectory.builtIn().getAgencies()) {
      strings.add(agency.getId());
      agency.getAbbreviation().ifPresent(strings::add);
    }
    return List.copyOf(strings);
  }

  /** One way of setting an attribute of a builder. */
  private static final class Setter {
    final Method method;
    final Class<?>[] types;
    final boolean adder;
    final boolean required;

    Setter(Method method, boolean adder, boolean required) {
      this.method = method;
      this.types = method.getParameterTypes();
      this.adder = adder;
      this.required = required;
    }

    /** Whether the attribute holds personal data; an adder's singular name stands for it. */
    boolean isPersonal(Set<String> personalNames) {
      String name = method.getName();
      if (!adder) {
        return personalNames.contains(name);
      }
      String stem = Character.toLowerCase(name.charAt(3)) + name.substring(4);
      String trimmed = stem.length() > 1 ? stem.substring(0, stem.length() - 1) : stem;
      return personalNames.stream().anyMatch(p -> p.startsWith(trimmed));
    }
  }
}
