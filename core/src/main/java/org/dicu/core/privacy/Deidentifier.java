package org.dicu.core.privacy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.dicu.core.record.ExchangeRecord;
import org.dicu.core.record.RecordType;

/**
 * Removes personal data from records and replaces their person-linked identifiers by keyed
 * pseudonyms.
 *
 * <pre>{@code
 * Deidentifier deidentifier = Deidentifier.withKey(Files.readAllBytes(keyFile));
 * DeidentifiedRecord<TraffickingCase> result = deidentifier.deidentify(trafficking);
 * }</pre>
 *
 * <p>Every attribute marked {@link PersonalData}, at any depth, is emptied: an optional becomes
 * empty, a list becomes empty, and an element of a list that cannot exist without its personal
 * data (a comment without its text, an identity document without its number) is left out. The id
 * of a record about a person (a trafficking case) becomes {@code p:} followed by the Base32 form
 * (lower case, no padding) of its HMAC-SHA-256 under the key: the same key and id always give the
 * same pseudonym, so a key holder can link files, and without the key there is no way back.
 * Agency ids are not personal and are kept.
 *
 * <p>This class is immutable and thread-safe; its {@code toString()} never shows the key.
 */
public final class Deidentifier {

  /** The shortest key accepted, in bytes. */
  public static final int MINIMUM_KEY_LENGTH = 32;

  /** The prefix of every pseudonym. */
  public static final String PSEUDONYM_PREFIX = "p:";

  private static final String ALGORITHM = "HmacSHA256";
  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final Set<RecordType> ABOUT_A_PERSON = EnumSet.of(RecordType.TRAFFICKING_CASE);
  private static final Object DROP = new Object();

  private final SecretKeySpec key;

  private Deidentifier(SecretKeySpec key) {
    this.key = key;
  }

