package org.dicu.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dicu.serialization.stream.ReadResult;
import org.dicu.serialization.stream.RecordReader;

/**
 * Validates an NDJSON file through the public record reader and prints what it read, for the
 * memory run ({@code benchmarks/memory-run.sh}), which starts it in a small heap.
 */
public final class ValidateFile {

  private ValidateFile() {}

  /**
   * Reads and validates a file.
   *
   * @param args  the path of the NDJSON file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    long records = 0;
    long valid = 0;
    long start = System.nanoTime();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16);
        RecordReader reader = RecordReader.builder().open(in)) {
      for (ReadResult result : reader) {
        records++;
        valid += result.isValid() ? 1 : 0;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%d records, %d valid, %.1f s, %.0f records/s%n", records, valid, seconds,
        records / seconds);
  }
}
