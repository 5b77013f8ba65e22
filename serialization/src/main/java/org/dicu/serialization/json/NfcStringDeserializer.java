package org.dicu.serialization.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import java.text.Normalizer;

/**
 * Reads text normalised to Unicode NFC: Vietnamese names arrive both composed and decomposed, and
 * the model stores one form so that equal names compare equal.
 */
final class NfcStringDeserializer extends StringDeserializer {

  private static final long serialVersionUID = 1L;

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    String text = super.deserialize(parser, context);
    if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      return text;
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
