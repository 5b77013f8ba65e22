package org.dicu.serialization.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Safely configured Jackson object mappers for dicu records.
 *
 * <p>They register {@link DicuModule}, never enable default typing (records are told apart by
 * their logical {@code recordType} only), reject unknown properties, duplicate keys and nulls for
 * primitives, bound nesting depth and the length of strings and numbers, write ISO-8601 dates, and
 * keep the offsets of times as written.
 */
public final class DicuMappers {

  /** The deepest nesting a record may have; the deepest record of the model is well below. */
  public static final int MAX_NESTING_DEPTH = 32;
  /** The longest string, in characters; long narratives are at most 8 000. */
  public static final int MAX_STRING_LENGTH = 100_000;
  /** The longest number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;

  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"));

  private DicuMappers() {}

  /**
   * Obtains a writer of the canonical, indented form used by docs/FORMAT.md and the golden files:
   * two spaces per level, {@code "name": value}, one array element per line, {@code \n} line ends.
   *
   * @param mapper  a mapper from {@link #newObjectMapper()}, not null
   * @return the writer, not null
   */
  public static ObjectWriter prettyWriter(ObjectMapper mapper) {
    return mapper.writer(PRETTY);
  }

  /**
   * Obtains a new object mapper with the default limits.
   *
   * @return the mapper, not null
   */
  public static ObjectMapper newObjectMapper() {
    return newObjectMapper(StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .build());
  }

  /**
   * Obtains a new object mapper with the given parsing limits.
   *
   * @param constraints  the limits on nesting, strings and numbers, not null
   * @return the mapper, not null
   */
  public static ObjectMapper newObjectMapper(StreamReadConstraints constraints) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        // coordinates: correctly rounded like Double.parseDouble, without its slow path
        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        // the shortest text that reads back as the same double, as Double.toString gives from
        // Java 19 on, without the slow path of Java 17's
        .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new DicuModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        // a null in a list is left out (the record reader reports it); lists never hold nulls
        .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.SKIP))
        .build();
  }
}
