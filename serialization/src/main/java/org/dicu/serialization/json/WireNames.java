package org.dicu.serialization.json;

import java.util.List;
import java.util.Map;
import org.dicu.core.record.RecordType;

/**
 * The wire names of the exchange format: the properties of each mapped model type in the order
 * they are written, and the model class of each record type.
 */
public final class WireNames {

  private WireNames() {}

  /**
   * Returns the wire names of a model type's properties, in the order they are written.
   *
   * @param modelType  a model type such as {@code Person.class}, or its Immutables implementation
   * @return the names, empty when the type is not mapped
   */
  public static List<String> of(Class<?> modelType) {
    Class<?> model = ModelTypes.modelType(modelType);
    return model == null ? List.of() : ModelTypes.PROPERTIES.get(model);
  }

  /**
   * Returns the model class of each record type.
   *
   * @return the classes by record type, not null
   */
  public static Map<RecordType, Class<?>> records() {
    return ModelTypes.RECORDS;
  }
}
