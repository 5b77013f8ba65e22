package org.dicu.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dicu} command: checks exchange files before and after agencies exchange them,
 * converts between formats, exports de-identified CTDC data, and prints schemas, rules and code
 * lists. Exit codes: 0 when no record has an ERROR or FATAL issue, 1 when one has, 2 for usage or
 * I/O errors.
 */
@Command(
    name = "dicu",
    mixinStandardHelpOptions = true,
    version = "dicu 0.1.0",
    subcommands = {
      ValidateCommand.class,
      ConvertCommand.class,
      ExportCtdcCommand.class,
      SchemaCommand.class,
      RulesCommand.class,
      CodesCommand.class
    })
public final class DicuCli implements Runnable {

  /** Exit code when no record has an ERROR or FATAL issue. */
  public static final int OK = 0;
  /** Exit code when a record has an ERROR or FATAL issue. */
  public static final int INVALID = 1;
  /** Exit code for usage and I/O errors. */
  public static final int USAGE = 2;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args  the command-line arguments
   */
  public static void main(String[] args) {
    // Hibernate Validator announces its version through java.util.logging: keep the output clean
    Logger.getLogger("org.hibernate.validator").setLevel(Level.WARNING);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * Runs the command with the given output and error writers, as tests and embedding programs do.
   *
   * @param args  the command-line arguments, not null
   * @param out  where results go, not null
   * @param err  where usage errors and progress go, not null
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    Locale locale = requestedLocale(args);
    CommandLine commandLine = new CommandLine(new DicuCli());
    commandLine.setResourceBundle(ResourceBundle.getBundle(
        "org.dicu.cli.CliMessages", locale, DicuCli.class.getModule()));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(new UsageErrors(locale));
    commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
      line.getErr().println(CliText.of(locale).format("error.unexpected",
          exception.getClass().getSimpleName()));
      return USAGE;
    });
    commandLine.setExitCodeExceptionMapper(exception -> USAGE);
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Finds {@code --lang vi} (or {@code --lang=vi}) before parsing, to translate the help too. */
  static Locale requestedLocale(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = args[i].startsWith("--lang=") ? args[i].substring(7)
          : "--lang".equals(args[i]) && i + 1 < args.length ? args[i + 1] : null;
      if (value != null) {
        return Locale.forLanguageTag(value);
      }
    }
    return Locale.ENGLISH;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        CliText.of(spec.resourceBundle()).get("error.missing-command"));
  }
}
