package org.dicu.serialization.stream;

/**
 * The record ids seen in one input, with the line of each, in about 16 bytes per id: ids are
 * kept as 64-bit hashes with an int line in open addressing, so that a million records fit in a
 * small heap. Two different ids share a hash with a probability of about 10⁻⁸ in a
 * million-record file; such a pair would be reported as a repeated id.
 */
final class IdSet {

  private static final long EMPTY = 0L;
  private static final int MAX_LINE = Integer.MAX_VALUE;

  private long[] hashes = new long[1024];
  private int[] lines = new int[1024];
  private int size;

  /**
   * Adds an id with its line.
   *
   * @return the line the id was first seen on, or -1 when it is new
   */
  long putIfAbsent(String id, long line) {
    if (size * 4L >= hashes.length * 3L) {
      grow();
    }
    long hash = hash(id);
    int slot = slot(hash, hashes.length);
    while (true) {
      if (hashes[slot] == EMPTY) {
        hashes[slot] = hash;
        lines[slot] = (int) Math.min(line, MAX_LINE);
        size++;
        return -1;
      }
      if (hashes[slot] == hash) {
        return lines[slot];
      }
      slot = slot + 1 == hashes.length ? 0 : slot + 1;
    }
  }

  int size() {
    return size;
  }

  /** Grows by half, which keeps the old and new tables together small enough for a small heap. */
  private void grow() {
    long[] oldHashes = hashes;
    int[] oldLines = lines;
    int capacity = oldHashes.length + (oldHashes.length >> 1);
    hashes = new long[capacity];
    lines = new int[capacity];
    for (int i = 0; i < oldHashes.length; i++) {
      if (oldHashes[i] != EMPTY) {
        int slot = slot(oldHashes[i], capacity);
        while (hashes[slot] != EMPTY) {
          slot = slot + 1 == capacity ? 0 : slot + 1;
        }
        hashes[slot] = oldHashes[i];
        lines[slot] = oldLines[i];
      }
    }
  }

  /** Maps a hash onto the table without a power-of-two size (multiply and shift). */
  private static int slot(long hash, int capacity) {
    return (int) (((hash >>> 32) * capacity) >>> 32);
  }

  /** FNV-1a over the characters, then the SplitMix64 finaliser; never the empty marker 0. */
  private static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 30;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 27;
    h *= 0x94d049bb133111ebL;
    h ^= h >>> 31;
    return h == EMPTY ? 1 : h;
  }
}
