package org.dicu.serialization.ctdc;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of an export, kept between counting their combinations and writing them, in a
 * temporary file that is deleted on close, so that the input is read once and memory does not
 * grow with the number of cases. Each cell is kept as the index of its value among the distinct
 * values of its column so far, in one byte while a column has fewer than 128: about 27 bytes a
 * row. The file is created with the default permissions of {@link Files#createTempFile}, which on
 * POSIX systems let only its owner read it; it holds only the coded, banded and yearly values of
 * the rows.
 */
final class RowSpill implements Closeable {

  private final Path file;
  private final OutputStream out;
  private final List<Map<String, Integer>> indexes = new ArrayList<>();
  private final List<List<String>> values = new ArrayList<>();
  private final int width;
  private long rows;

  private RowSpill(Path file, int width) throws IOException {
    this.file = file;
    this.width = width;
    for (int column = 0; column < width; column++) {
      indexes.add(new HashMap<>());
      values.add(new ArrayList<>());
    }
    this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
  }

  /**
   * Creates an empty spill.
   *
   * @param directory  where to create the file, or null for the default temporary directory
   * @param width  the number of cells of every row
   */
  static RowSpill create(Path directory, int width) throws IOException {
    Path file = directory == null
        ? Files.createTempFile("dicu-ctdc-", ".rows")
        : Files.createTempFile(directory, "dicu-ctdc-", ".rows");
    try {
      return new RowSpill(file, width);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  /** Adds a row, whose cells are not null. */
  void add(String[] row) throws IOException {
    for (int column = 0; column < width; column++) {
      Map<String, Integer> index = indexes.get(column);
      Integer known = index.get(row[column]);
      if (known == null) {
        known = index.size();
        index.put(row[column], known);
        values.get(column).add(row[column]);
      }
      for (int rest = known; ; rest >>>= 7) {
        if (rest < 0x80) {
          out.write(rest);
          break;
        }
        out.write(rest & 0x7F | 0x80);
      }
    }
    rows++;
  }

  /**
   * Reads the rows back in the order they were added; called once, after the last row.
   *
   * @return the rows, to be closed
   */
  Rows read() throws IOException {
    out.close();
    return new Rows(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The rows of a spill, one at a time. */
  final class Rows implements Closeable {
    private final InputStream in;
    private long left = rows;

    private Rows(InputStream in) {
      this.in = in;
    }

    /**
     * Returns the next row.
     *
     * @return a new array of the row's cells, or null after the last row
     */
    String[] next() throws IOException {
      if (left == 0) {
        return null;
      }
      left--;
      String[] row = new String[width];
      for (int column = 0; column < width; column++) {
        row[column] = values.get(column).get(readIndex());
      }
      return row;
    }

    private int readIndex() throws IOException {
      int index = 0;
      for (int shift = 0; ; shift += 7) {
        int b = in.read();
        if (b < 0) {
          throw new EOFException("the temporary file of the export was cut short");
        }
        index |= (b & 0x7F) << shift;
        if (b < 0x80) {
          return index;
        }
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
