package org.dicu.serialization.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import org.dicu.core.casework.CaseComment;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.person.Person;
import org.dicu.serialization.json.DicuMappers;
import org.dicu.serialization.properties.CaseGenerators;
import org.dicu.serialization.properties.Theories;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Properties of the JSON exchange format over generated cases: what {@link RecordWriter} writes,
 * {@link RecordReader} reads back to an equal case, in NDJSON and in a JSON array; text written
 * decomposed is read back in NFC, as docs/FORMAT.md says. The cases hold only values the format
 * can hold ({@link CaseGenerators#exchangeable()}). See {@link Theories} to repeat a failure.
 */
final class RecordRoundTripPropertyTest {

  private static final int TRIES = 200;
  private static final ObjectMapper MAPPER = DicuMappers.newObjectMapper();

  private static byte[] write(TraffickingCase trafficking, RecordFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = RecordWriter.builder().format(format).open(out)) {
      assertThat(writer.write(trafficking).isWritten()).isTrue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static List<ReadResult> read(byte[] bytes, RecordFormat format) {
    try (RecordReader reader = RecordReader.builder().format(format).strict(true)
        .withoutValidation().open(new ByteArrayInputStream(bytes))) {
      return reader.stream().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String nfd(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD);
  }

  /** Returns the case with its names, case owner, closure reason and comments decomposed. */
  private static TraffickingCase decomposed(TraffickingCase trafficking) {
    Person person = trafficking.getPerson();
    return TraffickingCase.builder().from(trafficking)
        .caseOwner(trafficking.getCaseOwner().map(RecordRoundTripPropertyTest::nfd))
        .reasonForCaseClosure(trafficking.getReasonForCaseClosure()
            .map(RecordRoundTripPropertyTest::nfd))
        .person(Person.builder().from(person)
            .firstName(person.getFirstName().map(RecordRoundTripPropertyTest::nfd))
            .middleName(person.getMiddleName().map(RecordRoundTripPropertyTest::nfd))
            .secondName(person.getSecondName().map(RecordRoundTripPropertyTest::nfd))
            .build())
        .comments(trafficking.getComments().stream()
            .map(comment -> CaseComment.builder().from(comment).text(nfd(comment.getText()))
                .build())
            .collect(Collectors.toList()))
        .build();
  }

  @Test
  void shouldReadBackEveryCaseItWrote() {
    Theories.qt(TRIES)
        .forAll(CaseGenerators.exchangeable().cases(), Generate.enumValues(RecordFormat.class))
        .checkAssert((trafficking, format) -> {
          List<ReadResult> results = read(write(trafficking, format), format);

          assertThat(results).hasSize(1);
          assertThat(results.get(0).getReport().getIssues()).isEmpty();
          assertThat(results.get(0).getRecord()).contains(trafficking);
        });
  }

  @Test
  void shouldReadTheMappersJsonBackEqual() {
    Theories.qt(TRIES).forAll(CaseGenerators.exchangeable().cases())
        .checkAssert(trafficking -> {
          try {
            String json = MAPPER.writeValueAsString(trafficking);
            assertThat(MAPPER.readValue(json, TraffickingCase.class)).isEqualTo(trafficking);
          } catch (JsonProcessingException e) {
            throw new AssertionError("cannot map the case " + trafficking.getId(), e);
          }
        });
  }

  @Test
  void shouldReadDecomposedTextComposed() {
    Theories.qt(TRIES / 2).forAll(CaseGenerators.exchangeable().cases())
        .checkAssert(trafficking -> assertThat(
            read(write(decomposed(trafficking), RecordFormat.NDJSON), RecordFormat.NDJSON))
            .singleElement().satisfies(result -> assertThat(result.getRecord())
                .contains(trafficking)));
  }
}
