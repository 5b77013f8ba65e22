package org.dicu.serialization.schema;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.PatternSyntaxException;
import org.dicu.core.code.CodeList;
import org.dicu.core.code.Coded;
import org.dicu.core.code.Country;
import org.dicu.core.code.Language;
import org.dicu.core.gcm.GcmObjective;
import org.dicu.core.person.PartialDate;
import org.dicu.core.record.ExchangeRecord;
import org.dicu.core.record.RecordType;
import org.dicu.serialization.json.WireNames;

/**
 * Generates the JSON Schema of one record type from the model with victools'
 * jsonschema-generator, configured to describe the exchange format rather than the Java types:
 * properties are the wire names of the model's accessors in wire order, optionals are unwrapped
 * and not required, codes are enumerations of their wire codes, and the Bean Validation
 * constraints of the model become string lengths, patterns and number ranges.
 */
final class ModelSchemaGenerator {

  /** The JSON Schema dialect of every schema. */
  static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  /** The ISO 639 code of a language, as {@code Language} writes it. */
  static final String LANGUAGE_PATTERN = "^[a-z]{2,3}$";

  /** A year, a year and month, or a full date, as {@code PartialDate} writes it. */
  static final String PARTIAL_DATE_PATTERN = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";

  private static final String RECORD_TYPE = "recordType";
  private static final String SCHEMA_VERSION = "schemaVersion";

  private final ObjectMapper mapper;
  private final SchemaGenerator generator;

  ModelSchemaGenerator(ObjectMapper mapper) {
    this.mapper = mapper;
    this.generator = new SchemaGenerator(configure(
        new SchemaGeneratorConfigBuilder(mapper, SchemaVersion.DRAFT_2020_12,
            OptionPreset.PLAIN_JSON)).build());
  }

  /**
   * Generates the schema of a record type.
   *
   * @param type  the record type
   * @param id  the schema's {@code $id}
   * @param title  the schema's title
   * @param description  the schema's description
   * @return the schema, keys in a stable order
   */
  ObjectNode generate(RecordType type, String id, String title, String description) {
    Class<?> model = WireNames.records().get(type);
    ObjectNode generated = generator.generateSchema(model);

    ObjectNode schema = mapper.createObjectNode();
    schema.put("$schema", DIALECT);
    schema.put("$id", id);
    schema.put("title", title);
    schema.put("description", description);
    schema.put("type", "object");

    ObjectNode properties = schema.putObject("properties");
    properties.putObject(RECORD_TYPE).put("const", type.getCode());
    properties.putObject(SCHEMA_VERSION).put("const", WireNames.schemaVersion());
    properties.setAll((ObjectNode) generated.get("properties"));

    Set<String> required = new TreeSet<>();
    generated.withArray("required").forEach(name -> required.add(name.asText()));
    ArrayNode requiredInOrder = schema.putArray("required");
    requiredInOrder.add(RECORD_TYPE).add(SCHEMA_VERSION);
    properties.fieldNames().forEachRemaining(name -> {
      if (required.contains(name)) {
        requiredInOrder.add(name);
      }
    });
    schema.put("additionalProperties", false);

    JsonNode definitions = generated.get("$defs");
    if (definitions != null) {
      ObjectNode sorted = schema.putObject("$defs");
      List<String> names = new ArrayList<>();
      definitions.fieldNames().forEachRemaining(names::add);
      names.sort(Comparator.naturalOrder());
      names.forEach(name -> sorted.set(name, definitions.get(name)));
    }
    return schema;
  }

  private static SchemaGeneratorConfigBuilder configure(SchemaGeneratorConfigBuilder builder) {
    builder
        .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS,
            Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS,
            Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
            Option.DEFINITIONS_FOR_ALL_OBJECTS,
            Option.PLAIN_DEFINITION_KEYS)
        .without(Option.SCHEMA_VERSION_INDICATOR,
            Option.FLATTENED_OPTIONALS,
            Option.VALUES_FROM_CONSTANT_FIELDS,
            Option.PUBLIC_NONSTATIC_FIELDS,
            Option.NONPUBLIC_NONSTATIC_FIELDS_WITH_GETTERS,
            Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS);

    builder.forTypesInGeneral()
        .withCustomDefinitionProvider(ModelSchemaGenerator::wireType)
        .withPropertySorter(Comparator.comparingInt(ModelSchemaGenerator::wireIndex));

