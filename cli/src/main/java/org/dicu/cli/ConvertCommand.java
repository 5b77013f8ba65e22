package org.dicu.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dicu.core.validation.DicuValidator;
import org.dicu.serialization.stream.ReadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dicu convert}: reads records in one format and writes them in another; records that
 * cannot be read are reported on standard error and left out.
 */
@Command(name = "convert", mixinStandardHelpOptions = true)
final class ConvertCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Option(names = "--from", paramLabel = "FORMAT", required = true,
      converter = InputFormat.Converter.class, descriptionKey = "option.from")
  private InputFormat from;

  @Option(names = "--to", paramLabel = "FORMAT", required = true,
      converter = InputFormat.Converter.class, descriptionKey = "option.to")
  private InputFormat to;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      descriptionKey = "option.lang")
  private String lang;

  @Parameters(index = "0", paramLabel = "IN", descriptionKey = "parameter.in")
  private Path input;

  @Parameters(index = "1", paramLabel = "OUT", descriptionKey = "parameter.out")
  private Path output;

  @Override
  public Integer call() {
    Locale locale = Locale.forLanguageTag(lang);
    CliText text = CliText.of(locale);
    if (from == InputFormat.CTDC_CSV || to == InputFormat.CTDC_CSV) {
      throw new CommandLine.ParameterException(spec.commandLine(), text.get("error.ctdc-convert"));
    }
    PrintWriter err = spec.commandLine().getErr();
    Report.Text problems = new Report.Text(err, text);
    long written = 0;
    long leftOut = 0;
    DicuValidator validator = DicuValidator.builder().locale(locale).build();
    try (Sources.Source source = Sources.open(from, Files.newInputStream(input), false, validator,
            locale);
         OutputStream out = Files.newOutputStream(output);
         Sinks.Sink sink = Sinks.open(to, out)) {
      for (ReadResult result : source) {
        if (result.getRecord().isPresent() && sink.write(result.getRecord().get())) {
          written++;
        } else {
          problems.result(input.toString(), result);
          leftOut++;
        }
      }
    } catch (NoSuchFileException e) {
      err.println(text.format("error.no-file", input));
      return DicuCli.USAGE;
    } catch (IOException | UncheckedIOException e) {
      err.println(text.format("error.io", input, e.getClass().getSimpleName()));
      return DicuCli.USAGE;
    }
    spec.commandLine().getOut().println(text.format("convert.summary", written, leftOut, output));
    return leftOut == 0 ? DicuCli.OK : DicuCli.INVALID;
  }
}
