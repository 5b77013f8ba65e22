package org.dicu.serialization.stream;

import java.util.Locale;
import java.util.Optional;

/** The layout of a file of records. */
public enum RecordFormat {
  /** Newline-delimited JSON: one record per line, UTF-8. */
  NDJSON,
  /** One JSON array whose elements are the records (a single object is read as one record). */
  JSON_ARRAY;

  /**
   * Guesses the format from a file name: {@code .ndjson} and {@code .jsonl} are NDJSON,
   * {@code .json} a JSON array.
   *
   * @param fileName  the file name, may be null
   * @return the format, or empty when the extension says nothing
   */
  public static Optional<RecordFormat> fromFileName(String fileName) {
    if (fileName == null) {
      return Optional.empty();
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
      return Optional.of(NDJSON);
    }
    return name.endsWith(".json") ? Optional.of(JSON_ARRAY) : Optional.empty();
  }
}
