package org.dicu.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.validation.Issue;
import org.dicu.serialization.htcds.HtcdsCsvReader;
import org.dicu.serialization.stream.ReadResult;

/**
 * Imports examples/data/htcds-toolkit.csv, a spreadsheet saved from the HTCDS Excel template
 * (both header rows, labels in the cells, lists joined by "; "), and prints each case or problem
 * with its row and column.
 *
 * <p>Run it with {@code mvn -q -pl examples -am package -DskipTests exec:java
 * -Dexec.mainClass=org.dicu.examples.SpreadsheetImport}.
 */
public final class SpreadsheetImport {

  private SpreadsheetImport() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   * @throws IOException if the sample file cannot be read
   */
  public static void main(String[] args) throws IOException {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  static void run(PrintStream out) throws IOException {
    Path file = ExampleFiles.data("htcds-toolkit.csv");
    out.println("Importing " + file + ", saved from the HTCDS Excel template.");
    try (InputStream in = Files.newInputStream(file);
         HtcdsCsvReader reader = HtcdsCsvReader.builder().open(in)) {
      for (ReadResult result : reader) {
        result.getRecord().map(TraffickingCase.class::cast).ifPresent(trafficking ->
            out.println("row " + result.getLine() + ": case " + trafficking.getId() + ", status "
                + trafficking.getStatus().getCode() + ", "
                + trafficking.getVictim().flatMap(v -> v.getTraffickingStatus())
                    .map(status -> status.getCode()).orElse("no trafficking status")));
        for (Issue issue : result.getReport().getIssues()) {
          out.println("   row " + issue.getLine().orElse(result.getLine()) + ", column "
              + issue.getColumn().orElse("-") + ": " + issue.getSeverity() + " " + issue.getCode()
              + ": " + issue.getMessage());
        }
      }
      out.println(reader.getCasesRead() + " cases imported.");
    }
  }
}
