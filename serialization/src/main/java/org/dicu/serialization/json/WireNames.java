package org.dicu.serialization.json;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dicu.core.record.RecordType;

/**
 * The wire names of the exchange format, for the other formats and tools built on it (such as
 * the JSON Schema): the properties of each mapped model type in the order they are written, the
 * model type of each record type, and the schema version.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WireNames {

  private WireNames() {}

  /**
   * Obtains the wire names of a mapped model type in the order they are written.
   *
   * <p>Records start with {@code recordType}; the {@code schemaVersion} that every record carries
   * after it is not a property of the model and is not listed.
   *
   * @param modelType  the model type, such as {@code Person.class}, or its Immutables
   *     implementation, not null
   * @return the property names in wire order, not null
   * @throws NullPointerException if {@code modelType} is null
   * @throws IllegalArgumentException if the type is not mapped by the exchange format
   */
  public static List<String> of(Class<?> modelType) {
    Objects.requireNonNull(modelType, "modelType");
    Class<?> model = ModelTypes.modelType(modelType);
    if (model == null) {
      throw new IllegalArgumentException("not a type of the exchange format: " + modelType);
    }
    return ModelTypes.PROPERTIES.get(model);
  }

  /**
   * Obtains the model type of each record type that travels alone.
   *
   * @return the model types by record type, in the order of {@link RecordType}, not null
   */
  public static Map<RecordType, Class<?>> records() {
    return Collections.unmodifiableMap(new EnumMap<>(ModelTypes.RECORDS));
  }

  /**
   * Returns the schema version written into every record, such as {@code 1.0}.
   *
   * @return the schema version, not null
   */
  public static String schemaVersion() {
    return ModelTypes.SCHEMA_VERSION;
  }
}
