package org.dicu.serialization.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a value written as a string in its wire form: a country as its alpha-2 code, a language
 * as its ISO 639 code, a partial date as {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}.
 */
final class WireStringDeserializer<T> extends StdScalarDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Function<String, Optional<T>> parse;
  private final boolean code;

  /**
   * Creates the deserializer.
   *
   * @param type  the value type
   * @param parse  reads the wire form, empty when it is not valid
   * @param code  whether an invalid value is an unknown code (else a bad format)
   */
  WireStringDeserializer(Class<T> type, Function<String, Optional<T>> parse, boolean code) {
    super(type);
    this.parse = parse;
    this.code = code;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      @SuppressWarnings("unchecked")
      T unexpected = (T) context.handleUnexpectedToken(handledType(), parser);
      return unexpected;
    }
    String text = parser.getText();
    Optional<T> value = parse.apply(text);
    if (value.isPresent()) {
      return value.get();
    }
    if (code) {
      throw UnknownCodeException.of(parser, text, handledType());
    }
    throw context.weirdStringException(text, handledType(), "not in the expected format");
  }
}
