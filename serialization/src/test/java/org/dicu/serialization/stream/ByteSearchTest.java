package org.dicu.serialization.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast byte search must find exactly what a byte-by-byte search finds. */
final class ByteSearchTest {

  private static int naiveIndexOf(byte[] bytes, byte wanted, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  /** Random bytes drawn mostly from a few letters, newlines and high bytes. */
  private static byte[] randomBytes(Random random, int length) {
    byte[] alphabet = "nul\n\"x".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = random.nextInt(8) == 0 ? (byte) (0x80 + random.nextInt(128))
          : alphabet[random.nextInt(alphabet.length)];
    }
    return bytes;
  }

  @Test
  void shouldFindTheFirstNewlineOfEveryRangeAsAByteByByteSearchDoes() {
    Random random = new Random(20261122);
    int found = 0;
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = randomBytes(random, random.nextInt(40));
      if (random.nextBoolean()) {
        Arrays.fill(bytes, (byte) 'x');
        if (bytes.length > 0 && random.nextBoolean()) {
          bytes[random.nextInt(bytes.length)] = '\n';
        }
      }
      int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
      int to = from + random.nextInt(bytes.length - from + 1);
      for (byte wanted : new byte[] {'\n', (byte) 0xC3, 'x'}) {
        int expected = naiveIndexOf(bytes, wanted, from, to);
        assertThat(ByteSearch.indexOf(bytes, wanted, from, to)).isEqualTo(expected);
        found += expected >= 0 ? 1 : 0;
      }
    }
    assertThat(found).isGreaterThan(10_000);
  }
}
