package org.dicu.serialization.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.dicu.core.validation.DicuValidator;
import org.dicu.serialization.internal.ReadingInvariants;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests of {@link RecordReader} over arbitrary bytes, as NDJSON and as a JSON array: every
 * result is drained and must hold {@link ReadingInvariants} — no exception, every issue located
 * and coded, no personal data in messages — within the per-input timeout and the module's 64 MB
 * test heap.
 *
 * <p>{@code mvn -B verify} replays the seeds and past findings in
 * {@code src/test/resources/org/dicu/serialization/stream/RecordReaderFuzzTestInputs/<method>/}.
 * To fuzz one target (one per run) for a while, from the root of the project:
 *
 * <pre>
 * mvn -B -Pfuzz -pl serialization -am test -Dtest='RecordReaderFuzzTest#ndjson' -Dfuzz.duration=10m
 * </pre>
 *
 * <p>A finding is written into that inputs directory: fix the cause, keep the file.
 */
final class RecordReaderFuzzTest {

  private static final DicuValidator VALIDATOR =
      DicuValidator.builder().today(LocalDate.of(2026, 1, 1)).build();

  private static final JsonFactory PLAIN_JSON = new JsonFactory();

  /**
   * Reads a seed once before the timed inputs: the first record read loads the model's
   * deserializers, the validator's metadata and the phone number tables, which takes seconds.
   */
  @BeforeAll
  static void warmUp() throws IOException {
    try (InputStream seed = RecordReaderFuzzTest.class.getResourceAsStream(
        "RecordReaderFuzzTestInputs/ndjson/golden-all.ndjson")) {
      read(seed.readAllBytes(), RecordFormat.NDJSON);
    }
  }

  @FuzzTest
  @Timeout(30)
  void ndjson(byte[] input) {
    read(input, RecordFormat.NDJSON);
  }

  @FuzzTest
  @Timeout(30)
  void jsonArray(byte[] input) {
    read(input, RecordFormat.JSON_ARRAY);
  }

  private static void read(byte[] input, RecordFormat format) {
    Set<String> personal = new HashSet<>();
    Set<String> other = new HashSet<>();
    strings(input, personal, other);
    Set<String> tellable = ReadingInvariants.tellable(personal, other);
    long results = 0;
    boolean abortSeen = false;
    try (RecordReader reader = RecordReader.builder().format(format).validator(VALIDATOR)
        .open(new ByteArrayInputStream(input))) {
      for (ReadResult result : reader) {
        assertThat(abortSeen).as("a result after json.stream-aborted").isFalse();
        ReadingInvariants.check(result, tellable);
        abortSeen = result.getReport().getIssues().stream()
            .anyMatch(issue -> issue.getCode().equals(ReadProblem.STREAM_ABORTED.getCode()));
        results++;
      }
      assertThat(results).as("results of any input, the empty one too").isPositive();
      assertThat(reader.getRecordsRead()).isLessThanOrEqualTo(results);
      assertThat(reader.isAborted()).isEqualTo(abortSeen);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sorts the strings of the input into those under personal properties and the others, by a
   * plain parse of the whole input and of each line, as far as the JSON goes.
   */
  private static void strings(byte[] input, Set<String> personal, Set<String> other) {
    collect(input, 0, input.length, personal, other);
    int start = 0;
    for (int i = 0; i <= input.length; i++) {
      if (i == input.length || input[i] == '\n') {
        if (start > 0 || i < input.length) {
          collect(input, start, i - start, personal, other);
        }
        start = i + 1;
      }
    }
  }

  private static void collect(byte[] input, int offset, int length, Set<String> personal,
      Set<String> other) {
    try (JsonParser parser = PLAIN_JSON.createParser(input, offset, length)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
          boolean isPersonal = token == JsonToken.VALUE_STRING
              && isUnderPersonal(parser.getParsingContext());
          (isPersonal ? personal : other).add(parser.getText());
        }
      }
    } catch (IOException e) {
      // broken JSON: the strings before the break are collected
    }
  }

  private static boolean isUnderPersonal(JsonStreamContext context) {
    for (JsonStreamContext c = context; c != null; c = c.getParent()) {
      if (c.getCurrentName() != null
          && ReadingInvariants.PERSONAL_PROPERTIES.contains(c.getCurrentName())) {
        return true;
      }
    }
    return false;
  }
}
