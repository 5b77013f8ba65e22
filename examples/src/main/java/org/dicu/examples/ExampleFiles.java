package org.dicu.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the sample files of examples/data, whether run from the project or the module. */
final class ExampleFiles {

  private ExampleFiles() {}

  /**
   * Returns the path of a sample file.
   *
   * @param name  the file name in examples/data
   * @return the path, from the project root or from the examples module
   */
  static Path data(String name) {
    Path fromRoot = Path.of("examples", "data", name);
    return Files.exists(fromRoot) ? fromRoot : Path.of("data", name);
  }
}
