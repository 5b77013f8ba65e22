package org.dicu.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.gcm.GcmObjective;
import org.dicu.core.person.Gender;
import org.dicu.core.person.PartialDate;
import org.dicu.core.person.Person;
import org.junit.jupiter.api.Test;

final class DicuModuleTest {

  private final ObjectMapper mapper = DicuMappers.newObjectMapper();

  private static String golden(String name) throws IOException {
    try (InputStream in = DicuModuleTest.class.getResourceAsStream("/golden/" + name + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void shouldWriteWhatItReadsByteForByte() throws IOException {
    String golden = golden("TraffickingCase");
    TraffickingCase trafficking = mapper.readValue(golden, TraffickingCase.class);
    assertThat(DicuMappers.prettyWriter(mapper).writeValueAsString(trafficking) + "\n")
        .isEqualTo(golden);
  }

  @Test
  void shouldBeFoundThroughTheServiceLoader() throws IOException {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.getRegisteredModuleIds()).contains("DicuModule");
    TraffickingCase trafficking = found.readValue(golden("TraffickingCase"), TraffickingCase.class);
    assertThat(trafficking.getGcmObjectives())
        .containsExactly(GcmObjective.ERADICATE_TRAFFICKING, GcmObjective.DIGNIFIED_RETURN_AND_REINTEGRATION);
  }

  @Test
  void shouldWriteCodesPartialDatesAndObjectivesInTheirWireForm() throws IOException {
    Person person = Person.builder().gender(Gender.TRANSGENDER_FEMININE)
        .birthdate(PartialDate.ofYear(1998)).build();
    assertThat(mapper.writeValueAsString(person))
        .isEqualTo("{\"birthdate\":\"1998\",\"gender\":\"TransgenderFeminine\"}");
  }

  @Test
  void shouldStoreDecomposedVietnameseComposed() throws IOException {
    Person person = mapper.readValue("{\"secondName\":\"Nguye\u0302\u0303n\"}", Person.class);
    assertThat(person.getSecondName()).contains("Nguyễn");
  }

  @Test
  void shouldRejectAnUnknownCodeWithoutRepeatingIt() {
    assertThatThrownBy(() -> mapper.readValue("{\"gender\":\"Nguyễn Canary\"}", Person.class))
        .isInstanceOf(UnknownCodeException.class)
        .hasMessageContaining("Gender")
        .satisfies(e -> assertThat(((JsonMappingException) e).getOriginalMessage())
            .doesNotContain("Canary"));
  }

  @Test
  void shouldRejectUnknownPropertiesAndBuilderMethodNames() {
    assertThatThrownBy(() -> mapper.readValue("{\"addCitizenship\":\"VN\"}", Person.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }

  @Test
  void shouldRejectJavaTypeNamesInsteadOfInstantiatingThem() {
    String gadget = "{\"@class\":\"java.net.URL\",\"secondName\":\"x\"}";
    assertThatThrownBy(() -> mapper.readValue(gadget, Person.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }
}
