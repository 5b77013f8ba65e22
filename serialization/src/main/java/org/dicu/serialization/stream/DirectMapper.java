package org.dicu.serialization.stream;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CacheProvider;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.DeserializerFactory;

/**
 * The mapper of the direct way, which binds a record straight from its bytes: a copy of the
 * reader's mapper that fails on every JSON null, marks the keys each builder sets, and calls the
 * builders' methods through lambdas ({@link Setters}) rather than by reflection.
 *
 * <p>A null, whether a property's value or an element of a list, stops the binding, so that the
 * record is read the copying way, which reports every null; searching each line for the bytes
 * {@code null} before binding it took 4% of reading. Each binding's {@link RepeatedKeys} is held
 * by its {@link BindingContext}, found once per record rather than by a lookup of the context's
 * attributes for every property, which took 2%.
 */
final class DirectMapper extends ObjectMapper {

  private static final long serialVersionUID = 1L;

  /**
   * Copies a mapper.
   *
   * @param base  the reader's mapper, with {@link RecordBinder#HANDLER} added
   */
  DirectMapper(ObjectMapper base) {
    super(base);
    _deserializationContext = new BindingContext(_deserializationContext.getFactory());
    setDefaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL));
    registerModule(RepeatedKeys.MODULE);
  }

  /** A deserialization context that holds the {@link RepeatedKeys} of the binding under way. */
  static final class BindingContext extends DefaultDeserializationContext {
    private static final long serialVersionUID = 1L;

    /** The keys of the binding, from {@link RepeatedKeys#ATTRIBUTE}; null when none look. */
    final transient RepeatedKeys keys;

    BindingContext(DeserializerFactory factory) {
      super(factory, null);
      keys = null;
    }

    private BindingContext(BindingContext blueprint, DeserializationConfig config,
        JsonParser parser, InjectableValues values) {
      super(blueprint, config, parser, values);
      keys = (RepeatedKeys) config.getAttributes().getAttribute(RepeatedKeys.ATTRIBUTE);
    }

    private BindingContext(BindingContext blueprint, DeserializationConfig config) {
      super(blueprint, config);
      keys = null;
    }

    private BindingContext(BindingContext blueprint, DeserializerFactory factory) {
      super(blueprint, factory);
      keys = null;
    }

    private BindingContext(BindingContext blueprint, CacheProvider caches) {
      super(blueprint, caches);
      keys = null;
    }

    private BindingContext(BindingContext blueprint) {
      super(blueprint);
      keys = null;
    }

    @Override
    public DefaultDeserializationContext copy() {
      return new BindingContext(this);
    }

    @Override
    public DefaultDeserializationContext with(DeserializerFactory factory) {
      return new BindingContext(this, factory);
    }

    @Override
    public DefaultDeserializationContext withCaches(CacheProvider caches) {
      return new BindingContext(this, caches);
    }

    @Override
    public DefaultDeserializationContext createInstance(
        DeserializationConfig config, JsonParser parser, InjectableValues values) {
      return new BindingContext(this, config, parser, values);
    }

    @Override
    public DefaultDeserializationContext createDummyInstance(DeserializationConfig config) {
      return new BindingContext(this, config);
    }
  }
}
