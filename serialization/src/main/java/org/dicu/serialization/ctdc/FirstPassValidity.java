package org.dicu.serialization.ctdc;

import java.util.Arrays;
import java.util.BitSet;
import org.dicu.core.casework.TraffickingCase;

/**
 * What the first pass of an export found valid, so that the second pass need not validate the
 * same case again (validation took a fifth of an export): for each case validated, by its position
 * in the input, the hash of the case and whether it was valid. A case whose hash differs in the
 * second pass is validated again. It keeps four bytes and two bits per case.
 */
final class FirstPassValidity {

  private int[] hashes = new int[1024];
  private final BitSet validated = new BitSet();
  private final BitSet valid = new BitSet();

  /** Keeps the answer of the first pass for the case at a position. */
  void put(long position, TraffickingCase trafficking, boolean isValid) {
    if (position >= Integer.MAX_VALUE) {
      return;
    }
    int index = (int) position;
    if (index >= hashes.length) {
      hashes = Arrays.copyOf(hashes, Math.max(index + 1, hashes.length * 2));
    }
    hashes[index] = trafficking.hashCode();
    validated.set(index);
    valid.set(index, isValid);
  }

  /**
   * Finds the answer of the first pass for the case at a position.
   *
   * @return whether it was valid, or null when the first pass did not validate an equal case there
   */
  Boolean find(long position, TraffickingCase trafficking) {
    if (position >= Integer.MAX_VALUE || !validated.get((int) position)
        || hashes[(int) position] != trafficking.hashCode()) {
      return null;
    }
    return valid.get((int) position);
  }
}
