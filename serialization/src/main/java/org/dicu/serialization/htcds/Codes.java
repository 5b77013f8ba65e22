package org.dicu.serialization.htcds;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dicu.core.code.CodeList;
import org.dicu.core.code.Coded;

/**
 * Finds the constant a spreadsheet cell means: a value name or English label of any letter case
 * (with the aliases of the code lists, such as the toolkit's labels), or a Vietnamese label.
 */
final class Codes {

  /** The Vietnamese labels of each list by {@link Text#key(String)}; labels two constants share are left out. */
  private static final ClassValue<Map<String, Object>> VIETNAMESE_LABELS =
      new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
          Map<String, Object> byLabel = new HashMap<>();
          Set<String> shared = new HashSet<>();
          for (Object constant : type.getEnumConstants()) {
            String key = Text.key(((Coded) constant).getLabelVi());
            if (byLabel.putIfAbsent(key, constant) != null) {
              shared.add(key);
            }
          }
          byLabel.keySet().removeAll(shared);
          return Map.copyOf(byLabel);
        }
      };

  private Codes() {}

  /**
   * Finds the constant of a list that a cell's text means.
   *
   * @param type  the enum of the list
   * @param text  the clean text of the cell, not empty
   * @return the constant, or empty when the text means none
   */
  static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String text) {
    Optional<E> found = CodeList.of(type).findIgnoringCase(text);
    if (found.isPresent()) {
      return found;
    }
    return Optional.ofNullable(VIETNAMESE_LABELS.get(type).get(Text.key(text))).map(type::cast);
  }
}
