package org.dicu.serialization.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.dicu.core.code.Coded;
import org.dicu.core.gcm.GcmObjective;

/**
 * Writes a code-list constant as its wire code; a GCM objective as its number. The codes of one
 * enum are encoded once, as Jackson does for enum names, instead of escaped and encoded for each
 * value.
 */
final class CodedSerializer extends StdSerializer<Coded> {

  private static final long serialVersionUID = 1L;

  private final Class<?> enumType;
  private final SerializedString[] codes;

  /**
   * Creates the serializer of one code-list enum.
   *
   * @param enumType  the enum, or null for a type that is not one: its values write their code
   */
  CodedSerializer(Class<?> enumType) {
    super(Coded.class);
    this.enumType = enumType;
    Object[] constants = enumType == null ? new Object[0] : enumType.getEnumConstants();
    this.codes = new SerializedString[constants.length];
    for (int i = 0; i < constants.length; i++) {
      codes[i] = new SerializedString(((Coded) constants[i]).getCode());
    }
  }

  @Override
  public void serialize(Coded value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    if (value instanceof GcmObjective) {
      generator.writeNumber(((GcmObjective) value).getNumber());
    } else if (value instanceof Enum && ((Enum<?>) value).getDeclaringClass() == enumType) {
      generator.writeString(codes[((Enum<?>) value).ordinal()]);
    } else {
      generator.writeString(value.getCode());
    }
  }
}
