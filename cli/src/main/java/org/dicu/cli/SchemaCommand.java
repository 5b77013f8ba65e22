package org.dicu.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dicu.core.code.CodeList;
import org.dicu.core.record.RecordType;
import org.dicu.serialization.schema.RecordSchemas;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dicu schema}: prints the JSON Schema of a record type, or lists the record types. */
@Command(name = "schema", mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer> {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      descriptionKey = "option.lang")
  private String lang;

  @Parameters(paramLabel = "RECORD_TYPE", arity = "0..1", descriptionKey = "parameter.record-type")
  private String recordType;

  @Override
  public Integer call() {
    Locale locale = Locale.forLanguageTag(lang);
    PrintWriter out = spec.commandLine().getOut();
    if (recordType == null) {
      for (RecordType type : RecordType.values()) {
        out.printf("%-20s %s%n", type.getCode(), type.getLabel(locale));
      }
      out.println(CliText.of(locale).get("schema.hint"));
      out.flush();
      return DicuCli.OK;
    }
    Optional<RecordType> type = CodeList.of(RecordType.class).findIgnoringCase(recordType);
    if (type.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          CliText.of(locale).format("error.unknown-record-type", recordType));
    }
    out.print(RecordSchemas.schemaOf(type.get()));
    out.flush();
    return DicuCli.OK;
  }
}
