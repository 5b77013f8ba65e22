package org.dicu.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dicu.core.catalogue.CodeLists;
import org.dicu.core.code.CodeList;
import org.dicu.core.code.Coded;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dicu codes}: prints the code lists, or one list with its codes and labels. */
@Command(name = "codes", mixinStandardHelpOptions = true)
final class CodesCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      descriptionKey = "option.lang")
  private String lang;

  @Parameters(paramLabel = "LIST", arity = "0..1", descriptionKey = "parameter.list")
  private String list;

  @Override
  public Integer call() {
    Locale locale = Locale.forLanguageTag(lang);
    CliText text = CliText.of(locale);
    PrintWriter out = spec.commandLine().getOut();
    if (list == null) {
      for (CodeList<?> codes : CodeLists.all()) {
        out.printf("%-28s %3d%n", codes.getName(), codes.getValues().size());
      }
      out.println(text.get("codes.hint"));
      out.flush();
      return DicuCli.OK;
    }
    Optional<CodeList<?>> codes = CodeLists.byName(list);
    if (codes.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          text.format("error.unknown-list", list));
    }
    int width = codes.get().getValues().stream()
        .mapToInt(value -> ((Coded) value).getCode().length()).max().orElse(0);
    for (Object value : codes.get().getValues()) {
      Coded coded = (Coded) value;
      String extension = coded.getDefinition().isExtension() ? "  " + text.get("codes.extension") : "";
      out.printf("%-" + width + "s  %s%s%n", coded.getCode(), coded.getLabel(locale), extension);
    }
    out.flush();
    return DicuCli.OK;
  }
}