    builder.forMethods()
        .withIgnoreCheck(method -> wireIndex(method) < 0)
        .withPropertyNameOverrideResolver(method -> wireName(method.getName()))
        .withTargetTypeOverridesResolver(ModelSchemaGenerator::wireTargetType)
        .withRequiredCheck(ModelSchemaGenerator::isRequired)
        .withStringMinLengthResolver(ModelSchemaGenerator::minLength)
        .withStringMaxLengthResolver(method -> constraint(method, Size.class)
            .map(Size::max).filter(max -> max < Integer.MAX_VALUE).orElse(null))
        .withStringPatternResolver(ModelSchemaGenerator::pattern)
        .withNumberInclusiveMinimumResolver(ModelSchemaGenerator::minimum)
        .withNumberInclusiveMaximumResolver(ModelSchemaGenerator::maximum);
    return builder;
  }

  /**
   * Returns the wire name of an accessor: {@code getSecondName} and {@code isDeceased} give
   * {@code secondName} and {@code deceased}; any other name is returned unchanged.
   */
  static String wireName(String accessor) {
    for (String prefix : new String[] {"get", "is"}) {
      if (accessor.length() > prefix.length() && accessor.startsWith(prefix)
          && Character.isUpperCase(accessor.charAt(prefix.length()))) {
        return Character.toLowerCase(accessor.charAt(prefix.length()))
            + accessor.substring(prefix.length() + 1);
      }
    }
    return accessor;
  }

  /** Returns the position of a property on the wire, or -1 when it is not written. */
  private static int wireIndex(MemberScope<?, ?> member) {
    if (!(member instanceof MethodScope)) {
      return -1;
    }
    MethodScope method = (MethodScope) member;
    if (method.isStatic() || method.getArgumentCount() > 0) {
      return -1;
    }
    Class<?> owner = method.getDeclarationDetails().getSchemaTargetType().getErasedType();
    String name = wireName(method.getDeclaredName());
    if (RECORD_TYPE.equals(name)) {
      return -1; // written by generate(), as a constant
    }
    try {
      return WireNames.of(owner).indexOf(name);
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  /**
   * Describes an {@code Optional<T>} as its {@code T}; and a country held as text (that of a
   * {@code PartnerAgency}, which the agency directory checks when it loads) as a country.
   */
  private static List<ResolvedType> wireTargetType(MethodScope method) {
    ResolvedType type = method.getType();
    if (type != null && type.isInstanceOf(Optional.class)) {
      return List.of(method.getTypeParameterFor(Optional.class, 0));
    }
    if (type != null && type.getErasedType() == String.class
        && "country".equals(wireName(method.getDeclaredName()))) {
      return List.of(method.getContext().resolve(Country.class));
    }
    return null;
  }

  /** Required: what the builder needs, so neither an optional, a collection nor a flag. */
  private static boolean isRequired(MethodScope method) {
    Class<?> returned = method.getRawMember().getReturnType();
    return returned != Optional.class
        && !Collection.class.isAssignableFrom(returned)
        && returned != boolean.class;
  }

  private static Integer minLength(MethodScope method) {
    Optional<Size> size = constraint(method, Size.class).filter(s -> s.min() > 0);
    if (size.isPresent()) {
      return size.get().min();
    }
    return constraint(method, NotBlank.class).isPresent() ? 1 : null;
  }

  private static String pattern(MethodScope method) {
    Optional<Pattern> annotated = constraint(method, Pattern.class);
    if (annotated.isPresent()) {
      return anchored(annotated.get().regexp());
    }
    return isIdentifier(method) ? anchored(ExchangeRecord.ID_PATTERN) : null;
  }

  /**
   * Checks whether a property holds record or agency identifiers, by the model's naming: the
   * {@code id} of a record and the {@code ...Id} or {@code ...Ids} that refer to others. The
   * identifiers of {@code PartnerAgency} carry no constraint in the model because the agency
   * directory checks them when it loads.
   */
  private static boolean isIdentifier(MethodScope method) {
    Class<?> returned = method.getRawMember().getReturnType();
    boolean scalar = returned == String.class || returned == Optional.class;
    if (!scalar && !(method.isFakeContainerItemScope()
        && Collection.class.isAssignableFrom(returned))) {
      return false;
    }
    String name = wireName(method.getDeclaredName());
    return name.equals("id") || name.endsWith("Id") || name.endsWith("Ids");
  }

  /** Anchors a Java regular expression, which must match whole, for JSON Schema's search. */
  static String anchored(String regexp) {
    try {
      java.util.regex.Pattern.compile(regexp);
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException("not a regular expression: " + regexp, e);
    }
    return regexp.contains("|") ? "^(?:" + regexp + ")$" : "^" + regexp + "$";
  }

  private static BigDecimal minimum(MethodScope method) {
    if (constraint(method, PositiveOrZero.class).isPresent()) {
      return BigDecimal.ZERO;
    }
    Optional<Min> min = constraint(method, Min.class);
    if (min.isPresent()) {
      return BigDecimal.valueOf(min.get().value());
    }
    return constraint(method, DecimalMin.class).filter(DecimalMin::inclusive)
        .map(decimal -> new BigDecimal(decimal.value())).orElse(null);
  }

  private static BigDecimal maximum(MethodScope method) {
    Optional<Max> max = constraint(method, Max.class);
    if (max.isPresent()) {
      return BigDecimal.valueOf(max.get().value());
    }
    return constraint(method, DecimalMax.class).filter(DecimalMax::inclusive)
        .map(decimal -> new BigDecimal(decimal.value())).orElse(null);
  }

  /**
   * Finds a constraint where the model puts it: on the accessor of a plain attribute, on the
   * type argument of an {@code Optional}, on the element type of a collection (for the items).
   */
  private static <A extends Annotation> Optional<A> constraint(
      MethodScope method, Class<A> constraint) {
    Method accessor = method.getRawMember();
    Class<?> returned = accessor.getReturnType();
    boolean collection = Collection.class.isAssignableFrom(returned);
    AnnotatedElement annotated;
    if (returned == Optional.class || collection) {
      if (collection && !method.isFakeContainerItemScope()) {
        return Optional.empty();
      }
      AnnotatedType type = accessor.getAnnotatedReturnType();
      if (!(type instanceof AnnotatedParameterizedType)) {
        return Optional.empty();
      }
      annotated = ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()[0];
    } else {
      annotated = accessor;
    }
    return Optional.ofNullable(annotated.getAnnotation(constraint));
  }

  /** Defines the types written as strings or numbers in a wire form of their own. */
  private static CustomDefinition wireType(ResolvedType type, SchemaGenerationContext context) {
    Class<?> raw = type.getErasedType();
    ObjectNode node = context.getGeneratorConfig().createObjectNode();
    if (raw == GcmObjective.class) {
      ArrayNode numbers = node.put("type", "integer").putArray("enum");
      for (GcmObjective objective : GcmObjective.values()) {
        numbers.add(objective.getNumber());
      }
      return new CustomDefinition(node, CustomDefinition.DefinitionType.ALWAYS_REF,
          CustomDefinition.INCLUDING_ATTRIBUTES);
    }
    if (raw.isEnum() && Coded.class.isAssignableFrom(raw)) {
      ArrayNode codes = node.put("type", "string").putArray("enum");
      codeList(raw).forEach(codes::add);
      return new CustomDefinition(node, CustomDefinition.DefinitionType.ALWAYS_REF,
          CustomDefinition.INCLUDING_ATTRIBUTES);
    }
    if (raw == Country.class) {
      ArrayNode codes = node.put("type", "string").putArray("enum");
      Country.all().forEach(country -> codes.add(country.getAlpha2()));
      return new CustomDefinition(node, CustomDefinition.DefinitionType.ALWAYS_REF,
          CustomDefinition.INCLUDING_ATTRIBUTES);
    }
    if (raw == Currency.class) {
      ArrayNode codes = node.put("type", "string").putArray("enum");
      Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted()
          .forEach(codes::add);
      return new CustomDefinition(node, CustomDefinition.DefinitionType.ALWAYS_REF,
          CustomDefinition.INCLUDING_ATTRIBUTES);
    }
    if (raw == Language.class) {
      node.put("type", "string").put("pattern", LANGUAGE_PATTERN);
    } else if (raw == PartialDate.class) {
      node.put("type", "string").put("pattern", PARTIAL_DATE_PATTERN);
    } else if (raw == LocalDate.class) {
      node.put("type", "string").put("format", "date");
    } else if (raw == OffsetDateTime.class) {
      node.put("type", "string").put("format", "date-time");
    } else {
      return null;
    }
    return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
        CustomDefinition.INCLUDING_ATTRIBUTES);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<String> codeList(Class<?> type) {
    List<String> codes = new ArrayList<>();
    for (Object constant : CodeList.of((Class) type).getValues()) {
      codes.add(((Coded) constant).getCode());
    }
    return codes;
  }
}
