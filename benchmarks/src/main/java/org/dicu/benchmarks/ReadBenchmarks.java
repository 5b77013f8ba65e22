package org.dicu.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.record.RecordType;
import org.dicu.core.validation.DicuValidator;
import org.dicu.examples.CaseGenerator;
import org.dicu.serialization.schema.RecordSchemas;
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
 * Reading, validating and writing an NDJSON corpus of generated trafficking cases with dicu, and
 * the same work done by the baselines (a Jackson token scan, plain Jackson data binding, JSON
 * Schema validation); every score is in records per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(ReadBenchmarks.N)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
// Hibernate Validator logs through JBoss Logging: sent to SLF4J (no-op here), so that its start-up
// line does not break into JMH's output
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jboss.logging.provider=slf4j"})
public class ReadBenchmarks {

  /** The number of cases in the corpus: every invocation reads or writes all of them. */
  public static final int N = 2_000;

  /** The seed of the generated cases, so that every run measures the same corpus. */
  static final long SEED = 20_260_101L;

  /** The corpus and the readers and writers of every contender, built once per trial. */
  @State(Scope.Benchmark)
  public static class Corpus {
    byte[] ndjson;
    int[] lineStart;
    int[] lineEnd;
    List<TraffickingCase> cases;
    List<PlainCase> plainCases;
    JsonFactory jsonFactory;
    ObjectReader plainReader;
    ObjectWriter plainWriter;
    ObjectMapper trees;
    Schema schema;
    DicuValidator validator;

    /** Generates the cases, writes them with dicu, and checks that every contender reads them. */
    @Setup(Level.Trial)
    public void setUp() {
      CaseGenerator generator = new CaseGenerator(SEED);
      cases = new ArrayList<>(N);
      for (int i = 1; i <= N; i++) {
        cases.add(generator.next(i));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(N * 4096);
      try (RecordWriter writer = RecordWriter.builder().open(out)) {
        cases.forEach(writer::write);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ndjson = out.toByteArray();
      lineStart = new int[N];
      lineEnd = new int[N];
      int line = 0;
      int start = 0;
      for (int i = 0; i < ndjson.length; i++) {
        if (ndjson[i] == '\n') {
          lineStart[line] = start;
          lineEnd[line] = i;
          line++;
          start = i + 1;
        }
      }
      if (line != N) {
        throw new IllegalStateException("the corpus has " + line + " lines, not " + N);
      }

      jsonFactory = new JsonFactory();
      ObjectMapper plain = new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY);
      plainReader = plain.readerFor(PlainCase.class);
      plainWriter = plain.writerFor(PlainCase.class);
      trees = new ObjectMapper();
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
              .formatAssertionsEnabled(true)
              .pathType(PathType.JSON_POINTER)
              .build()));
      schema = registry.getSchema(RecordSchemas.schemaOf(RecordType.TRAFFICKING_CASE),
          InputFormat.JSON);
      validator = DicuValidator.create();

