package org.dicu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dicu.core.validation.DicuValidator;
import org.dicu.core.validation.ValidationProfile;
import org.dicu.serialization.stream.ReadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dicu validate}: reads exchange files and reports every issue of every record. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false)
final class ValidateCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", converter = InputFormat.Converter.class,
      descriptionKey = "option.format")
  private InputFormat format;

  @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "default",
      converter = ProfileConverter.class, descriptionKey = "option.profile")
  private ValidationProfile profile;

  @Option(names = "--strict", descriptionKey = "option.strict")
  private boolean strict;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      descriptionKey = "option.lang")
  private String lang;

  @Option(names = "--report", paramLabel = "KIND", defaultValue = "text",
      descriptionKey = "option.report")
  private String report;

  @Option(names = {"-q", "--quiet"}, descriptionKey = "option.quiet")
  private boolean quiet;

  @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "parameter.files")
  private List<String> files;

  @Override
  public Integer call() {
    Locale locale = Locale.forLanguageTag(lang);
    CliText text = CliText.of(locale);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Report output;
    if ("json".equals(report)) {
      output = new Report.Json(out);
    } else if ("text".equals(report)) {
      output = new Report.Text(out, text);
    } else {
      throw new CommandLine.ParameterException(spec.commandLine(),
          text.format("error.report-kind", report));
    }
    DicuValidator validator = DicuValidator.builder().locale(locale).profile(profile).build();
    Summary summary = new Summary();
    for (String file : files) {
      InputFormat fileFormat = format != null ? format
          : "-".equals(file) ? InputFormat.NDJSON : formatOf(file, text);
      output.startFile(file);
      try (CountingInputStream in = new CountingInputStream(open(file));
           Sources.Source source = Sources.open(fileFormat, in, strict, validator, locale)) {
        Progress progress = new Progress(err,
            !quiet && System.console() != null && !"-".equals(file), size(file));
        for (ReadResult result : source) {
          summary.add(result);
          output.result(file, result);
          progress.update(summary.records, in.count());
        }
        progress.finish();
      } catch (NoSuchFileException e) {
        err.println(text.format("error.no-file", file));
        return DicuCli.USAGE;
      } catch (IOException | UncheckedIOException e) {
        err.println(text.format("error.io", file, e.getClass().getSimpleName()));
        return DicuCli.USAGE;
      }
    }
    output.finish(summary);
    return summary.hasErrors() ? DicuCli.INVALID : DicuCli.OK;
  }

  private InputFormat formatOf(String file, CliText text) {
    return InputFormat.fromFileName(file).orElseThrow(() -> new CommandLine.ParameterException(
        spec.commandLine(), text.format("error.unknown-extension", file)));
  }

  private static InputStream open(String file) throws IOException {
    return "-".equals(file) ? System.in : Files.newInputStream(Path.of(file));
  }

  private static long size(String file) {
    try {
      return "-".equals(file) ? -1 : Files.size(Path.of(file));
    } catch (IOException e) {
      return -1;
    }
  }

  /** Reads {@code default} and {@code complete}. */
  static final class ProfileConverter implements CommandLine.ITypeConverter<ValidationProfile> {
    @Override
    public ValidationProfile convert(String value) {
      for (ValidationProfile profile : ValidationProfile.values()) {
        if (profile.name().equalsIgnoreCase(value)) {
          return profile;
        }
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not one of default, complete");
    }
  }
}
