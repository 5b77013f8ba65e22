package org.dicu.cli;

import java.io.PrintWriter;

/**
 * A progress line on standard error for inputs that take longer than about a second: records
 * per second, and percent when the input's size is known. Silent when standard error is not a
 * terminal or when asked to be quiet.
 */
final class Progress {

  private static final long DELAY_NANOS = 1_000_000_000L;
  private static final long INTERVAL_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long size;
  private final long start = System.nanoTime();
  private long lastShown;
  private boolean shown;

  Progress(PrintWriter err, boolean enabled, long size) {
    this.err = err;
    this.enabled = enabled;
    this.size = size;
  }

  /** Shows the progress now and then: records done so far and bytes read of the input. */
  void update(long records, long bytesRead) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - start < DELAY_NANOS || now - lastShown < INTERVAL_NANOS) {
      return;
    }
    lastShown = now;
    shown = true;
    double seconds = (now - start) / 1e9;
    StringBuilder line = new StringBuilder("\r");
    if (size > 0) {
      int percent = (int) Math.min(100, bytesRead * 100 / size);
      int filled = percent / 5;
      line.append('[').append("#".repeat(filled)).append(" ".repeat(20 - filled)).append("] ")
          .append(percent).append("% ");
    }
    line.append(records).append(" records, ").append((long) (records / seconds)).append(" rec/s");
    err.print(line);
    err.flush();
  }

  /** Ends the progress line, if one was shown. */
  void finish() {
    if (shown) {
      err.println();
      err.flush();
    }
  }
}
