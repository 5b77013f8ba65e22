package org.dicu.serialization.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dicu.core.validation.Issue;
import org.dicu.core.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input, read in a test JVM capped at 64 MB of heap: each case ends in a located issue
 * or a located stream abort, never in an exception, an OutOfMemoryError or a hang.
 */
@Timeout(60)
final class HostileInputTest {

  private static List<ReadResult> read(InputStream in, RecordFormat format) {
    try (RecordReader reader = RecordReader.builder().format(format).open(in)) {
      return reader.stream().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream text(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** An input of {@code count} copies of one byte, made as it is read. */
  private static InputStream repeated(byte value, long count) {
    return new InputStream() {
      private long left = count;

      @Override
      public int read() {
        return left-- > 0 ? value : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(length, left);
        java.util.Arrays.fill(buffer, offset, offset + n, value);
        left -= n;
        return n;
      }
    };
  }

  private static InputStream concat(InputStream... parts) {
    return new SequenceInputStream(Collections.enumeration(List.of(parts)));
  }

  private static Issue onlyIssue(List<ReadResult> results) {
    assertThat(results).hasSize(1);
    assertThat(results.get(0).getRecord()).isEmpty();
    assertThat(results.get(0).getReport().getIssues()).hasSize(1);
    return results.get(0).getReport().getIssues().get(0);
  }

  @Test
  void shouldRefuseAHundredThousandNestedArrays() {
    String nested = "[".repeat(100_000) + "]".repeat(100_000);
    Issue line = onlyIssue(read(text("{\"a\":" + nested + "}\n"), RecordFormat.NDJSON));
    assertThat(line.getCode()).isEqualTo("json.limit-exceeded");
    assertThat(line.getMessage()).contains("nesting depth > 32");
    assertThat(line.getLine()).contains(1L);

    Issue array = onlyIssue(read(text(nested), RecordFormat.JSON_ARRAY));
    assertThat(array.getCode()).isEqualTo("json.stream-aborted");
    assertThat(array.getMessage()).contains("json.limit-exceeded").contains("line 1");
  }

  @Test
  void shouldRefuseAFiftyMegabyteStringInConstantMemory() {
    InputStream ndjson = concat(text("{\"recordType\":\"TraffickingCase\",\"id\":\""),
        repeated((byte) 'a', 50L << 20), text("\"}\n" + RecordReaderTest.goldenLine() + "\n"));
    List<ReadResult> results = read(ndjson, RecordFormat.NDJSON);
    assertThat(results).hasSize(2);
    assertThat(results.get(0).getReport().getIssues()).extracting(Issue::getCode)
        .containsExactly("json.limit-exceeded");
    assertThat(results.get(1).isValid()).isTrue();
    assertThat(results.get(1).getLine()).isEqualTo(2);

    InputStream array = concat(text("[{\"recordType\":\"TraffickingCase\",\"id\":\""),
        repeated((byte) 'a', 50L << 20), text("\"}]"));
    Issue abort = onlyIssue(read(array, RecordFormat.JSON_ARRAY));
    assertThat(abort.getCode()).isEqualTo("json.stream-aborted");
    assertThat(abort.getMessage()).contains("json.limit-exceeded");
  }

  @Test
  void shouldRefuseATenThousandDigitNumber() {
    String record = RecordReaderTest.goldenLine().replace("\"numberOfChildren\":0",
        "\"numberOfChildren\":" + "9".repeat(10_000));
    Issue issue = onlyIssue(read(text(record), RecordFormat.NDJSON));
    assertThat(issue.getCode()).isEqualTo("json.limit-exceeded");
    assertThat(issue.getLocation()).isEqualTo("/person/numberOfChildren");
    assertThat(issue.getMessage()).contains("number length > 64");
  }

  @Test
  void shouldReportTruncatedJson() {
    String golden = RecordReaderTest.goldenLine();
    Issue issue = onlyIssue(read(text(golden.substring(0, golden.length() / 2)),
        RecordFormat.NDJSON));
    assertThat(issue.getSeverity()).isEqualTo(Severity.FATAL);
    assertThat(issue.getCode()).isEqualTo("json.malformed");
  }

  @Test
  void shouldSurviveRandomBytes() {
    byte[] noise = new byte[1 << 20];
    new Random(20261122L).nextBytes(noise);
    for (RecordFormat format : RecordFormat.values()) {
      List<ReadResult> results = read(new ByteArrayInputStream(noise), format);
      assertThat(results).isNotEmpty().allSatisfy(result -> {
        assertThat(result.getRecord()).isEmpty();
        assertThat(result.getReport().getIssues()).isNotEmpty()
            .allSatisfy(issue -> assertThat(issue.getSeverity()).isIn(Severity.FATAL, Severity.ERROR));
      });
    }
  }

  /**
   * Zero bytes make the parser take a line for UTF-32, which then does not decode, or for a UCS-4
   * byte order it refuses to read (fuzz findings).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("zeroByteLines")
  void shouldReportALineOfZeroBytesAsMalformedAndGoOn(String name, byte[] zeros) {
    List<ReadResult> results = read(concat(new ByteArrayInputStream(zeros), text("\n{}\n")),
        RecordFormat.NDJSON);
    assertThat(results).hasSize(2);
    Issue line = results.get(0).getReport().getIssues().get(0);
    assertThat(line.getCode()).isEqualTo("json.malformed");
    assertThat(line.getMessage()).contains("not UTF-8 text");
    assertThat(line.getLine()).contains(1L);
    assertThat(results.get(1).getLine()).isEqualTo(2);
  }

  private static Stream<Arguments> zeroByteLines() {
    return Stream.of(
        Arguments.of("UTF-32",
            new byte[] {0, 0, 0, 0, 0, 0, 'C', 'l', 'o', 's', 'e', 'd', '"', '}'}),
        Arguments.of("unsupported UCS-4 byte order",
            new byte[] {0, 0, '\r', 0, 0, 0, 'C', 'l', 'o', 's', 'e', 'd', '"', '}'}));
  }

  /** The same bytes at the start of a JSON array stop the reading with a located abort. */
  @Test
  void shouldAbortAnArrayOfZeroBytes() {
    byte[] undecodable = {0, 0, 0, '[', 0, 0, 0, 0, 0, 0, 'C', 'l', 'o', 's', 'e', 'd'};
    byte[] refusedOrder = {0, 0, '\r', 0, '[', ']'};
    for (byte[] zeros : List.of(undecodable, refusedOrder)) {
      Issue abort = onlyIssue(read(new ByteArrayInputStream(zeros), RecordFormat.JSON_ARRAY));
      assertThat(abort.getCode()).isEqualTo("json.stream-aborted");
      assertThat(abort.getMessage()).contains("json.malformed, line 1, not UTF-8 text");
    }
  }

  @Test
  void shouldReportARecordLargerThanTheLimitAndGoOn() {
    String big = RecordReaderTest.goldenLine(n -> n.put("reasonForCaseClosure", "x".repeat(10_000)));
    ReadLimits small = ReadLimits.defaults().withMaxRecordBytes(8192);
    String array = "[" + big + "," + RecordReaderTest.goldenLine(n -> n.put("id", "b")) + "]";
    try (RecordReader reader = RecordReader.builder().format(RecordFormat.JSON_ARRAY)
        .limits(small).open(text(array))) {
      List<ReadResult> results = reader.stream().collect(Collectors.toList());
      assertThat(results).hasSize(2);
      assertThat(results.get(0).getReport().getIssues()).extracting(Issue::getCode)
          .containsExactly("json.limit-exceeded");
      assertThat(results.get(1).isValid()).isTrue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @Timeout(180) // about 100 MB of JSON validated: minutes on a busy two-core machine
  void shouldStreamFiftyThousandRecordsInASmallHeap() {
    String template = RecordReaderTest.goldenLine();
    long records = 50_000;
    InputStream generated = new InputStream() {
      private long next;
      private byte[] current = new byte[0];
      private int position;

      @Override
      public int read() {
        if (position == current.length) {
          if (next == records) {
            return -1;
          }
          current = (template.replace("\"vn.laocai.case:2024-0917\"", "\"case-" + next + "\"")
              + "\n").getBytes(StandardCharsets.UTF_8);
          position = 0;
          next++;
        }
        return current[position++] & 0xFF;
      }
    };
    long valid;
    long usedBefore = usedHeap();
    try (RecordReader reader = RecordReader.builder().open(generated)) {
      valid = reader.stream().filter(ReadResult::isValid).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(valid).isEqualTo(records);
    // about 90 MB of JSON went through a 64 MB heap; what is left is the ids seen
    assertThat(usedHeap() - usedBefore).isLessThan(32L << 20);
  }

  private static long usedHeap() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
