package org.dicu.cli;

import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;

/** Answers a usage mistake with what went wrong and what to type instead; exit code 2. */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

  private final CliText text;

  UsageErrors(Locale locale) {
    this.text = CliText.of(locale);
  }

  @Override
  public int handleParseException(CommandLine.ParameterException exception, String[] args) {
    CommandLine command = exception.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(text.format("error.usage", exception.getMessage()));
    CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
    err.println(text.format("error.try-help", command.getCommandSpec().qualifiedName()));
    return DicuCli.USAGE;
  }
}
