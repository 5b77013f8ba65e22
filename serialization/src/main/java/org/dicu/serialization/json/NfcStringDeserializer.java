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
    if (text == null || isComposedForSure(text)
        || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      return text;
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Checks, faster than the normaliser, whether text is in NFC because each of its characters is
   * one that NFC keeps as it is, next to any other such: Latin letters below the combining marks
   * (U+0300), and the precomposed letters with Vietnamese tone marks (U+1E00 to U+1EFF).
   */
  private static boolean isComposedForSure(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isComposedForSure(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Checks whether a character is one that NFC keeps as it is next to any other such. */
  static boolean isComposedForSure(char c) {
    return c < '\u0300' || c >= '\u1E00' && c <= '\u1EFF';
  }
}
