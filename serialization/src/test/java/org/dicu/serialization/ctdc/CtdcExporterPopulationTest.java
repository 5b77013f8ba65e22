package org.dicu.serialization.ctdc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dicu.core.code.Country;
import org.dicu.core.person.CtdcAgeBand;
import org.dicu.core.validation.DicuValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports 100 000 generated cases with k = 11 in the test JVM's 64 MB heap, generating them one
 * at a time as the export reads them, and checks the written file line by line.
 */
final class CtdcExporterPopulationTest {

  private static final int POPULATION = 100_000;
  private static final long SEED = 20_240_201L;
  private static final int K = 11;

  @TempDir
  static Path dir;

  private static Path output;
  private static CtdcExportSummary summary;

  @BeforeAll
  static void export() throws IOException {
    output = dir.resolve("ctdc.csv");
    CtdcExporter exporter = CtdcExporter.builder().k(K)
        .validator(DicuValidator.builder().today(CtdcCases.TODAY).build()).build();
    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      summary = exporter.export(() -> new SyntheticCases(SEED, POPULATION), out);
    }
  }

  /**
   * Returns the values each column may hold, registration years from one year to another; binary
   * columns hold 1 or nothing.
   */
  static List<Set<String>> allowedValues(int firstYear, int lastYear) {
    Set<String> years = new HashSet<>();
    for (int year = firstYear; year <= lastYear; year++) {
      years.add(Integer.toString(year));
    }
    Set<String> countries = Country.all().stream().map(Country::getAlpha3)
        .collect(Collectors.toSet());
    List<Set<String>> allowed = new ArrayList<>();
    for (CtdcVariable variable : CtdcVariable.values()) {
      Set<String> values = new HashSet<>();
      values.add("");
      switch (variable) {
        case YEAR_OF_REGISTRATION:
          values.addAll(years);
          break;
        case GENDER:
          values.addAll(Set.of("Man", "Woman", "Trans/Transgender/NonConforming"));
          break;
        case AGE_BROAD:
          Arrays.stream(CtdcAgeBand.values()).map(CtdcAgeBand::getCode).forEach(values::add);
          break;
        case CITIZENSHIP:
        case COUNTRY_OF_EXPLOITATION:
          values.addAll(countries);
          break;
        case TRAFFICK_MONTHS:
          values.addAll(Set.of("0--12 (0-1 yr)", "13--24 (1-2 yrs)", "25+ (2+ yrs)"));
          break;
        default:
          values.add("1");
      }
      allowed.add(values);
    }
    return allowed;
  }

  @Test
  void shouldAccountForEveryCase() {
    assertThat(summary.getRecordsRead()).isEqualTo(POPULATION);
    assertThat(summary.getRowsWritten() + summary.getLeftOutForErrors()
        + summary.getLeftOutWithoutConsent() + summary.getRowsDropped()
        + summary.getRecordsOfOtherTypes()).isEqualTo(POPULATION);
    // about 8% lack consent to sharing and 2% of the rest have an error
    assertThat(summary.getLeftOutWithoutConsent()).isBetween(7_000L, 9_000L);
    assertThat(summary.getLeftOutForErrors()).isBetween(1_000L, 3_000L);
    assertThat(summary.getK()).isEqualTo(K);
  }

  @Test
  void shouldHaveHadToGeneraliseTheLongTail() {
    assertThat(summary.getRowsGeneralised()).isPositive();
    assertThat(summary.getValuesBlanked()).isGreaterThanOrEqualTo(summary.getRowsGeneralised());
    assertThat(summary.getRowsWritten()).isGreaterThan(POPULATION * 8L / 10);
  }

  @Test
  void shouldPublishNoCombinationOfQuasiIdentifiersFewerThanKTimes() throws IOException {
    Map<String, Integer> combinations = new HashMap<>();
    long rows = 0;
    try (BufferedReader in = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
      assertThat(in.readLine()).startsWith("yearOfRegistration,gender,ageBroad,citizenship,");
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        rows++;
        String[] cells = line.split(",", -1);
        String combination = String.join(",", Arrays.copyOf(cells, 5));
        combinations.merge(combination, 1, Integer::sum);
      }
    }
    assertThat(rows).isEqualTo(summary.getRowsWritten());
    assertThat(combinations).isNotEmpty();
    Map<String, Integer> rare = combinations.entrySet().stream()
        .filter(entry -> entry.getValue() < K)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(rare).isEmpty();
    // published combinations still say something: most rows keep a full combination
    assertThat(combinations.keySet()).anyMatch(c -> !c.contains(",,"));
  }

  @Test
  void shouldWriteOnlyCodebookValuesAndNoPersonalData() throws IOException {
    List<Set<String>> allowed = allowedValues(1990, 2025);
    Pattern personal = Pattern.compile(SyntheticCases.MARKER + "|"
        + SyntheticCases.MARKER.toLowerCase(Locale.ROOT) + "|@|\\+84|"
        + String.join("|", SyntheticCases.GIVEN_NAMES) + "|"
        + String.join("|", SyntheticCases.FAMILY_NAMES));
    List<String> offending = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
      in.readLine();
      for (String line = in.readLine(); line != null && offending.size() < 10;
          line = in.readLine()) {
        if (personal.matcher(line).find()) {
          offending.add(line);
          continue;
        }
        String[] cells = line.split(",", -1);
        if (cells.length != CtdcVariable.values().length) {
          offending.add(line);
          continue;
        }
        for (int i = 0; i < cells.length; i++) {
          if (!allowed.get(i).contains(cells[i])) {
            offending.add(CtdcVariable.values()[i].getCode() + "=" + cells[i] + " in " + line);
          }
        }
      }
    }
    assertThat(offending).isEmpty();
  }
}
