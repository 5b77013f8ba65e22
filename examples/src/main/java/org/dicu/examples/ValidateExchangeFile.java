package org.dicu.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.dicu.core.validation.DicuValidator;
import org.dicu.core.validation.Issue;
import org.dicu.serialization.stream.ReadResult;
import org.dicu.serialization.stream.RecordFormat;
import org.dicu.serialization.stream.RecordReader;

/**
 * Reads the sample exchange file examples/data/cases.ndjson, whose records are partly broken, and
 * prints every issue with its line, in Vietnamese.
 *
 * <p>Run it with {@code mvn -q -pl examples -am package -DskipTests exec:java
 * -Dexec.mainClass=org.dicu.examples.ValidateExchangeFile}.
 */
public final class ValidateExchangeFile {

  private ValidateExchangeFile() {}

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
    Path file = ExampleFiles.data("cases.ndjson");
    Locale vietnamese = Locale.forLanguageTag("vi");
    out.println("Reading " + file + ": every record, with every issue, in Vietnamese.");
    int valid = 0;
    int invalid = 0;
    try (RecordReader reader = RecordReader.builder()
        .format(RecordFormat.NDJSON)
        .locale(vietnamese)
        .validator(DicuValidator.builder().locale(vietnamese).build())
        .open(Files.newInputStream(file))) {
      for (ReadResult result : reader) {
        String what = result.getRecord()
            .map(record -> record.getRecordType().getCode() + " " + record.getId())
            .orElse("(not readable)");
        out.println("line " + result.getLine() + ": " + what + (result.isValid() ? " - valid" : ""));
        for (Issue issue : result.getReport().getIssues()) {
          out.println("   " + issue.getSeverity() + " " + issue.getCode() + " "
              + issue.getLocation() + ": " + issue.getMessage());
        }
        if (result.isValid()) {
          valid++;
        } else {
          invalid++;
        }
      }
    }
    out.println(valid + " valid, " + invalid + " with errors.");
  }
}
