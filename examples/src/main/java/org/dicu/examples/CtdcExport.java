package org.dicu.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.stream.LongStream;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.validation.DicuValidator;
import org.dicu.serialization.ctdc.CtdcExportSummary;
import org.dicu.serialization.ctdc.CtdcExporter;

/**
 * Exports 5 000 generated cases to the CTDC publication format: de-identified, with the
 * quasi-identifiers of rare combinations blanked for k-anonymity (k = 11), and prints what was
 * left out or suppressed and the first rows.
 *
 * <p>Run it with {@code mvn -q -pl examples -am package -DskipTests exec:java
 * -Dexec.mainClass=org.dicu.examples.CtdcExport}.
 */
public final class CtdcExport {

  private static final long CASES = 5_000;

  private CtdcExport() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   * @throws IOException never: the table is written to memory
   */
  public static void main(String[] args) throws IOException {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  static void run(PrintStream out) throws IOException {
    out.println("Exporting " + CASES + " generated cases to the CTDC format with k = 11.");
    CtdcExporter exporter = CtdcExporter.builder().k(11)
        .validator(DicuValidator.builder().build()).build();
    StringWriter table = new StringWriter();
    CtdcExportSummary summary = exporter.export(CtdcExport::cases, table);
    out.println(summary);
    out.println("The first rows:");
    table.toString().lines().limit(4).forEach(line -> out.println("   " + line));
  }

  /** The generated cases. */
  private static Iterator<TraffickingCase> cases() {
    CaseGenerator generator = new CaseGenerator(11L);
    return LongStream.range(0, CASES).mapToObj(generator::next).iterator();
  }
}
