package org.dicu.serialization.ctdc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RowSpillTest {

  @Test
  void shouldGiveBackEveryRowInOrderWhateverTheNumberOfDistinctValues(@TempDir Path dir)
      throws IOException {
    Random random = new Random(20261123);
    List<String[]> added = new ArrayList<>();
    try (RowSpill spill = RowSpill.create(dir, 3)) {
      for (int i = 0; i < 40_000; i++) {
        // one column of a few values, one past one and two bytes of index, one often empty
        String[] row = {"v" + random.nextInt(3), "w" + i / 2,
            random.nextBoolean() ? "" : Integer.toString(random.nextInt(200))};
        spill.add(row);
        added.add(row.clone());
      }
      List<String[]> read = new ArrayList<>();
      try (RowSpill.Rows rows = spill.read()) {
        for (String[] row = rows.next(); row != null; row = rows.next()) {
          read.add(row);
        }
      }
      assertThat(read).containsExactlyElementsOf(added);
    }
    assertThat(dir.toFile().list()).isEmpty();
  }
}
