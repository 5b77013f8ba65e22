package org.dicu.serialization.htcds;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.dicu.core.validation.DicuValidator;
import org.dicu.serialization.internal.ReadingInvariants;
import org.dicu.serialization.stream.ReadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of {@link HtcdsCsvReader} over arbitrary bytes: every result is drained and must hold
 * {@link ReadingInvariants} — no exception, every issue located and coded, no personal data in
 * messages — within the per-input timeout and the module's 64 MB test heap.
 *
 * <p>{@code mvn -B verify} replays the seeds and past findings in
 * {@code src/test/resources/org/dicu/serialization/htcds/HtcdsCsvReaderFuzzTestInputs/csv/}. To
 * fuzz it for a while, from the root of the project:
 *
 * <pre>
 * mvn -B -Pfuzz -pl serialization -am test -Dtest='HtcdsCsvReaderFuzzTest#csv' -Dfuzz.duration=10m
 * </pre>
 *
 * <p>A finding is written into that inputs directory: fix the cause, keep the file.
 */
final class HtcdsCsvReaderFuzzTest {

  private static final DicuValidator VALIDATOR =
      DicuValidator.builder().today(LocalDate.of(2026, 1, 1)).build();

  private static final CsvMapper PLAIN_CSV = new CsvMapper();

  /**
   * Reads a seed once before the timed inputs: the first case read loads the validator's metadata
   * and the phone number tables, which takes seconds.
   */
  @BeforeAll
  static void warmUp() throws IOException {
    try (InputStream seed = HtcdsCsvReaderFuzzTest.class.getResourceAsStream(
        "HtcdsCsvReaderFuzzTestInputs/csv/toolkit-plain.csv")) {
      new HtcdsCsvReaderFuzzTest().csv(seed.readAllBytes());
    }
  }

  @FuzzTest
  @Timeout(30)
  void csv(byte[] input) {
    Set<String> personal = new HashSet<>();
    Set<String> other = new HashSet<>();
    cells(input, personal, other);
    Set<String> tellable = ReadingInvariants.tellable(personal, other);
    long results = 0;
    long cases = 0;
    try (HtcdsCsvReader reader = HtcdsCsvReader.builder().validator(VALIDATOR)
        .open(new ByteArrayInputStream(input))) {
      for (ReadResult result : reader) {
        ReadingInvariants.check(result, tellable);
        results++;
        cases += result.getRecord().isPresent() ? 1 : 0;
      }
      assertThat(reader.getCasesRead()).isEqualTo(cases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (input.length == 0) {
      assertThat(results).as("an empty input is reported").isEqualTo(1);
    }
  }

  /**
   * Sorts the cells of the input into those under personal columns (by field name or label in
   * either of the first two rows) and the others, by a plain parse as far as the CSV goes.
   */
  private static void cells(byte[] input, Set<String> personal, Set<String> other) {
    Set<Integer> personalColumns = new HashSet<>();
    try (BufferedReader text = new BufferedReader(new InputStreamReader(
        new ByteArrayInputStream(input), StandardCharsets.UTF_8), 1 << 16)) {
      char separator = HtcdsCsvReader.separator(text);
      MappingIterator<String[]> rows = PLAIN_CSV.readerFor(String[].class)
          .with(CsvParser.Feature.WRAP_AS_ARRAY)
          .with(CsvSchema.emptySchema().withColumnSeparator(separator))
          .readValues(text);
      int row = 0;
      while (rows.hasNextValue()) {
        String[] rowCells = rows.nextValue();
        row++;
        for (int i = 0; i < rowCells.length; i++) {
          if (row <= 2 && isPersonalHeader(rowCells[i])) {
            personalColumns.add(i);
          } else {
            (personalColumns.contains(i) ? personal : other).add(rowCells[i]);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // broken CSV: the cells before the break are collected
    }
  }

  private static boolean isPersonalHeader(String cell) {
    Optional<HtcdsColumn> column = HtcdsColumn.ofFieldName(cell).or(() -> HtcdsColumn.ofLabel(cell));
    return column.map(HtcdsColumn::isPersonalData).orElse(false);
  }
}
