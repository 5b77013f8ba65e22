package org.dicu.serialization.stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dicu.core.privacy.PersonalProperties;
import org.dicu.core.validation.Issue;
import org.dicu.core.validation.Severity;
import org.dicu.serialization.json.UnknownCodeException;

/**
 * Binds a copied record to its model type and turns every binding problem into a located issue.
 *
 * <p>The fast path binds the buffered tokens once. When that fails, the record is bound again
 * from a tree: each failure becomes an issue, the offending value is taken out of the tree, and
 * binding is retried, so that a record with three wrong codes yields three issues. Unknown
 * properties never stop binding: they are reported and skipped.
 *
 * <p>A binder belongs to one reader and binds one record at a time.
 */
final class RecordBinder {

  private static final int MAX_ATTEMPTS = 100;
  private static final String ISSUES = "dicu.issues";
  private static final Pattern MISSING =
      Pattern.compile("some of required attributes are not set \\[([^\\]]*)\\]");

  private final ObjectMapper mapper;
  private final ObjectMapper directMapper;
  private final Context context;
  private final RepeatedKeys keys = new RepeatedKeys();
  /** The object readers by record type, made once: making one per record took 1% of reading. */
  private final Map<Class<?>, ObjectReader> readers = new HashMap<>();
  /** The object readers of the direct way, which look for repeated keys themselves. */
  private final Map<Class<?>, ObjectReader> directReaders = new HashMap<>();

  /**
   * Creates a binder.
   *
   * @param mappers  the mappers, shared by readers of the same limits so that the model is
   *     introspected once
   */
  RecordBinder(Mappers mappers, Problems problems, boolean strict) {
    this.mapper = mappers.copying;
    this.directMapper = mappers.direct;
    this.context = new Context(problems, strict);
  }

  /** The mappers of binders: one for the copying way, and its {@link DirectMapper}. */
  static final class Mappers {
    final ObjectMapper copying;
    final ObjectMapper direct;

    /**
     * Makes the mappers of a base mapper.
     *
     * @param base  a mapper of {@link org.dicu.serialization.json.DicuMappers}, which becomes the
     *     mapper of the copying way
     */
    Mappers(ObjectMapper base) {
      this.copying = base.addHandler(HANDLER);
      this.direct = new DirectMapper(copying);
    }
  }

  /** Reports unknown properties into the issues of the record being bound, and skips them. */
  static final DeserializationProblemHandler HANDLER = new UnknownPropertyHandler();

