package org.dicu.examples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.dicu.serialization.stream.RecordWriter;

/**
 * Writes generated cases as NDJSON to standard output, for load tests of {@code dicu validate -}.
 *
 * <p>Run it with {@code java -cp "$(cat examples/target/classpath.txt)" org.dicu.examples.GenerateCases 1000000},
 * or see the README for the one-million-record pipe.
 */
public final class GenerateCases {

  private GenerateCases() {}

  /**
   * Writes the cases.
   *
   * @param args  the number of cases (1 000 by default) and the seed (1 by default)
   * @throws IOException if standard output fails
   */
  public static void main(String[] args) throws IOException {
    long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    write(count, seed, new BufferedOutputStream(System.out, 1 << 16));
  }

  static void write(long count, long seed, OutputStream out) throws IOException {
    CaseGenerator generator = new CaseGenerator(seed);
    try (RecordWriter writer = RecordWriter.builder().open(out)) {
      for (long i = 0; i < count; i++) {
        writer.write(generator.next(i));
      }
    }
  }
}
