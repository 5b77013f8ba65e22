package org.dicu.serialization.properties;

import org.quicktheories.QuickTheory;

/**
 * The settings of the property tests: how many tries, and how long a failure is shrunk.
 *
 * <p>Each run draws a new seed and a failure prints it; {@code -DQT_SEED=<seed>} repeats that run
 * and {@code -DQT_EXAMPLES=<n>} replaces every test's number of tries.
 */
public final class Theories {

  /** The most shrink cycles spent on a failure, so that a failing run still ends soon. */
  static final int SHRINK_CYCLES = 100;

  private Theories() {}

  /**
   * Returns a theory that checks a number of generated values, or {@code QT_EXAMPLES} of them.
   *
   * @param tries  the number of values the test checks by default, 1 or more
   * @return the theory, not null
   */
  public static QuickTheory qt(int tries) {
    return QuickTheory.qt().withExamples(Integer.getInteger("QT_EXAMPLES", tries))
        .withShrinkCycles(SHRINK_CYCLES);
  }
}
