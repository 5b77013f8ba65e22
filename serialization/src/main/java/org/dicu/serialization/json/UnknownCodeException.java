package org.dicu.serialization.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A value that is not a code of its list: an unknown code-list value, country, language or GCM
 * objective. The message names the list and never repeats the offending text.
 */
public final class UnknownCodeException extends InvalidFormatException {

  private static final long serialVersionUID = 1L;

  private UnknownCodeException(JsonParser parser, String message, String value, Class<?> type) {
    super(parser, message, value, type);
  }

  static UnknownCodeException of(JsonParser parser, String value, Class<?> type) {
    return new UnknownCodeException(
        parser, "not a code of " + type.getSimpleName(), value, type);
  }

  /**
   * Returns the code list, or value type, the value does not belong to.
   *
   * @return the target type, not null
   */
  public Class<?> getCodeType() {
    return getTargetType();
  }
}
