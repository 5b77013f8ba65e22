package org.dicu.serialization.stream;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads an NDJSON input line by line into one reusable buffer of bounded size: a line longer than
 * the limit is skipped to its end without being kept, so that memory stays flat whatever the
 * input. A UTF-8 byte-order mark at the start is dropped.
 */
final class NdjsonLines {

  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[CHUNK];
  private int chunkStart;
  private int chunkEnd;
  private byte[] line = new byte[1024];
  private int lineLength;
  private boolean tooLong;
  private long lineNumber;
  private boolean atStart = true;
  private boolean finished;

  NdjsonLines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Moves to the next line.
   *
   * @return false at the end of the input
   */
  boolean next() throws IOException {
    if (finished) {
      return false;
    }
    lineLength = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (chunkStart == chunkEnd && !fill()) {
        finished = true;
        if (any) {
          lineNumber++;
          return true;
        }
        return false;
      }
      any = true;
      int newline = ByteSearch.indexOf(chunk, (byte) '\n', chunkStart, chunkEnd);
      int end = newline >= 0 ? newline : chunkEnd;
      append(chunkStart, end);
      chunkStart = newline >= 0 ? newline + 1 : chunkEnd;
      if (newline >= 0) {
        lineNumber++;
        if (lineLength > 0 && line[lineLength - 1] == '\r') {
          lineLength--;
        }
        return true;
      }
    }
  }

  private boolean fill() throws IOException {
    int read = in.read(chunk);
    if (read <= 0) {
      return false;
    }
    chunkStart = 0;
    chunkEnd = read;
    if (atStart) {
      atStart = false;
      if (read >= 3 && (chunk[0] & 0xFF) == 0xEF && (chunk[1] & 0xFF) == 0xBB
          && (chunk[2] & 0xFF) == 0xBF) {
        chunkStart = 3;
      }
    }
    return true;
  }

  private void append(int from, int to) {
    int count = to - from;
    if (tooLong || count == 0) {
      return;
    }
    if (lineLength + count > maxLineBytes) {
      tooLong = true;
      return;
    }
    if (lineLength + count > line.length) {
      line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(line.length * 2, lineLength + count)));
    }
    System.arraycopy(chunk, from, line, lineLength, count);
    lineLength += count;
  }

  /** Returns the bytes of the current line; valid until the next call of {@link #next()}. */
  byte[] bytes() {
    return line;
  }

  /** Returns the length of the current line in bytes. */
  int length() {
    return lineLength;
  }

  /** Returns whether the current line was longer than the limit and skipped. */
  boolean isTooLong() {
    return tooLong;
  }

  /** Returns the number of the current line, from 1. */
  long lineNumber() {
    return lineNumber;
  }

  /** Returns whether the current line holds only white space. */
  boolean isBlank() {
    if (tooLong) {
      return false;
    }
    for (int i = 0; i < lineLength; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
