package org.dicu.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dicu.core.casework.ConsentScope;
import org.dicu.core.privacy.Deidentifier;
import org.dicu.core.record.ExchangeRecord;
import org.dicu.core.validation.DicuValidator;
import org.dicu.serialization.stream.ReadResult;
import org.dicu.serialization.stream.RecordWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dicu convert}: reads records in one format and writes them in another; records that
 * cannot be read are reported on standard error and left out. With {@code --deidentify} and a key
 * file it writes de-identified records, and only the cases whose consent covers de-identified data
 * sharing.
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

  @Option(names = "--deidentify", descriptionKey = "option.deidentify")
  private boolean deidentify;

  @Option(names = "--key-file", paramLabel = "FILE", descriptionKey = "option.key-file")
  private Path keyFile;

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
    long withoutConsent = 0;
    Deidentifier deidentifier = null;
    if (deidentify || keyFile != null) {
      if (!deidentify || keyFile == null) {
        err.println(text.format("error.deidentify-needs-key"));
        return DicuCli.USAGE;
      }
      byte[] key;
      try {
        key = Files.readAllBytes(keyFile);
      } catch (IOException e) {
        err.println(text.format("error.key-file-unreadable", keyFile, e.getClass().getSimpleName()));
        return DicuCli.USAGE;
      }
      try {
        if (key.length < Deidentifier.MINIMUM_KEY_LENGTH) {
          err.println(text.format("error.key-file-short", keyFile, Deidentifier.MINIMUM_KEY_LENGTH,
              key.length));
          return DicuCli.USAGE;
        }
        deidentifier = Deidentifier.withKey(key);
      } finally {
        Arrays.fill(key, (byte) 0);
      }
    }
    DicuValidator validator = DicuValidator.builder().locale(locale).build();
    try (Sources.Source source = Sources.open(from, Files.newInputStream(input), false, validator,
            locale);
         OutputStream out = Files.newOutputStream(output);
         Sinks.Sink sink = Sinks.open(to, out)) {
      for (ReadResult result : source) {
        Optional<ExchangeRecord> record = result.getRecord();
        if (deidentifier != null && record.isPresent()) {
          if (!RecordWriter.consentCovers(record.get(), ConsentScope.DEIDENTIFIED_DATA_SHARING)) {
            withoutConsent++;
            continue;
          }
          record = Optional.of(deidentifier.deidentify(record.get()).getRecord());
        }
        if (record.isPresent() && sink.write(record.get())) {
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
    if (deidentifier != null) {
      spec.commandLine().getOut().println(text.format("convert.deidentified", withoutConsent));
    }
    return leftOut == 0 ? DicuCli.OK : DicuCli.INVALID;
  }
}
