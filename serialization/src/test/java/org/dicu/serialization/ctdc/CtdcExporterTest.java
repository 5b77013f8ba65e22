package org.dicu.serialization.ctdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.dicu.core.casework.Consent;
import org.dicu.core.casework.ImmutableTraffickingCase;
import org.dicu.core.casework.LegalBasis;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.validation.DicuValidator;
import org.dicu.serialization.json.DicuMappers;
import org.dicu.serialization.stream.RecordFormat;
import org.dicu.serialization.stream.RecordWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CtdcExporterTest {

  private static final DicuValidator VALIDATOR =
      DicuValidator.builder().today(CtdcCases.TODAY).build();
  private static final String AGENCY_LINE = "{\"recordType\":\"PartnerAgency\","
      + "\"schemaVersion\":\"1.0\",\"id\":\"vn.laocai.bgc.station-9\","
      + "\"nameVi\":\"Đồn Biên phòng cửa khẩu Lào Cai\","
      + "\"nameEn\":\"Lao Cai border gate border guard station\",\"type\":\"LawEnforcement\","
      + "\"country\":\"VN\",\"parentId\":\"vn.mod.bgc\"}";

  private final CtdcExporter exporter = CtdcExporter.builder().k(2).validator(VALIDATOR).build();

  static String expectedSmallSet() throws IOException {
    try (InputStream in = CtdcExporterTest.class.getResourceAsStream("/ctdc/small-set-k2.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Supplier<Iterator<TraffickingCase>> source(List<TraffickingCase> cases) {
    return cases::iterator;
  }

  private String export(CtdcExporter with, List<TraffickingCase> cases) throws IOException {
    StringWriter out = new StringWriter();
    with.export(source(cases), out);
    return out.toString();
  }

  private static List<String[]> cells(String csv) {
    List<String[]> rows = new ArrayList<>();
    csv.lines().forEach(line -> rows.add(line.split(",", -1)));
    return rows;
  }

  private static byte[] ndjson(List<TraffickingCase> cases, RecordFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = RecordWriter.builder().format(format).open(out)) {
      cases.forEach(writer::write);
    }
    return out.toByteArray();
  }

  @Test
  void shouldWriteTheSmallSetCellByCellAsWorkedOutByHand() throws IOException {
    String actual = export(exporter, CtdcCases.smallSet());
    List<String[]> expected = cells(expectedSmallSet());
    List<String[]> written = cells(actual);
    assertThat(written).hasSameSizeAs(expected);
    SoftAssertions softly = new SoftAssertions();
    for (int row = 0; row < expected.size(); row++) {
      softly.assertThat(written.get(row)).as("cells of line %s", row + 1)
          .hasSize(CtdcVariable.values().length);
      for (int column = 0; column < expected.get(row).length; column++) {
        softly.assertThat(written.get(row)[column])
            .as("line %s, %s", row + 1, expected.get(0)[column])
            .isEqualTo(expected.get(row)[column]);
      }
    }
    softly.assertAll();
    assertThat(actual).isEqualTo(expectedSmallSet());
  }

  @Test
  void shouldCountWhatK2Generalised() throws IOException {
    CtdcExportSummary summary = exporter.export(source(CtdcCases.smallSet()), new StringWriter());
    assertThat(summary.getK()).isEqualTo(2);
    assertThat(summary.getRecordsRead()).isEqualTo(8);
    assertThat(summary.getRowsWritten()).isEqualTo(8);
    // C and D lose the year, E and F the year and age band, G all five values
    assertThat(summary.getRowsGeneralised()).isEqualTo(5);
    assertThat(summary.getValuesBlanked()).isEqualTo(1 + 1 + 2 + 2 + 5);
    assertThat(summary.getRowsDropped()).isZero();
    assertThat(summary.getLeftOutForErrors()).isZero();
    assertThat(summary.getLeftOutWithoutConsent()).isZero();
  }

  @Test
  void shouldLeaveOutAndCountCasesWithoutConsentOrWithErrors() throws IOException {
    List<TraffickingCase> cases = new ArrayList<>(CtdcCases.smallSet());
    cases.add(2, CtdcCases.withoutConsent());
    cases.add(5, CtdcCases.withoutSharingConsentAndWithError());
    cases.add(CtdcCases.withError());
    StringWriter out = new StringWriter();
    CtdcExportSummary summary = exporter.export(source(cases), out);
    assertThat(out.toString()).isEqualTo(expectedSmallSet());
    assertThat(summary.getRecordsRead()).isEqualTo(11);
    assertThat(summary.getRowsWritten()).isEqualTo(8);
    assertThat(summary.getLeftOutWithoutConsent()).isEqualTo(2);
    assertThat(summary.getLeftOutForErrors()).isEqualTo(1);
    assertThat(summary.getRecordsOfOtherTypes()).isZero();
  }

  @Test
  void shouldLeaveOutCasesWhoseConsentWasWithdrawn() throws IOException {
    TraffickingCase withdrawn = ImmutableTraffickingCase.copyOf(CtdcCases.caseA())
        .withConsent(Consent.builder().from(CtdcCases.consentToShare())
            .withdrawalDate(CtdcCases.TODAY).build());
    CtdcExportSummary summary = exporter.export(source(List.of(withdrawn)), new StringWriter());
    assertThat(summary.getLeftOutWithoutConsent()).isEqualTo(1);
    assertThat(summary.getRowsWritten()).isZero();
  }

  @Test
  void shouldPublishCasesProcessedUnderALegalBasis() throws IOException {
    TraffickingCase lawful = ImmutableTraffickingCase.copyOf(CtdcCases.caseA())
        .withConsent(Consent.builder().legalBasis(LegalBasis.LEGAL_OBLIGATION).build());
    CtdcExportSummary summary = CtdcExporter.builder().k(1).validator(VALIDATOR).build()
        .export(source(List.of(lawful)), new StringWriter());
    assertThat(summary.getRowsWritten()).isEqualTo(1);
  }

  @Test
  void shouldNeverWritePersonalData() throws IOException {
    ObjectMapper mapper = DicuMappers.newObjectMapper();
    TraffickingCase golden;
    try (InputStream in = getClass().getResourceAsStream("/golden/TraffickingCase.json")) {
      golden = mapper.readValue(in, TraffickingCase.class);
    }
    assertThat(golden.getPerson().getFirstName()).contains("Canary");
    List<TraffickingCase> cases = new ArrayList<>(CtdcCases.smallSet());
    cases.add(golden);
    StringWriter out = new StringWriter();
    CtdcExportSummary summary = CtdcExporter.builder().k(1)
        .validator(DicuValidator.builder().today(LocalDate.of(2026, 11, 22)).build())
        .build().export(source(cases), out);
    assertThat(summary.getRowsWritten()).isEqualTo(9);
    assertThat(out.toString())
        .contains("2024,Woman,21--23,VNM,CHN,13--24 (1-2 yrs)")
        .doesNotContain(CtdcCases.PERSONAL_VALUES)
        .doesNotContain("Canary", "canary", "Nguyễn", "+849", "0912345678", "010301234567",
            "vn.laocai", "2024-0917", "Lào Cai", "Sa Pa", "2001", "2024-09", "@", "Hùng",
            "Phạm", "Thị");
  }

  @Test
  void shouldWriteEveryRowUnchangedWithK1() throws IOException {
    CtdcExporter plain = CtdcExporter.builder().k(1).validator(VALIDATOR).build();
    List<String[]> written = cells(export(plain, CtdcCases.smallSet()));
    List<String[]> expected = new ArrayList<>();
    expected.add(cells(expectedSmallSet()).get(0));
    CtdcCases.smallSet().forEach(c -> expected.add(CtdcRows.toRow(c)));
    assertThat(written).containsExactlyElementsOf(expected);
    assertThat(written.get(3)[0]).isEqualTo("2022");
    assertThat(written.get(7)).startsWith("2020", "Man", "48+", "LAO", "MYS");
  }

  @Test
  void shouldDropRowsThatNoGeneralisationHides() throws IOException {
    StringWriter out = new StringWriter();
    CtdcExportSummary summary =
        exporter.export(source(List.of(CtdcCases.caseA(), CtdcCases.caseG())), out);
    // A and G share no value: only with all five blanked do they reach k = 2 together
    assertThat(summary.getRowsDropped()).isZero();
    assertThat(summary.getRowsWritten()).isEqualTo(2);
    assertThat(summary.getValuesBlanked()).isEqualTo(10);
    assertThat(cells(out.toString()).get(1)).startsWith("", "", "", "", "", "0--12 (0-1 yr)");

    StringWriter alone = new StringWriter();
    CtdcExportSummary single = exporter.export(source(List.of(CtdcCases.caseA())), alone);
    assertThat(single.getRowsDropped()).isEqualTo(1);
    assertThat(single.getRowsWritten()).isZero();
    assertThat(single.getRowsGeneralised()).isZero();
    assertThat(alone.toString()).isEqualTo(expectedSmallSet().lines().findFirst().get() + "\n");
  }

  @Test
  void shouldCallTheSupplierOnceAndCloseAClosableIterator() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    AtomicInteger closed = new AtomicInteger();
    List<TraffickingCase> cases = CtdcCases.smallSet();
    final class Closing implements Iterator<TraffickingCase>, AutoCloseable {
      private final Iterator<TraffickingCase> delegate = cases.iterator();

      @Override
      public boolean hasNext() {
        return delegate.hasNext();
      }

      @Override
      public TraffickingCase next() {
        return delegate.next();
      }

      @Override
      public void close() {
        closed.incrementAndGet();
      }
    }
    StringWriter out = new StringWriter();
    exporter.export(() -> {
      calls.incrementAndGet();
      return new Closing();
    }, out);
    assertThat(calls).hasValue(1);
    assertThat(closed).hasValue(1);
    assertThat(out.toString()).isEqualTo(expectedSmallSet());
  }

  @Test
  void shouldKeepTheRowsInAnOwnerOnlyFileOfTheTemporaryDirectoryAndDeleteIt(@TempDir Path dir)
      throws IOException {
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    List<String> seen = new ArrayList<>();
    Iterator<TraffickingCase> cases = CtdcCases.smallSet().iterator();
    Iterator<TraffickingCase> looking = new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (!cases.hasNext()) {
          try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
              seen.add(posix
                  ? file.getFileName() + " "
                      + PosixFilePermissions.toString(Files.getPosixFilePermissions(file))
                  : file.getFileName().toString());
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return cases.hasNext();
      }

      @Override
      public TraffickingCase next() {
        return cases.next();
      }
    };
    StringWriter out = new StringWriter();
    CtdcExporter.builder().k(2).validator(VALIDATOR).temporaryDirectory(dir).build()
        .export(() -> looking, out);

    assertThat(out.toString()).isEqualTo(expectedSmallSet());
    assertThat(seen).singleElement().asString()
        .matches("dicu-ctdc-\\d+\\.rows" + (posix ? " rw-------" : ""));
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void shouldDeleteTheTemporaryFileWhenTheInputFails(@TempDir Path dir) {
    Iterator<TraffickingCase> failing = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public TraffickingCase next() {
        throw new UncheckedIOException(new IOException("disk gone"));
      }
    };
    assertThatThrownBy(() -> CtdcExporter.builder().temporaryDirectory(dir).build()
        .export(() -> failing, new StringWriter()))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(dir.toFile().list()).isEmpty();
  }

  @Test
  void shouldWriteOnlyTheHeaderWithoutCases() throws IOException {
    StringWriter out = new StringWriter();
    CtdcExportSummary summary = exporter.export(source(List.of()), out);
    assertThat(out.toString()).isEqualTo(expectedSmallSet().lines().findFirst().orElseThrow()
        + "\n");
    assertThat(summary.getRecordsRead()).isZero();
  }

  @Test
  void shouldExportAnNdjsonFileWithUnreadableAndOtherRecords(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("cases.ndjson");
    List<TraffickingCase> cases = CtdcCases.smallSet();
    String lines = new String(ndjson(cases.subList(0, 4), RecordFormat.NDJSON),
        StandardCharsets.UTF_8)
        + "{\"recordType\":\"TraffickingCase\", broken\n"
        + AGENCY_LINE + "\n"
        + new String(ndjson(cases.subList(4, 8), RecordFormat.NDJSON), StandardCharsets.UTF_8)
        + new String(ndjson(List.of(CtdcCases.withError(), CtdcCases.withoutConsent()),
            RecordFormat.NDJSON), StandardCharsets.UTF_8);
    Files.writeString(input, lines, StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    CtdcExportSummary summary = exporter.export(input, out);
    assertThat(out.toString()).isEqualTo(expectedSmallSet());
    assertThat(summary.getRecordsRead()).isEqualTo(12);
    assertThat(summary.getRecordsOfOtherTypes()).isEqualTo(1);
    assertThat(summary.getLeftOutForErrors()).isEqualTo(2);
    assertThat(summary.getLeftOutWithoutConsent()).isEqualTo(1);
  }

  @Test
  void shouldExportAJsonArrayFileToAUtf8File(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("cases.json");
    Files.write(input, ndjson(CtdcCases.smallSet(), RecordFormat.JSON_ARRAY));
    Path output = dir.resolve("ctdc.csv");
    CtdcExportSummary summary = exporter.export(input, output);
    assertThat(Files.readString(output, StandardCharsets.UTF_8)).isEqualTo(expectedSmallSet());
    assertThat(summary.getRowsWritten()).isEqualTo(8);
  }

  @Test
  void shouldDeleteTheOutputFileWhenTheExportFails(@TempDir Path dir) throws IOException {
    Path output = dir.resolve("ctdc.csv");
    Files.writeString(output, "old");
    assertThatThrownBy(() -> exporter.export(dir.resolve("missing.ndjson"), output))
        .isInstanceOf(NoSuchFileException.class);
    assertThat(output).doesNotExist();
  }

  @Test
  void shouldPassOnFailuresOfTheCallersIterator() {
    assertThatThrownBy(() -> exporter.export(() -> new Iterator<TraffickingCase>() {
      @Override
      public boolean hasNext() {
        throw new UncheckedIOException(new IOException("disk"));
      }

      @Override
      public TraffickingCase next() {
        throw new AssertionError();
      }
    }, new StringWriter())).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void shouldRejectKBelowOne() {
    assertThatThrownBy(() -> CtdcExporter.builder().k(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("k must be 1 or more");
    assertThat(CtdcExporter.builder().build().getK()).isEqualTo(CtdcExporter.DEFAULT_K)
        .isEqualTo(11);
  }
}
