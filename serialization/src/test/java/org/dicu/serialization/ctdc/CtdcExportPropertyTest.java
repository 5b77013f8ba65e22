package org.dicu.serialization.ctdc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.dicu.core.casework.Consent;
import org.dicu.core.casework.ConsentScope;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.validation.DicuValidator;
import org.dicu.serialization.properties.CaseGenerators;
import org.dicu.serialization.properties.Theories;
import org.dicu.serialization.properties.PersonalValues;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The CTDC export of generated populations: no cell holds anything but a value of the codebook,
 * no personal value of any case reaches the output, and no combination of the quasi-identifiers
 * ({@link QuasiIdentifiers}) is published fewer than k times, for any k from 1 to 8.
 *
 * <p>A population is up to 30 cases of {@link SyntheticCases} (mostly valid, consenting, with a
 * long tail of rare quasi-identifiers) whose personal text is replaced by generated text
 * (Vietnamese names, other scripts, odd Unicode, formulas), and up to three generated cases of any
 * content that consent to sharing (mostly left out for their errors). See {@link Theories} to
 * repeat a failure.
 */
final class CtdcExportPropertyTest {

  private static final int TRIES = 30;
  private static final List<Set<String>> ALLOWED =
      CtdcExporterPopulationTest.allowedValues(1900, 2100);
  private static final Set<String> VOCABULARY = ALLOWED.stream().flatMap(Collection::stream)
      .collect(Collectors.toSet());

  private static Gen<List<TraffickingCase>> populations() {
    CaseGenerators generators = CaseGenerators.exchangeable();
    Consent sharing = Consent.builder().given(true)
        .addScopes(ConsentScope.DEIDENTIFIED_DATA_SHARING).build();
    Gen<TraffickingCase> sharingCases = generators.cases()
        .map(trafficking -> TraffickingCase.builder().from(trafficking).consent(sharing).build());
    Gen<Long> seeds = Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE);
    Gen<Integer> sizes = Generate.range(1, 30);
    return in -> {
      int size = sizes.generate(in);
      SyntheticCases synthetic = new SyntheticCases(seeds.generate(in), size);
      Gen<TraffickingCase> personalised = generators.withPersonalText(ignored -> synthetic.next());
      List<TraffickingCase> population = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        population.add(personalised.generate(in));
      }
      population.addAll(CaseGenerators.upTo(sharingCases, 3).generate(in));
      return population;
    };
  }

  private static String export(List<TraffickingCase> population, int k, DicuValidator validator,
      List<CtdcExportSummary> summary) {
    StringWriter out = new StringWriter();
    try {
      summary.add(CtdcExporter.builder().k(k).validator(validator).build()
          .export(population::iterator, out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Checks whether a personal value is one that no CTDC cell could hold by chance. */
  private static boolean isDistinctive(String value) {
    return value.length() >= 4 && VOCABULARY.stream().noneMatch(allowed -> allowed.contains(value));
  }

  @Test
  void shouldPublishOnlyCodebookValuesNoPersonalDataAndNoCombinationRarerThanK() {
    DicuValidator validator = DicuValidator.builder().today(CtdcCases.TODAY).build();
    AtomicInteger tries = new AtomicInteger();
    AtomicInteger published = new AtomicInteger();
    AtomicInteger generalised = new AtomicInteger();
    Theories.qt(TRIES)
        .forAll(populations(), Generate.range(1, 8))
        .checkAssert((population, k) -> {
          List<CtdcExportSummary> summaries = new ArrayList<>();
          String csv = export(population, k, validator, summaries);
          CtdcExportSummary summary = summaries.get(0);
          List<String[]> rows = csv.lines().skip(1).map(line -> line.split(",", -1))
              .collect(Collectors.toList());

          assertThat(rows).hasSize((int) summary.getRowsWritten())
              .allSatisfy(row -> assertThat(row).hasSize(CtdcVariable.values().length));
          for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
              assertThat(ALLOWED.get(i)).as(CtdcVariable.values()[i].getCode()).contains(row[i]);
            }
          }
          assertThat(population.stream().flatMap(c -> PersonalValues.of(c).stream())
              .map(String::strip).filter(CtdcExportPropertyTest::isDistinctive).distinct()
              .filter(csv::contains)).isEmpty();
          Map<QuasiIdentifiers, Integer> combinations = new HashMap<>();
          rows.forEach(row -> combinations.merge(QuasiIdentifiers.of(row), 1, Integer::sum));
          assertThat(combinations.values()).allSatisfy(count -> assertThat(count)
              .isGreaterThanOrEqualTo(k));
          assertThat(summary.getRowsWritten() + summary.getRowsDropped()
              + summary.getLeftOutForErrors() + summary.getLeftOutWithoutConsent())
              .isEqualTo(population.size());
          tries.incrementAndGet();
          published.addAndGet(rows.isEmpty() ? 0 : 1);
          generalised.addAndGet(summary.getRowsGeneralised() > 0 ? 1 : 0);
        });
    // the populations were not all left out: most exports wrote rows, and some generalised
    assertThat(published.get()).isGreaterThan(tries.get() / 2);
    assertThat(generalised.get()).isGreaterThanOrEqualTo(tries.get() < 10 ? 0 : 1);
  }

  @Test
  void shouldFindThePersonalValuesOfACase() {
    TraffickingCase trafficking = CtdcCases.caseA();

    assertThat(PersonalValues.of(trafficking)).containsExactlyInAnyOrder(CtdcCases.CANARY_OWNER,
        CtdcCases.CANARY_NAME, CtdcCases.CANARY_FAMILY_NAME, CtdcCases.CANARY_EMAIL,
        CtdcCases.CANARY_PHONE, CtdcCases.CANARY_DOCUMENT, "2000-01-01",
        CtdcCases.CANARY_DESCRIPTION);
  }
}
