package org.dicu.serialization.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.ser.VirtualBeanPropertyWriter;
import com.fasterxml.jackson.databind.util.Annotations;

/** Writes {@code "schemaVersion"} into every record, right after {@code "recordType"}. */
final class SchemaVersionWriter extends VirtualBeanPropertyWriter {

  private static final long serialVersionUID = 1L;

  private SchemaVersionWriter(
      BeanPropertyDefinition definition, Annotations annotations, JavaType type) {
    super(definition, annotations, type);
  }

  /** Required by Jackson for virtual properties; not used. */
  SchemaVersionWriter() {
    super();
  }

  static SchemaVersionWriter create(
      MapperConfig<?> config, AnnotatedClass ac, BeanPropertyDefinition definition) {
    return new SchemaVersionWriter(
        definition, ac.getAnnotations(), config.constructType(String.class));
  }

  @Override
  protected Object value(Object bean, JsonGenerator generator, SerializerProvider provider) {
    return ModelTypes.SCHEMA_VERSION;
  }

  @Override
  public VirtualBeanPropertyWriter withConfig(
      MapperConfig<?> config, AnnotatedClass declaringClass, BeanPropertyDefinition propDef,
      JavaType type) {
    return new SchemaVersionWriter(propDef, declaringClass.getAnnotations(), type);
  }
}
