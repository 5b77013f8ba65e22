package org.dicu.serialization.stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.BuilderBasedDeserializer;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.impl.MethodProperty;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Finds a key repeated in an object of a record that is bound straight from its bytes, where the
 * parser's own detection is off: it cost a tenth of reading, a set of names for every object.
 *
 * <p>Every object of a record is bound by the Immutables builder of a model type, so each
 * property that a builder sets is marked with its bit in the object's frame, and each unknown key
 * with its name; a key marked twice stops the binding, and the record is then read the copying
 * way, whose parser locates and reports the repetition. Keys that binding skips without setting
 * anything, {@code recordType} and {@code schemaVersion}, are read off the record before it is
 * bound, and met anywhere later they stop the binding too. A property beyond the 64th of a type
 * shares a bit with another, which can only send a record the copying way for nothing.
 *
 * <p>Active only in the bindings of a {@link DirectMapper} whose reader holds an instance under
 * {@link #ATTRIBUTE}; an instance belongs to one binder.
 */
final class RepeatedKeys {

  /** The reader attribute that holds the instance of a binder. */
  static final String ATTRIBUTE = "dicu.repeated-keys";

  /** Marks properties and objects in the bindings of the mapper that has it. */
  static final SimpleModule MODULE = new SimpleModule("dicu-repeated-keys")
      .setDeserializerModifier(new Marking());

  /** The bits of the properties set in each open object, the innermost last. */
  private long[] properties = new long[16];
  /** Where the unknown keys of each open object start in {@link #unknownKeys}. */
  private int[] unknownFrom = new int[16];
  private final List<String> unknownKeys = new ArrayList<>();
  private int depth;

  /** Forgets everything, before a record is bound. */
  void reset() {
    depth = 0;
    unknownKeys.clear();
  }

  private void open() {
    if (depth == properties.length) {
      properties = Arrays.copyOf(properties, depth * 2);
      unknownFrom = Arrays.copyOf(unknownFrom, depth * 2);
    }
    properties[depth] = 0L;
    unknownFrom[depth] = unknownKeys.size();
    depth++;
  }

  private void close() {
    depth--;
    if (unknownKeys.size() > unknownFrom[depth]) {
      unknownKeys.subList(unknownFrom[depth], unknownKeys.size()).clear();
    }
  }

  /** Marks a property of the object being bound; false when it was marked, or no object is. */
  private boolean isFirst(int bit) {
    if (depth == 0) {
      return false;
    }
    long mask = 1L << bit;
    long marked = properties[depth - 1];
    properties[depth - 1] = marked | mask;
    return (marked & mask) == 0;
  }

  /**
   * Marks an unknown key of the object being bound.
   *
   * @return false when the object had it already, or when no object is being bound, so that a
   *     key outside every frame sends the record the copying way rather than pass unchecked
   */
  boolean isFirst(String key) {
    if (depth == 0) {
      return false;
    }
    for (int i = unknownFrom[depth - 1]; i < unknownKeys.size(); i++) {
      if (unknownKeys.get(i).equals(key)) {
        return false;
      }
    }
    unknownKeys.add(key);
    return true;
  }

  /** The instance of the binding under way, or null when none is looking. */
  static RepeatedKeys of(DeserializationContext context) {
    return context instanceof DirectMapper.BindingContext
        ? ((DirectMapper.BindingContext) context).keys : null;
  }

  /** The failure that sends a record the copying way, which locates and reports its problem. */
  static JsonMappingException notDirect(JsonParser parser) {
    return JsonMappingException.from(parser, "a record for the copying way");
  }

  /** Wraps each builder's properties and each builder-based deserializer. */
  private static final class Marking extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public BeanDeserializerBuilder updateBuilder(
        DeserializationConfig config, BeanDescription description, BeanDeserializerBuilder builder) {
      List<SettableBeanProperty> marked = new ArrayList<>();
      int bit = 0;
      for (Iterator<SettableBeanProperty> it = builder.getProperties(); it.hasNext(); ) {
        marked.add(new MarkedProperty(it.next(), bit++ & 63));
      }
      for (SettableBeanProperty property : marked) {
        builder.addOrReplaceProperty(property, true);
      }
      return builder;
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
      return deserializer instanceof BuilderBasedDeserializer
          ? new MarkedObject(deserializer) : deserializer;
    }
  }

  /**
   * A property that marks its bit before it is set, and calls its builder's method through a
   * lambda rather than by reflection when it can.
   */
  private static final class MarkedProperty extends SettableBeanProperty.Delegating {
    private static final long serialVersionUID = 1L;

    private final int bit;
    private final transient BiFunction<Object, Object, Object> setter;

    MarkedProperty(SettableBeanProperty delegate, int bit) {
      super(delegate);
      this.bit = bit;
      this.setter = delegate instanceof MethodProperty ? Setters.of(delegate.getMember()) : null;
    }

    @Override
    protected SettableBeanProperty withDelegate(SettableBeanProperty delegate) {
      return new MarkedProperty(delegate, bit);
    }

    @Override
    public void deserializeAndSet(
        JsonParser parser, DeserializationContext context, Object instance) throws IOException {
      mark(parser, context);
      delegate.deserializeAndSet(parser, context, instance);
    }

    @Override
    public Object deserializeSetAndReturn(
        JsonParser parser, DeserializationContext context, Object instance) throws IOException {
      mark(parser, context);
      if (setter == null) {
        return delegate.deserializeSetAndReturn(parser, context, instance);
      }
      Object value = delegate.deserialize(parser, context);
      try {
        return setter.apply(instance, value);
      } catch (RuntimeException e) {
        // the copying way binds by reflection and reports what the builder refused
        throw notDirect(parser);
      }
    }

    private void mark(JsonParser parser, DeserializationContext context)
        throws JsonMappingException {
      RepeatedKeys keys = of(context);
      if (keys != null && !keys.isFirst(bit)) {
        throw notDirect(parser);
      }
    }
  }

  /** A deserializer that gives each object it binds a frame of its own. */
  private static final class MarkedObject extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    MarkedObject(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new MarkedObject(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      RepeatedKeys keys = of(context);
      if (keys == null) {
        return _delegatee.deserialize(parser, context);
      }
      keys.open();
      Object value = _delegatee.deserialize(parser, context);
      keys.close();
      return value;
    }
  }
}
