package org.dicu.serialization.json;

import java.util.Arrays;
import org.dicu.core.code.CodeList;
import org.dicu.core.code.Coded;

/**
 * The constants of a code list by exact wire code, found from the parser's characters: no string
 * is made and hashed for a code that is found.
 *
 * @param <E>  the enum type of the list
 */
final class CodeTable<E extends Enum<E> & Coded> {

  private final char[][] codes;
  private final Object[] constants;
  private final int mask;

  CodeTable(CodeList<E> list) {
    int size = Integer.highestOneBit(Math.max(2, list.getValues().size()) * 4 - 1);
    codes = new char[size][];
    constants = new Object[size];
    mask = size - 1;
    for (E constant : list.getValues()) {
      char[] code = constant.getCode().toCharArray();
      int slot = hash(code, 0, code.length) & mask;
      while (codes[slot] != null) {
        slot = (slot + 1) & mask;
      }
      codes[slot] = code;
      constants[slot] = constant;
    }
  }

  /**
   * Finds the constant whose wire code is {@code length} characters of {@code text} from
   * {@code offset}.
   *
   * @return the constant, or null when no wire code is exactly these characters
   */
  @SuppressWarnings("unchecked")
  E find(char[] text, int offset, int length) {
    int slot = hash(text, offset, length) & mask;
    for (char[] code = codes[slot]; code != null; code = codes[slot]) {
      if (Arrays.equals(code, 0, code.length, text, offset, offset + length)) {
        return (E) constants[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  /**
   * Hashes a code by its length and three of its characters, the first, the middle and the last:
   * hashing every character of codes up to 46 long took 2 to 3% of reading a record. The codes
   * of a list differ enough there to be found at their slot or the next few.
   */
  private static int hash(char[] text, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    int hash = length;
    hash = 31 * hash + text[offset];
    hash = 31 * hash + text[offset + (length >>> 1)];
    hash = 31 * hash + text[offset + length - 1];
    return (hash * 0x9E3779B9) >>> 16;
  }
}