  /**
   * Obtains a de-identifier with a secret key, which is copied.
   *
   * @param key  the secret key, at least 32 bytes, not null
   * @return the de-identifier, not null
   * @throws NullPointerException if the key is null
   * @throws IllegalArgumentException if the key is shorter than 32 bytes
   */
  public static Deidentifier withKey(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MINIMUM_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "the key must have at least " + MINIMUM_KEY_LENGTH + " bytes, it has " + key.length);
    }
    byte[] copy = key.clone();
    try {
      return new Deidentifier(new SecretKeySpec(copy, ALGORITHM));
    } finally {
      Arrays.fill(copy, (byte) 0);
    }
  }

  /**
   * Obtains the keyed pseudonym of an identifier: {@code p:} and 52 Base32 characters, which
   * matches {@link ExchangeRecord#ID_PATTERN}.
   *
   * @param id  the identifier, not null
   * @return the pseudonym, the same for the same key and identifier, not null
   */
  public String pseudonym(String id) {
    Objects.requireNonNull(id, "id");
    byte[] digest;
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      digest = mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
    return PSEUDONYM_PREFIX + base32(digest);
  }

  /**
   * Obtains a copy of a record without personal data, its person-linked identifiers pseudonymised.
   *
   * @param <T> the type of record
   * @param record  the record, not null
   * @return the de-identified copy with its report, not null
   */
  public <T extends ExchangeRecord> DeidentifiedRecord<T> deidentify(T record) {
    Objects.requireNonNull(record, "record");
    ImmutableDeidentificationReport.Builder report = DeidentificationReport.builder();
    Object scrubbed = scrub(record, "", report);
    if (scrubbed == DROP) {
      throw new IllegalStateException("a record type has a required personal attribute");
    }
    if (ABOUT_A_PERSON.contains(record.getRecordType())) {
      scrubbed = with(scrubbed, "id", String.class, pseudonym(record.getId()));
      report.addPseudonymised("/id");
    }
    @SuppressWarnings("unchecked")
    T result = (T) scrubbed;
    return DeidentifiedRecord.of(result, report.build());
  }

  @Override
  public String toString() {
    return "Deidentifier[" + ALGORITHM + ", key redacted]";
  }

  private static Object scrub(
      Object value, String pointer, ImmutableDeidentificationReport.Builder report) {
    if (!isModel(value)) {
      return value;
    }
    Set<String> personal = PersonalProperties.of(value.getClass());
    List<Method> accessors = accessors(value.getClass());
    if (needsPersonalData(accessors, personal)) {
      report.putRemoved(pointer, 1);
      return DROP;
    }
    Object current = value;
    for (Method accessor : accessors) {
      String property = property(accessor);
      String path = pointer + "/" + property;
      Object attribute = invoke(accessor, value);
      if (personal.contains(property)) {
        if (attribute instanceof Optional<?> optional) {
          if (optional.isPresent()) {
            report.putRemoved(path, 1);
            current = with(current, property, Optional.class, Optional.empty());
          }
        } else if (attribute instanceof Collection<?> collection) {
          if (!collection.isEmpty()) {
            report.putRemoved(path, collection.size());
            current = with(current, property, Iterable.class, List.of());
          }
        } else if (attribute instanceof Map<?, ?> map) {
          if (!map.isEmpty()) {
            report.putRemoved(path, map.size());
            current = with(current, property, Map.class, Map.of());
          }
        }
      } else if (attribute instanceof Optional<?> optional && isModel(optional.orElse(null))) {
        Object inner = scrub(optional.get(), path, report);
        if (inner == DROP) {
          current = with(current, property, Optional.class, Optional.empty());
        } else if (inner != optional.get()) {
          current = with(current, property, Optional.class, Optional.of(inner));
        }
      } else if (attribute instanceof List<?> list && list.stream().anyMatch(Deidentifier::isModel)) {
        List<Object> kept = new ArrayList<>(list.size());
        boolean changed = false;
        for (int i = 0; i < list.size(); i++) {
          Object inner = scrub(list.get(i), path + "/" + i, report);
          changed |= inner != list.get(i);
          if (inner != DROP) {
            kept.add(inner);
          }
        }
        if (changed) {
          current = with(current, property, Iterable.class, kept);
        }
      } else if (isModel(attribute)) {
        Object inner = scrub(attribute, path, report);
        if (inner == DROP) {
          return DROP;
        } else if (inner != attribute) {
          current = with(current, property, accessor.getReturnType(), inner);
        }
      }
    }
    return current;
  }

  /** Tells whether a value has a required personal attribute, so cannot exist without it. */
  private static boolean needsPersonalData(List<Method> accessors, Set<String> personal) {
    for (Method accessor : accessors) {
      if (personal.contains(property(accessor))) {
        Class<?> type = accessor.getReturnType();
        if (!Optional.class.isAssignableFrom(type)
            && !Collection.class.isAssignableFrom(type)
            && !Map.class.isAssignableFrom(type)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Tells whether a value is a generated value type of the model, whose attributes are walked. */
  private static boolean isModel(Object value) {
    return value != null
        && value.getClass().getModule() == Deidentifier.class.getModule()
        && value.getClass().getSimpleName().startsWith("Immutable")
        && value.getClass().getPackageName().startsWith("org.dicu.core");
  }

  private static List<Method> accessors(Class<?> type) {
    List<Method> accessors = new ArrayList<>();
    for (Method method : type.getMethods()) {
      String name = method.getName();
      if (!Modifier.isStatic(method.getModifiers())
          && method.getParameterCount() == 0
          && method.getReturnType() != void.class
          && method.getDeclaringClass() != Object.class
          && (name.startsWith("get") && name.length() > 3
              || name.startsWith("is") && name.length() > 2)) {
        accessors.add(method);
      }
    }
    accessors.sort(Comparator.comparing(Method::getName));
    return accessors;
  }

  private static String property(Method accessor) {
    String name = accessor.getName();
    String rest = name.substring(name.startsWith("get") ? 3 : 2);
    return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
  }

  private static Object with(Object value, String property, Class<?> type, Object argument) {
    String name = "with" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
    try {
      return value.getClass().getMethod(name, type).invoke(value, argument);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException("cannot replace " + property + " of " + value.getClass(), e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot replace " + property + " of " + value.getClass(), e.getCause());
    }
  }

  private static Object invoke(Method accessor, Object value) {
    try {
      return accessor.invoke(value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor, e.getCause());
    }
  }

  private static String base32(byte[] bytes) {
    StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        text.append(BASE32[(buffer >>> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    if (bits > 0) {
      text.append(BASE32[(buffer << (5 - bits)) & 31]);
    }
    return text.toString();
  }
}