  /**
   * Binds a record.
   *
   * @return the record, or null when it cannot be built; the problems are added to the issues
   */
  Object bind(RecordCopy copy, Class<?> type, long line, List<Issue> issues) throws IOException {
    target(line, issues);
    ObjectReader reader = readers.computeIfAbsent(
        type, t -> mapper.readerFor(t).withAttribute(ISSUES, context));
    int mark = issues.size();
    try (JsonParser parser = copy.buffer.asParser()) {
      return reader.readValue(parser);
    } catch (JsonMappingException fastPathFailure) {
      issues.subList(mark, issues.size()).clear();
    }
    JsonNode tree;
    try (JsonParser parser = copy.buffer.asParser()) {
      tree = mapper.readTree(parser);
    }
    Set<String> removed = new HashSet<>();
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      int before = issues.size();
      try {
        return reader.readValue(tree);
      } catch (ValueInstantiationException e) {
        reportUnbuildable(e, removed);
        return null;
      } catch (MismatchedInputException e) {
        String pointer = pointer(e);
        if (!report(e, pointer) || !remove(tree, pointer)) {
          return null;
        }
        removed.add(pointer);
      } catch (JsonMappingException e) {
        reportUnbuildable(e, removed);
        return null;
      }
      // unknown properties met by the failed attempt are reported once: take them out
      for (Issue issue : issues.subList(before, issues.size())) {
        if (issue.getCode().equals(ReadProblem.UNKNOWN_PROPERTY.getCode())) {
          remove(tree, issue.getLocation());
        }
      }
    }
    return null;
  }

  /**
   * Binds a record straight from a parser over the whole of it, without copying it first, and
   * with {@link RepeatedKeys} in place of the parser's detection of repeated keys.
   *
   * @param parser  a parser before the record's first token, its first two properties
   *     {@code recordType} and {@code schemaVersion}
   * @return the record, or null when it could not be bound at once, held a null, repeated a key
   *     or was followed by more content; the issues it added are then taken back, so that the
   *     record can be read again the copying way, which locates every problem
   */
  Object bindDirectly(JsonParser parser, Class<?> type, long line, List<Issue> issues) {
    int mark = issues.size();
    try {
      parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      if (skipHeader(parser)) {
        keys.reset();
        target(line, issues);
        Object value = directReaderFor(type).readValue(parser);
        if (parser.nextToken() == null) {
          return value;
        }
      }
    } catch (IOException e) {
      // the copying way locates and reports it
    }
    issues.subList(mark, issues.size()).clear();
    return null;
  }

  /**
   * Reads {@code recordType} and {@code schemaVersion}, which binding skips without marking them,
   * so that the direct readers can refuse them wherever else they come.
   *
   * @return true when the parser is then at the name of the record's next property
   */
  private static boolean skipHeader(JsonParser parser) throws IOException {
    return parser.nextToken() == JsonToken.START_OBJECT
        && "recordType".equals(parser.nextFieldName())
        && parser.nextToken() == JsonToken.VALUE_STRING
        && "schemaVersion".equals(parser.nextFieldName())
        && parser.nextToken() == JsonToken.VALUE_STRING
        && parser.nextToken() == JsonToken.FIELD_NAME;
  }

  /** Sends the issues of binding to the given record's. */
  private void target(long line, List<Issue> issues) {
    context.line = line;
    context.issues = issues;
  }

  /** The direct reader of a type. */
  private ObjectReader directReaderFor(Class<?> type) {
    return directReaders.computeIfAbsent(type, t -> directMapper.readerFor(t)
        .withAttribute(ISSUES, context)
        .withAttribute(RepeatedKeys.ATTRIBUTE, keys)
        .with(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES));
  }

  /** Reports a value that could not be bound; false when the failure has no location. */
  private boolean report(MismatchedInputException e, String pointer) {
    Problems problems = context.problems;
    if (pointer.isEmpty()) {
      context.issues.add(problems.issue(ReadProblem.NOT_A_RECORD, "", context.line));
      return false;
    }
    String value = shownValue(e);
    if (e instanceof UnknownCodeException) {
      context.issues.add(problems.issue(ReadProblem.UNKNOWN_CODE, ReadProblem.UNKNOWN_CODE.getSeverity(),
          pointer, context.line, value,
          Map.of("list", ((UnknownCodeException) e).getCodeType().getSimpleName())));
    } else if (e instanceof InvalidFormatException) {
      context.issues.add(problems.issue(ReadProblem.BAD_FORMAT, ReadProblem.BAD_FORMAT.getSeverity(),
          pointer, context.line, value, Map.of("expected", typeName(e.getTargetType()))));
    } else {
      context.issues.add(problems.issue(ReadProblem.WRONG_TYPE, pointer, context.line,
          Map.of("expected", typeName(e.getTargetType()))));
    }
    return true;
  }

  private void reportUnbuildable(JsonMappingException e, Set<String> removed) {
    String pointer = pointer(e);
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    Matcher missing = MISSING.matcher(String.valueOf(cause.getMessage()));
    if (cause instanceof NullPointerException || missing.find()) {
      String[] names = cause instanceof NullPointerException
          ? new String[] {String.valueOf(cause.getMessage())}
          : missing.group(1).split(",\\s*");
      String base = cause instanceof NullPointerException ? parent(pointer) : pointer;
      for (String name : names) {
        String location = base + "/" + name;
        if (!removed.contains(location)) {
          context.issues.add(
              context.problems.issue(ReadProblem.MISSING_REQUIRED, location, context.line));
        }
      }
      if (names.length > 0) {
        return;
      }
    }
    context.issues.add(context.problems.issue(ReadProblem.INVALID_VALUE, pointer, context.line,
        Map.of("detail", cause.getClass().getSimpleName())));
  }

  /** Takes a value out of the tree: an object's property is removed, an array's element nulled. */
  private static boolean remove(JsonNode tree, String pointer) {
    JsonPointer path = JsonPointer.compile(pointer);
    JsonNode parent = tree.at(path.head());
    String last = path.last().getMatchingProperty();
    if (parent instanceof ObjectNode && parent.has(last)) {
      ((ObjectNode) parent).remove(last);
      return true;
    }
    int index = path.last().getMatchingIndex();
    if (parent instanceof ArrayNode && index >= 0 && index < parent.size()
        && !parent.get(index).isNull()) {
      ((ArrayNode) parent).set(index, NullNode.getInstance());
      return true;
    }
    return false;
  }

  static String pointer(JsonMappingException e) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      pointer.append('/');
      if (reference.getFieldName() != null) {
        pointer.append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else {
        pointer.append(reference.getIndex());
      }
    }
    return pointer.toString();
  }

  private static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /** The offending value of a failed conversion, unless it belongs to a personal property. */
  private static String shownValue(MismatchedInputException e) {
    if (!(e instanceof InvalidFormatException)) {
      return null;
    }
    List<JsonMappingException.Reference> path = e.getPath();
    for (int i = path.size() - 1; i >= 0; i--) {
      JsonMappingException.Reference reference = path.get(i);
      if (reference.getFieldName() != null) {
        Object from = reference.getFrom();
        Class<?> owner = from instanceof Class ? (Class<?>) from
            : from == null ? null : from.getClass();
        if (owner == null) {
          return null;
        }
        Class<?> model = owner.getEnclosingClass() != null ? owner.getEnclosingClass() : owner;
        return PersonalProperties.of(model).contains(reference.getFieldName())
            ? null : String.valueOf(((InvalidFormatException) e).getValue());
      }
    }
    return null;
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "value";
    }
    if (type == java.time.LocalDate.class) {
      return "yyyy-MM-dd";
    }
    if (type == java.time.OffsetDateTime.class) {
      return "yyyy-MM-ddTHH:mm:ss+hh:mm";
    }
    if (type.getSimpleName().equals("PartialDate")) {
      return "yyyy, yyyy-MM or yyyy-MM-dd";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return "number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "boolean";
    }
    if (Iterable.class.isAssignableFrom(type)) {
      return "array";
    }
    if (type == String.class || type.isEnum()) {
      return "string";
    }
    return "object";
  }

  /** Where issues of the record being bound go. */
  private static final class Context {
    final Problems problems;
    final boolean strict;
    long line;
    List<Issue> issues;

    Context(Problems problems, boolean strict) {
      this.problems = problems;
      this.strict = strict;
    }
  }

  /** Reports unknown properties and skips them, so that binding goes on. */
  private static final class UnknownPropertyHandler extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
        JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName)
        throws IOException {
      Context target = (Context) context.getAttribute(ISSUES);
      if (target == null) {
        return false;
      }
      RepeatedKeys keys = RepeatedKeys.of(context);
      // in the direct way, skipping a value could skip a null in it without reporting it
      if (keys != null && (!parser.currentToken().isScalarValue()
          || parser.currentToken() == JsonToken.VALUE_NULL || !keys.isFirst(propertyName))) {
        throw RepeatedKeys.notDirect(parser);
      }
      String pointer = parser.getParsingContext().pathAsPointer().toString();
      Severity severity = target.strict ? Severity.ERROR : Severity.WARNING;
      target.issues.add(target.problems.issue(ReadProblem.UNKNOWN_PROPERTY, severity, pointer,
          target.line, null, Map.of()));
      parser.skipChildren();
      return true;
    }
  }
}