      plainCases = new ArrayList<>(N);
      int schemaInvalid = 0;
      try {
        for (int i = 0; i < N; i++) {
          plainCases.add(plainReader.readValue(ndjson, lineStart[i], lineEnd[i] - lineStart[i]));
          JsonNode tree = trees.readTree(ndjson, lineStart[i], lineEnd[i] - lineStart[i]);
          if (!schema.validate(tree).isEmpty()) {
            schemaInvalid++;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      int read = 0;
      int dicuInvalid = 0;
      try (RecordReader reader = RecordReader.builder().validator(validator)
          .open(new ByteArrayInputStream(ndjson))) {
        for (ReadResult result : reader) {
          if (result.getRecord().isPresent()) {
            read++;
          }
          if (!result.isValid()) {
            dicuInvalid++;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (read != N) {
        throw new IllegalStateException("dicu read " + read + " records of " + N);
      }
      long plainBytes = 0;
      try {
        for (PlainCase plainCase : plainCases) {
          plainBytes += plainWriter.writeValueAsBytes(plainCase).length + 1;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      System.out.printf("corpus: %d cases, %d bytes (%d by the plain writer), %d bytes a case on"
              + " average; invalid for dicu: %d, for the schema: %d%n",
          N, ndjson.length, plainBytes, ndjson.length / N, dicuInvalid, schemaInvalid);
    }
  }

  /**
   * Baseline: every token of the corpus with a Jackson streaming parser, nothing else.
   *
   * @param corpus  the corpus
   * @param bh  the sink of the results
   * @throws IOException never, the corpus is in memory
   */
  @Benchmark
  public void baselineScan(Corpus corpus, Blackhole bh) throws IOException {
    long tokens = 0;
    try (JsonParser parser = corpus.jsonFactory.createParser(corpus.ndjson)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    bh.consume(tokens);
  }

  /**
   * Baseline: Jackson data binding of every line into plain Java records, without validation.
   *
   * @param corpus  the corpus
   * @param bh  the sink of the results
   * @throws IOException never, the corpus is in memory
   */
  @Benchmark
  public void baselineBind(Corpus corpus, Blackhole bh) throws IOException {
    byte[] ndjson = corpus.ndjson;
    for (int i = 0; i < N; i++) {
      PlainCase plain = corpus.plainReader.readValue(ndjson, corpus.lineStart[i],
          corpus.lineEnd[i] - corpus.lineStart[i]);
      bh.consume(plain);
    }
  }

  /**
   * dicu: the record reader over the corpus, without validation (reading problems only).
   *
   * @param corpus  the corpus
   * @param bh  the sink of the results
   * @throws IOException never, the corpus is in memory
   */
  @Benchmark
  public void dicuRead(Corpus corpus, Blackhole bh) throws IOException {
    try (RecordReader reader = RecordReader.builder().withoutValidation()
        .open(new ByteArrayInputStream(corpus.ndjson))) {
      for (ReadResult result : reader) {
        bh.consume(result);
      }
    }
  }

  /**
   * dicu: the record reader over the corpus with the default validator.
   *
   * @param corpus  the corpus
   * @param bh  the sink of the results
   * @throws IOException never, the corpus is in memory
   */
  @Benchmark
  public void dicuReadValidate(Corpus corpus, Blackhole bh) throws IOException {
    try (RecordReader reader = RecordReader.builder().validator(corpus.validator)
        .open(new ByteArrayInputStream(corpus.ndjson))) {
      for (ReadResult result : reader) {
        bh.consume(result);
      }
    }
  }

  /**
   * Baseline: every line parsed to a tree and validated against the generated JSON Schema by the
   * networknt validator, with format assertions.
   *
   * @param corpus  the corpus
   * @param bh  the sink of the results
   * @throws IOException never, the corpus is in memory
   */
  @Benchmark
  public void schemaValidate(Corpus corpus, Blackhole bh) throws IOException {
    byte[] ndjson = corpus.ndjson;
    for (int i = 0; i < N; i++) {
      JsonNode tree = corpus.trees.readTree(ndjson, corpus.lineStart[i],
          corpus.lineEnd[i] - corpus.lineStart[i]);
      List<Error> errors = corpus.schema.validate(tree);
      bh.consume(errors);
    }
  }

  /**
   * dicu: the record writer writing every case as NDJSON to a null output.
   *
   * @param corpus  the corpus
   * @param bh  the sink of the results
   * @throws IOException never, the output discards everything
   */
  @Benchmark
  public void dicuWrite(Corpus corpus, Blackhole bh) throws IOException {
    try (RecordWriter writer = RecordWriter.builder().open(OutputStream.nullOutputStream())) {
      for (TraffickingCase trafficking : corpus.cases) {
        bh.consume(writer.write(trafficking));
      }
    }
  }

  /**
   * Baseline: a plain object mapper writing every plain record as NDJSON to a null output.
   *
   * @param corpus  the corpus
   * @param bh  the sink of the results
   * @throws IOException never, the output discards everything
   */
  @Benchmark
  public void baselineWrite(Corpus corpus, Blackhole bh) throws IOException {
    try (OutputStream out = OutputStream.nullOutputStream()) {
      for (PlainCase plain : corpus.plainCases) {
        byte[] json = corpus.plainWriter.writeValueAsBytes(plain);
        out.write(json);
        out.write('\n');
        bh.consume(json);
      }
    }
  }
}
