package org.dicu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.serialization.ctdc.CtdcExportSummary;
import org.dicu.serialization.ctdc.CtdcExporter;
import org.dicu.serialization.htcds.HtcdsCsvReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dicu export-ctdc}: writes the de-identified, k-anonymous CTDC table of the cases of a
 * file, and says what was left out or suppressed.
 */
@Command(name = "export-ctdc", mixinStandardHelpOptions = true)
final class ExportCtdcCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Option(names = "--k", paramLabel = "K", defaultValue = "11", descriptionKey = "option.k")
  private int k;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      descriptionKey = "option.lang")
  private String lang;

  @Parameters(index = "0", paramLabel = "IN", descriptionKey = "parameter.in")
  private Path input;

  @Parameters(index = "1", paramLabel = "OUT.csv", descriptionKey = "parameter.out-csv")
  private Path output;

  /** Exports the cases of the spreadsheet, read once. */
  private CtdcExportSummary exportSpreadsheet(CtdcExporter exporter) throws IOException {
    try (HtcdsCsvReader reader = HtcdsCsvReader.builder().open(Files.newInputStream(input));
        Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      Iterator<TraffickingCase> cases = reader.stream()
          .flatMap(result -> result.getRecord().stream())
          .map(TraffickingCase.class::cast)
          .iterator();
      return exporter.export(() -> cases, out);
    }
  }

  @Override
  public Integer call() {
    CliText text = CliText.of(Locale.forLanguageTag(lang));
    PrintWriter out = spec.commandLine().getOut();
    if (k < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), text.get("error.k"));
    }
    try {
      CtdcExporter exporter = CtdcExporter.builder().k(k).build();
      CtdcExportSummary summary = InputFormat.fromFileName(input.toString())
          .filter(format -> format == InputFormat.HTCDS_CSV).isPresent()
          ? exportSpreadsheet(exporter)
          : exporter.export(input, output);
      out.println(summary);
      out.flush();
      return DicuCli.OK;
    } catch (NoSuchFileException e) {
      spec.commandLine().getErr().println(text.format("error.no-file", input));
      return DicuCli.USAGE;
    } catch (IOException | UncheckedIOException e) {
      spec.commandLine().getErr().println(text.format("error.io", input,
          e.getClass().getSimpleName()));
      return DicuCli.USAGE;
    }
  }
}
