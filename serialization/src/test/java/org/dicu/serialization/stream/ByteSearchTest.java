package org.dicu.serialization.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast byte searches must find exactly what a byte-by-byte search finds. */
final class ByteSearchTest {

  private static int naiveIndexOf(byte[] bytes, byte wanted, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  private static boolean naiveContainsNull(byte[] bytes, int length) {
    for (int i = 0; i + 3 < length; i++) {
      if (bytes[i] == 'n' && bytes[i + 1] == 'u' && bytes[i + 2] == 'l' && bytes[i + 3] == 'l') {
        return true;
      }
    }
    return false;
  }

  /** Random bytes drawn mostly from the letters of {@code null}, newlines and high bytes. */
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

  @Test
  void shouldFindNullWhereverAByteByByteSearchDoes() {
    Random random = new Random(20261123);
    int found = 0;
    for (int round = 0; round < 50_000; round++) {
      byte[] bytes = randomBytes(random, random.nextInt(64));
      if (bytes.length >= 4 && random.nextInt(4) == 0) {
        System.arraycopy("null".getBytes(StandardCharsets.US_ASCII), 0, bytes,
            random.nextInt(bytes.length - 3), 4);
      }
      int length = random.nextInt(bytes.length + 1);
      boolean expected = naiveContainsNull(bytes, length);
      assertThat(ByteSearch.containsNull(bytes, length)).isEqualTo(expected);
      found += expected ? 1 : 0;
    }
    assertThat(found).isGreaterThan(5_000);
    for (int at = 0; at < 20; at++) {
      byte[] bytes = ("x".repeat(at) + "null" + "x".repeat(20 - at))
          .getBytes(StandardCharsets.US_ASCII);
      assertThat(ByteSearch.containsNull(bytes, bytes.length)).isTrue();
      assertThat(ByteSearch.containsNull(bytes, at + 3)).isFalse();
    }
  }
}
