package org.dicu.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.examples.CaseGenerator;
import org.dicu.serialization.ctdc.CtdcExportSummary;
import org.dicu.serialization.ctdc.CtdcExporter;
import org.dicu.serialization.htcds.HtcdsCsvReader;
import org.dicu.serialization.htcds.HtcdsCsvWriter;
import org.dicu.serialization.stream.ReadResult;
import org.dicu.serialization.stream.RecordReader;
import org.dicu.serialization.stream.RecordWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The two whole-file jobs over a million rows each: reading an HTCDS spreadsheet export with
 * validation, and the CTDC export of an NDJSON file (validation, k-anonymity). The
 * input is the corpus of {@link ReadBenchmarks} repeated in memory, so that no disk is measured;
 * every score is in records per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(BulkBenchmarks.ROWS)
// one invocation of a million rows takes minutes, the JIT's warm-up a few seconds of them, so
// one measured invocation in one fork keeps benchmarks/run.sh within 15 minutes
@Warmup(iterations = 0)
@Measurement(iterations = 1, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jboss.logging.provider=slf4j"})
public class BulkBenchmarks {

  /** The rows of every invocation. */
  public static final int ROWS = 1_000_000;

  private static final int REPEATS = ROWS / ReadBenchmarks.N;

  /** The corpus as an HTCDS CSV file and as NDJSON, built once per trial. */
  @State(Scope.Benchmark)
  public static class Files {
    byte[] csvHeader;
    byte[] csvRows;
    byte[] ndjson;

    /** Generates the cases and writes them in both formats. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      CaseGenerator generator = new CaseGenerator(ReadBenchmarks.SEED);
      List<TraffickingCase> cases = new ArrayList<>(ReadBenchmarks.N);
      for (int i = 1; i <= ReadBenchmarks.N; i++) {
        cases.add(generator.next(i));
      }
      csvHeader = csv(List.of());
      byte[] csv = csv(cases);
      csvRows = java.util.Arrays.copyOfRange(csv, csvHeader.length, csv.length);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (RecordWriter writer = RecordWriter.builder().open(out)) {
        cases.forEach(writer::write);
      }
      ndjson = out.toByteArray();
    }

    private static byte[] csv(List<TraffickingCase> cases) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (HtcdsCsvWriter writer = HtcdsCsvWriter.builder().open(out)) {
        cases.forEach(writer::write);
      }
      return out.toByteArray();
    }
  }

  /**
   * dicu: the HTCDS spreadsheet reader, with its default validation, over a million rows.
   *
   * @param files  the corpus
   * @param bh  the sink of the results
   * @throws IOException never, the input is in memory
   */
  @Benchmark
  public void htcdsCsvRead(Files files, Blackhole bh) throws IOException {
    try (HtcdsCsvReader reader = HtcdsCsvReader.builder()
        .open(new Repeated(files.csvHeader, files.csvRows, REPEATS))) {
      for (ReadResult result : reader) {
        bh.consume(result);
      }
    }
  }

  /**
   * dicu: the CTDC export of a million NDJSON records, read as {@code dicu export-ctdc} reads a
   * file, to a writer that discards the table.
   *
   * @param files  the corpus
   * @param bh  the sink of the results
   * @throws IOException if the export's temporary file fails; the input is in memory
   */
  @Benchmark
  public void ctdcExport(Files files, Blackhole bh) throws IOException {
    CtdcExportSummary summary = CtdcExporter.builder().build()
        .export(() -> new Cases(files.ndjson), Writer.nullWriter());
    bh.consume(summary);
  }

  /** An input of a header and then a body repeated a number of times. */
  static final class Repeated extends InputStream {
    private final byte[] header;
    private final byte[] body;
    private int repeatsLeft;
    private byte[] current;
    private int position;

    Repeated(byte[] header, byte[] body, int repeats) {
      this.header = header;
      this.body = body;
      this.repeatsLeft = repeats;
      this.current = header;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      while (position == current.length) {
        if (repeatsLeft == 0) {
          return -1;
        }
        repeatsLeft--;
        current = body;
        position = 0;
      }
      int count = Math.min(length, current.length - position);
      System.arraycopy(current, position, buffer, offset, count);
      position += count;
      return count;
    }
  }

  /** The cases of the repeated NDJSON corpus, read as the exporter reads a file. */
  static final class Cases implements Iterator<TraffickingCase>, AutoCloseable {
    private final RecordReader reader;
    private final Iterator<ReadResult> results;

    Cases(byte[] ndjson) {
      reader = RecordReader.builder().withoutValidation()
          .open(new Repeated(new byte[0], ndjson, REPEATS));
      results = reader.iterator();
    }

    @Override
    public boolean hasNext() {
      return results.hasNext();
    }

    @Override
    public TraffickingCase next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return (TraffickingCase) results.next().getRecord().orElseThrow();
    }

    @Override
    public void close() {
      try {
        reader.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
