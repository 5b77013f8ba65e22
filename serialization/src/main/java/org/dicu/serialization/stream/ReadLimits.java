package org.dicu.serialization.stream;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.Objects;
import org.dicu.serialization.json.DicuMappers;

/**
 * The limits a record reader enforces so that hostile input cannot exhaust memory: the size of a
 * record, its nesting depth, and the length of its strings and numbers.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadLimits {

  /** The default largest record, in bytes: 1 MiB, several hundred times a typical case. */
  public static final int DEFAULT_MAX_RECORD_BYTES = 1 << 20;

  private static final ReadLimits DEFAULTS = new ReadLimits(DEFAULT_MAX_RECORD_BYTES,
      DicuMappers.MAX_NESTING_DEPTH, DicuMappers.MAX_STRING_LENGTH, DicuMappers.MAX_NUMBER_LENGTH);

  private final int maxRecordBytes;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;

  private ReadLimits(int maxRecordBytes, int maxNestingDepth, int maxStringLength,
      int maxNumberLength) {
    this.maxRecordBytes = positive(maxRecordBytes, "maxRecordBytes");
    this.maxNestingDepth = positive(maxNestingDepth, "maxNestingDepth");
    this.maxStringLength = positive(maxStringLength, "maxStringLength");
    this.maxNumberLength = positive(maxNumberLength, "maxNumberLength");
  }

  private static int positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    return value;
  }

  /**
   * Obtains the default limits: 1 MiB per record, nesting 32, strings of 100 000 characters and
   * numbers of 64.
   *
   * @return the defaults, not null
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another largest record size.
   *
   * @param bytes  the largest record in bytes, positive
   * @return the new limits, not null
   * @throws IllegalArgumentException if not positive
   */
  public ReadLimits withMaxRecordBytes(int bytes) {
    return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxNumberLength);
  }

  /**
   * Returns a copy with another deepest nesting.
   *
   * @param depth  the deepest nesting of objects and arrays, positive
   * @return the new limits, not null
   * @throws IllegalArgumentException if not positive
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxRecordBytes, depth, maxStringLength, maxNumberLength);
  }

  /**
   * Returns a copy with another longest string.
   *
   * @param length  the longest string in characters, positive
   * @return the new limits, not null
   * @throws IllegalArgumentException if not positive
   */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxRecordBytes, maxNestingDepth, length, maxNumberLength);
  }

  /**
   * Returns a copy with another longest number.
   *
   * @param length  the longest number in characters, positive
   * @return the new limits, not null
   * @throws IllegalArgumentException if not positive
   */
  public ReadLimits withMaxNumberLength(int length) {
    return new ReadLimits(maxRecordBytes, maxNestingDepth, maxStringLength, length);
  }

  /** Returns the largest record, in bytes. */
  public int getMaxRecordBytes() {
    return maxRecordBytes;
  }

  /** Returns the deepest nesting of objects and arrays. */
  public int getMaxNestingDepth() {
    return maxNestingDepth;
  }

  /** Returns the longest string, in characters. */
  public int getMaxStringLength() {
    return maxStringLength;
  }

  /** Returns the longest number, in characters. */
  public int getMaxNumberLength() {
    return maxNumberLength;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ReadLimits)) {
      return false;
    }
    ReadLimits limits = (ReadLimits) other;
    return maxRecordBytes == limits.maxRecordBytes && maxNestingDepth == limits.maxNestingDepth
        && maxStringLength == limits.maxStringLength && maxNumberLength == limits.maxNumberLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxRecordBytes, maxNestingDepth, maxStringLength, maxNumberLength);
  }

  @Override
  public String toString() {
    return "ReadLimits[record " + maxRecordBytes + " bytes, depth " + maxNestingDepth + ", string "
        + maxStringLength + ", number " + maxNumberLength + "]";
  }

  StreamReadConstraints toConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNumberLength(maxNumberLength)
        .build();
  }
}
