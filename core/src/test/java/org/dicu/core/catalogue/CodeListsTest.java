package org.dicu.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dicu.core.code.Coded;
import org.dicu.core.person.Gender;
import org.junit.jupiter.api.Test;

final class CodeListsTest {

  @Test
  void shouldListEveryCodeListEnumOfTheModel() throws IOException, URISyntaxException {
    Path classes = Path.of(Coded.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<Class<?>> found;
    try (Stream<Path> files = Files.walk(classes)) {
      found = files.map(classes::relativize).map(Path::toString)
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - 6).replace('/', '.').replace('\\', '.'))
          .filter(name -> name.startsWith("org.dicu.core."))
          .map(CodeListsTest::load)
          .filter(type -> type.isEnum() && Coded.class.isAssignableFrom(type))
          .collect(Collectors.toSet());
    }
    Set<Class<?>> listed = CodeLists.all().stream().map(list -> (Class<?>) list.getType())
        .collect(Collectors.toSet());
    assertThat(listed).isEqualTo(found);
    assertThat(found).hasSizeGreaterThan(30);
  }

  @Test
  void shouldFindAListByNameIgnoringCase() {
    assertThat(CodeLists.byName(" gender ").map(list -> list.getType().getName()))
        .contains(Gender.class.getName());
    assertThat(CodeLists.byName("Genders")).isEmpty();
    assertThat(CodeLists.byName(null)).isEmpty();
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, CodeListsTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
