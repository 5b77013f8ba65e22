package org.dicu.serialization.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.dicu.core.code.CodeList;
import org.dicu.core.code.Coded;
import org.dicu.core.code.Country;
import org.dicu.core.code.Language;
import org.dicu.core.person.PartialDate;

/**
 * The Jackson module of dicu's JSON exchange format: it maps every record of {@code org.dicu.core}
 * through its Immutables builder, writes codes as their wire codes, countries as ISO alpha-2,
 * languages as ISO 639, partial birth dates as {@code "1998"} or {@code "1998-07"}, omits absent
 * values, and normalises text to NFC when reading.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new DicuModule()).build();
 * // or, found through ServiceLoader:
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
 * }</pre>
 *
 * <p>{@link DicuMappers#newObjectMapper()} adds the safe settings dicu expects (no default typing,
 * unknown properties rejected, bounded parsing). This class is immutable and thread-safe.
 */
public final class DicuModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public DicuModule() {
    super("DicuModule", new Version(0, 1, 0, "SNAPSHOT", "org.dicu", "dicu-serialization"));
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule());
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.insertAnnotationIntrospector(new ModelIntrospector());

    SimpleSerializers serializers = new CodedSerializers();
    serializers.addSerializer(LocalDate.class, new IsoDateSerializer());
    serializers.addSerializer(Country.class, ToStringSerializer.instance);
    serializers.addSerializer(Language.class, ToStringSerializer.instance);
    serializers.addSerializer(PartialDate.class, ToStringSerializer.instance);
    context.addSerializers(serializers);

    SimpleDeserializers deserializers = new CodedDeserializers();
    deserializers.addDeserializer(String.class, new NfcStringDeserializer());
    deserializers.addDeserializer(LocalDate.class, new IsoDateDeserializer());
    deserializers.addDeserializer(OffsetDateTime.class, new IsoDateTimeDeserializer());
    deserializers.addDeserializer(Country.class,
        new WireStringDeserializer<>(Country.class, Country::ofAlpha2, true));
    deserializers.addDeserializer(Language.class,
        new WireStringDeserializer<>(Language.class, Language::parse, true));
    deserializers.addDeserializer(PartialDate.class,
        new WireStringDeserializer<>(PartialDate.class, PartialDate::parse, false));
    context.addDeserializers(deserializers);
  }

  /** Finds the serializer of every code-list enum, one for each enum. */
  private static final class CodedSerializers extends SimpleSerializers {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription description) {
      Class<?> raw = type.getRawClass();
      if (Coded.class.isAssignableFrom(raw)) {
        Class<?> enumType = raw.isEnum() ? raw
            : raw.getSuperclass() != null && raw.getSuperclass().isEnum() ? raw.getSuperclass()
            : null;
        return new CodedSerializer(enumType);
      }
      return super.findSerializer(config, type, description);
    }
  }

  /** Finds the deserializer of every code-list enum. */
  private static final class CodedDeserializers extends SimpleDeserializers {
    private static final long serialVersionUID = 1L;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public JsonDeserializer<?> findEnumDeserializer(
        Class<?> type, DeserializationConfig config, BeanDescription description) {
      if (Coded.class.isAssignableFrom(type)) {
        return new CodedDeserializer(CodeList.of((Class) type));
      }
      return null;
    }
  }
}
