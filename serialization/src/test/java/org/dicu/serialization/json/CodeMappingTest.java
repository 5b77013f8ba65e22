package org.dicu.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.dicu.core.code.CodeList;
import org.dicu.core.code.Coded;
import org.dicu.core.gcm.GcmObjective;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Codes are looked up from the parser's characters and written from codes encoded once: for every
 * code list a record can hold, a text must read as the constant {@link CodeList#findByCode} finds,
 * and fail as an unknown code when it finds none, and every constant must be written as its code.
 */
final class CodeMappingTest {

  private static final ObjectMapper DICU = DicuMappers.newObjectMapper();

  /** Every code-list enum reachable from the getters of the record types. */
  static Stream<Class<?>> codeLists() {
    Set<Class<?>> found = new LinkedHashSet<>();
    Set<Class<?>> seen = new HashSet<>();
    Deque<Type> pending = new ArrayDeque<>(WireNames.records().values());
    while (!pending.isEmpty()) {
      Type type = pending.pop();
      if (type instanceof ParameterizedType) {
        pending.addAll(List.of(((ParameterizedType) type).getActualTypeArguments()));
        pending.push(((ParameterizedType) type).getRawType());
      } else if (type instanceof Class && seen.add((Class<?>) type)) {
        Class<?> raw = (Class<?>) type;
        if (raw.isEnum() && Coded.class.isAssignableFrom(raw)) {
          found.add(raw);
        } else if (raw.getPackageName().startsWith("org.dicu.core")) {
          for (Method getter : raw.getMethods()) {
            if (getter.getParameterCount() == 0 && getter.getName().startsWith("get")) {
              pending.add(getter.getGenericReturnType());
            }
          }
        }
      }
    }
    assertThat(found).hasSizeGreaterThan(20);
    return found.stream();
  }

  /** The codes of every list, and near misses of them: other case, one more or one less letter. */
  private static List<String> texts() {
    List<String> texts = new ArrayList<>(List.of("", " ", "Ĩ", "\u0000"));
    codeLists().forEach(type -> {
      for (Object constant : type.getEnumConstants()) {
        String code = ((Coded) constant).getCode();
        texts.addAll(List.of(code, code.toLowerCase(Locale.ROOT), code.toUpperCase(Locale.ROOT),
            code + "_", code.substring(1), code.substring(0, code.length() - 1), " " + code,
            code + " ", code.replace('_', '-')));
      }
    });
    return texts;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codeLists")
  @SuppressWarnings({"unchecked", "rawtypes"})
  void shouldReadExactlyTheCodesTheListFinds(Class<?> type) {
    CodeList<?> list = CodeList.of((Class) type);
    int read = 0;
    for (String text : texts()) {
      Object expected = list.findByCode(text).orElse(null);
      try {
        Object value = DICU.readValue(DICU.writeValueAsString(text), type);
        assertThat(value).as(text).isSameAs(expected);
        read++;
      } catch (JsonProcessingException e) {
        assertThat(e).as(text).isInstanceOf(UnknownCodeException.class);
        assertThat(expected).as(text).isNull();
      }
    }
    assertThat(read).isGreaterThanOrEqualTo(list.getValues().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codeLists")
  void shouldWriteEveryConstantAsItsCode(Class<?> type) throws JsonProcessingException {
    for (Object constant : type.getEnumConstants()) {
      String expected = constant instanceof GcmObjective
          ? Integer.toString(((GcmObjective) constant).getNumber())
          : DICU.writeValueAsString(((Coded) constant).getCode());
      assertThat(DICU.writeValueAsString(constant)).isEqualTo(expected);
      assertThat(DICU.writeValueAsString(List.of(constant, constant)))
          .isEqualTo("[" + expected + "," + expected + "]");
    }
  }
}
