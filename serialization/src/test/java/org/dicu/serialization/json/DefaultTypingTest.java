package org.dicu.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps Jackson default typing (class names on the wire, a known remote-code-execution risk) out
 * of the exchange format: polymorphism uses the logical {@code recordType} only.
 */
final class DefaultTypingTest {

  /** The calls and annotations looked for; split so that a search of the repository for them
   *  finds real uses only, not this list. */
  private static final List<String> FORBIDDEN = List.of(
      "activate" + "DefaultTyping", "enable" + "DefaultTyping", "JsonTypeInfo.Id.CLASS",
      "JsonTypeInfo.Id.MINIMAL_CLASS", "Id.CLASS");

  private static boolean hasDefaultTyping(ObjectMapper mapper) {
    return mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(Object.class)) != null
        || mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class))
            != null;
  }

  @Test
  void shouldFindNoDefaultTypingInTheMainSources() throws IOException {
    Path sources = Path.of("src", "main", "java");
    assertThat(sources).isDirectory();
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        String text = Files.readString(file, StandardCharsets.UTF_8).replaceAll("\\s+", "");
        for (String forbidden : FORBIDDEN) {
          if (text.contains(forbidden)) {
            found.add(file + ": " + forbidden);
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void shouldCreateMappersWithoutDefaultTyping() {
    assertThat(hasDefaultTyping(DicuMappers.newObjectMapper())).isFalse();
  }

  @Test
  void shouldNoticeDefaultTypingWhenItIsOn() {
    ObjectMapper mapper = DicuMappers.newObjectMapper();
    mapper.setDefaultTyping(new ObjectMapper.DefaultTypeResolverBuilder(
            ObjectMapper.DefaultTyping.NON_FINAL, BasicPolymorphicTypeValidator.builder().build())
        .init(JsonTypeInfo.Id.CLASS, null)
        .inclusion(JsonTypeInfo.As.PROPERTY));
    assertThat(hasDefaultTyping(mapper)).isTrue();
  }
}
