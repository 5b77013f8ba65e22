package org.dicu.serialization.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import org.dicu.core.code.CodeList;
import org.dicu.core.code.Coded;
import org.dicu.core.gcm.GcmObjective;

/**
 * Reads a code-list constant from its exact wire code (a GCM objective from its number); any
 * other text is an {@link UnknownCodeException}.
 */
final class CodedDeserializer<E extends Enum<E> & Coded> extends StdScalarDeserializer<E> {

  private static final long serialVersionUID = 1L;

  private final transient CodeList<E> codes;
  private final transient CodeTable<E> table;

  CodedDeserializer(CodeList<E> codes) {
    super(codes.getType());
    this.codes = codes;
    this.table = new CodeTable<>(codes);
  }

  @Override
  public E deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT && GcmObjective.class.equals(codes.getType())) {
      int number = parser.getIntValue();
      return codes.getType().cast(GcmObjective.ofNumber(number)
          .orElseThrow(() -> UnknownCodeException.of(parser, Integer.toString(number),
              codes.getType())));
    }
    if (token != JsonToken.VALUE_STRING) {
      return codes.getType().cast(context.handleUnexpectedToken(codes.getType(), parser));
    }
    E constant = table.find(parser.getTextCharacters(), parser.getTextOffset(),
        parser.getTextLength());
    if (constant == null) {
      throw UnknownCodeException.of(parser, parser.getText(), codes.getType());
    }
    return constant;
  }
}
