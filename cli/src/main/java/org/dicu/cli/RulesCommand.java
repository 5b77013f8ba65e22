package org.dicu.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dicu.core.validation.Rule;
import org.dicu.core.validation.RuleCatalogue;
import org.dicu.serialization.stream.ReadProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dicu rules}: prints the catalogue of rule codes with their severity and message. */
@Command(name = "rules", mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      descriptionKey = "option.lang")
  private String lang;

  @Override
  public Integer call() {
    Locale locale = Locale.forLanguageTag(lang);
    CliText text = CliText.of(locale);
    PrintWriter out = spec.commandLine().getOut();
    out.println(text.get("rules.reading"));
    for (ReadProblem problem : ReadProblem.values()) {
      out.printf("  %-36s %-11s %s%n", problem.getCode(), problem.getSeverity(),
          problem.messageTemplate(locale));
    }
    out.println();
    out.println(text.get("rules.validation"));
    for (Rule rule : Rule.values()) {
      out.printf("  %-36s %-11s %s%n", rule.getCode(), rule.getSeverity(),
          RuleCatalogue.messageTemplate(rule, locale));
    }
    out.flush();
    return DicuCli.OK;
  }
}
