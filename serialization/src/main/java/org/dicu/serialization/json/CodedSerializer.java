package org.dicu.serialization.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.dicu.core.code.Coded;
import org.dicu.core.gcm.GcmObjective;

/** Writes a code-list constant as its wire code; a GCM objective as its number. */
final class CodedSerializer extends StdSerializer<Coded> {

  private static final long serialVersionUID = 1L;

  CodedSerializer() {
    super(Coded.class);
  }

  @Override
  public void serialize(Coded value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    if (value instanceof GcmObjective) {
      generator.writeNumber(((GcmObjective) value).getNumber());
    } else {
      generator.writeString(value.getCode());
    }
  }
}
