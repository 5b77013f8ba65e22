package org.dicu.serialization.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.PropertyMetadata;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.introspect.VirtualAnnotatedMember;
import com.fasterxml.jackson.databind.introspect.VisibilityChecker;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.util.SimpleBeanPropertyDefinition;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dicu.core.record.ExchangeRecord;

/**
 * Maps the model without annotations in it: finds the Immutables builder of each model type,
 * names the builder method that sets each property (the {@code Optional} overload for optional
 * attributes, the {@code Iterable} one for collections), orders properties as
 * {@link ModelTypes} says, omits absent values and false flags, and adds {@code schemaVersion} to
 * records.
 */
final class ModelIntrospector extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  private static final ClassValue<Optional<Class<?>>> BUILDERS =
      new ClassValue<>() {
        @Override
        protected Optional<Class<?>> computeValue(Class<?> type) {
          return findBuilder(type);
        }
      };

  @Override
  public Class<?> findPOJOBuilder(AnnotatedClass ac) {
    return BUILDERS.get(ac.getRawType()).orElse(null);
  }

  @Override
  public JsonPOJOBuilder.Value findPOJOBuilderConfig(AnnotatedClass ac) {
    return isBuilder(ac.getRawType()) ? new JsonPOJOBuilder.Value("build", "") : null;
  }

  @Override
  public VisibilityChecker<?> findAutoDetectVisibility(
      AnnotatedClass ac, VisibilityChecker<?> checker) {
    Class<?> type = ac.getRawType();
    if (isBuilder(type) || ModelTypes.modelType(type) != null) {
      return checker.with(Visibility.NONE)
          .withGetterVisibility(Visibility.PUBLIC_ONLY)
          .withIsGetterVisibility(Visibility.PUBLIC_ONLY);
    }
    return checker;
  }

  @Override
  public PropertyName findNameForDeserialization(Annotated annotated) {
    if (!(annotated instanceof AnnotatedMethod)) {
      return null;
    }
    AnnotatedMethod method = (AnnotatedMethod) annotated;
    Class<?> builder = method.getDeclaringClass();
    if (!isBuilder(builder) || method.getParameterCount() != 1) {
      return null;
    }
    String name = method.getName();
    Class<?> attribute = attributeType(builder.getEnclosingClass(), name);
    if (attribute == null) {
      return null;
    }
    Class<?> parameter = method.getRawParameterType(0);
    boolean chosen;
    if (attribute == Optional.class) {
      chosen = parameter == Optional.class;
    } else if (Collection.class.isAssignableFrom(attribute)) {
      chosen = parameter == Iterable.class;
    } else {
      chosen = parameter == attribute;
    }
    return chosen ? PropertyName.construct(name) : null;
  }

  @Override
  public String[] findSerializationPropertyOrder(AnnotatedClass ac) {
    Class<?> model = ModelTypes.modelType(ac.getRawType());
    return model == null ? null : ModelTypes.PROPERTIES.get(model).toArray(new String[0]);
  }

  @Override
  public JsonIgnoreProperties.Value findPropertyIgnoralByName(
      MapperConfig<?> config, Annotated annotated) {
    if (annotated instanceof AnnotatedClass && isBuilder(annotated.getRawType())) {
      // read by the record reader itself, before the record is bound
      return JsonIgnoreProperties.Value.forIgnoredProperties("recordType", "schemaVersion")
          .withAllowGetters();
    }
    return null;
  }

  @Override
  public JsonInclude.Value findPropertyInclusion(Annotated annotated) {
    if (annotated instanceof AnnotatedMethod) {
      AnnotatedMethod method = (AnnotatedMethod) annotated;
      if (ModelTypes.modelType(method.getDeclaringClass()) != null
          && method.getRawReturnType() == boolean.class) {
        return JsonInclude.Value.construct(JsonInclude.Include.NON_DEFAULT, null);
      }
    }
    if (annotated instanceof AnnotatedClass
        && ModelTypes.modelType(annotated.getRawType()) != null) {
      return JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null);
    }
    return JsonInclude.Value.empty();
  }

  @Override
  public void findAndAddVirtualProperties(
      MapperConfig<?> config, AnnotatedClass ac, List<BeanPropertyWriter> properties) {
    if (!ExchangeRecord.class.isAssignableFrom(ac.getRawType())) {
      return;
    }
    JavaType type = config.constructType(String.class);
    VirtualAnnotatedMember member =
        new VirtualAnnotatedMember(ac, ac.getRawType(), "schemaVersion", type);
    SchemaVersionWriter writer = SchemaVersionWriter.create(config, ac,
        SimpleBeanPropertyDefinition.construct(config, member,
            PropertyName.construct("schemaVersion"), PropertyMetadata.STD_REQUIRED,
            JsonInclude.Include.ALWAYS));
    int afterRecordType = properties.isEmpty()
        || !"recordType".equals(properties.get(0).getName()) ? 0 : 1;
    properties.add(afterRecordType, writer);
  }

  private static boolean isBuilder(Class<?> type) {
    Class<?> enclosing = type.getEnclosingClass();
    return enclosing != null
        && "Builder".equals(type.getSimpleName())
        && enclosing.getPackageName().startsWith("org.dicu.core.")
        && enclosing.getSimpleName().startsWith("Immutable");
  }

  private static Optional<Class<?>> findBuilder(Class<?> type) {
    Class<?> model = ModelTypes.modelType(type);
    if (model == null) {
      return Optional.empty();
    }
    String name = model.getPackageName() + ".Immutable" + model.getSimpleName() + "$Builder";
    try {
      return Optional.of(Class.forName(name, false, model.getClassLoader()));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  /** Returns the raw type of the attribute a builder method sets, from the model's accessor. */
  private static Class<?> attributeType(Class<?> immutable, String attribute) {
    if (immutable == null) {
      return null;
    }
    String suffix = Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
    for (String accessor : new String[] {"get" + suffix, "is" + suffix}) {
      try {
        Method method = immutable.getMethod(accessor);
        return method.getReturnType();
      } catch (NoSuchMethodException e) {
        // try the next accessor form
      }
    }
    return null;
  }
}
