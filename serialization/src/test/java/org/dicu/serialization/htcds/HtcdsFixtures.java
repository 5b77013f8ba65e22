package org.dicu.serialization.htcds;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.validation.DicuValidator;
import org.dicu.core.validation.Issue;
import org.dicu.serialization.stream.ReadResult;

/** Reads the CSV fixtures under {@code src/test/resources/htcds} and writes cases back. */
final class HtcdsFixtures {

  /** A validator whose today is fixed, so that the fixtures' dates stay in the past. */
  static final DicuValidator VALIDATOR =
      DicuValidator.builder().today(LocalDate.of(2026, 11, 22)).build();

  private HtcdsFixtures() {}

  /** Returns the bytes of a fixture. */
  static byte[] bytes(String name) {
    try (InputStream in = HtcdsFixtures.class.getResourceAsStream("/htcds/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the text of a fixture. */
  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** Reads a fixture with the fixed validator. */
  static List<ReadResult> read(String name) {
    return read(bytes(name), HtcdsCsvReader.builder().validator(VALIDATOR));
  }

  /** Reads CSV text with the fixed validator. */
  static List<ReadResult> readText(String csv) {
    return read(csv.getBytes(StandardCharsets.UTF_8), HtcdsCsvReader.builder().validator(VALIDATOR));
  }

  /** Reads bytes with a configured reader. */
  static List<ReadResult> read(byte[] csv, HtcdsCsvReader.Builder builder) {
    try (HtcdsCsvReader reader = builder.open(new ByteArrayInputStream(csv))) {
      return reader.stream().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the cases of the results that have one. */
  static List<TraffickingCase> cases(List<ReadResult> results) {
    return results.stream()
        .flatMap(result -> result.getRecord().stream())
        .map(TraffickingCase.class::cast)
        .collect(Collectors.toList());
  }

  /** Returns the result of a row. */
  static ReadResult row(List<ReadResult> results, long line) {
    return results.stream()
        .filter(result -> result.getLine() == line && result.getRecord().isPresent())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no case at row " + line + ": " + results));
  }

  /** Returns the case of a row. */
  static TraffickingCase caseAt(List<ReadResult> results, long line) {
    return (TraffickingCase) row(results, line).getRecord().orElseThrow();
  }

  /** Returns every issue of the results whose code starts with {@code csv.}. */
  static List<Issue> csvIssues(List<ReadResult> results) {
    return results.stream()
        .flatMap(result -> result.getReport().getIssues().stream())
        .filter(issue -> issue.getCode().startsWith("csv."))
        .collect(Collectors.toList());
  }

  /** Writes cases with a configured writer and returns the text. */
  static String write(List<TraffickingCase> cases, HtcdsCsvWriter.Builder builder) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (HtcdsCsvWriter writer = builder.open(out)) {
      cases.forEach(writer::write);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Returns the text in lower case, for checks that a message does not quote a value. */
  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
