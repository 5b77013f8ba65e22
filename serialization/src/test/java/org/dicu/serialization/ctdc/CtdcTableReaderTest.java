package org.dicu.serialization.ctdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.dicu.core.validation.Issue;
import org.dicu.serialization.stream.ReadResult;
import org.junit.jupiter.api.Test;

final class CtdcTableReaderTest {

  private static List<ReadResult> check(InputStream in, Locale locale) throws IOException {
    try (CtdcTableReader reader = CtdcTableReader.open(in, locale)) {
      return StreamSupport.stream(reader.spliterator(), false).collect(Collectors.toList());
    }
  }

  @Test
  void shouldAcceptATableTheExportWrote() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/ctdc/small-set-k2.csv")) {
      List<ReadResult> results = check(in, Locale.ENGLISH);
      assertThat(results).hasSizeGreaterThan(2)
          .allSatisfy(result -> assertThat(result.getReport().getIssues()).isEmpty());
    }
  }

  @Test
  void shouldLocateABadHeaderAndBadValues() throws IOException {
    String header = String.join(",", CtdcVariable.YEAR_OF_REGISTRATION.getCode(), "sex");
    String good;
    try (InputStream in = getClass().getResourceAsStream("/ctdc/small-set-k2.csv")) {
      good = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String[] lines = good.split("\n");
    String badRow = "1999,Woman,18--20,VNM,XXX,0--12 (0-1 yr),0" + ",".repeat(20);
    String table = header + "\n" + lines[1] + "\n" + badRow + "\n";
    List<ReadResult> results = check(
        new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), Locale.forLanguageTag("vi"));

    assertThat(results.get(0).getReport().getIssues()).extracting(Issue::getCode)
        .containsExactly("ctdc.bad-header");
    assertThat(results.get(1).getReport().getIssues()).isEmpty();
    assertThat(results.get(2).getReport().getIssues())
        .extracting(Issue::getCode, Issue::getColumn, Issue::getLine)
        .containsExactly(
            tuple("ctdc.bad-value", Optional.of("CountryOfExploitation"), Optional.of(3L)),
            tuple("ctdc.bad-value", Optional.of("meansDebtBondageEarnings"), Optional.of(3L)));
    assertThat(results.get(2).getReport().getIssues().get(0).getMessage())
        .isEqualTo("không phải là giá trị hợp lệ của biến này");
  }
}
