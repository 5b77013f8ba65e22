package org.dicu.cli;

import java.util.Locale;
import java.util.Optional;
import org.dicu.serialization.stream.RecordFormat;
import picocli.CommandLine;

/** The formats the command reads and writes, by the names typed on the command line. */
enum InputFormat {
  /** One JSON record per line. */
  NDJSON("ndjson"),
  /** A JSON array of records. */
  JSON("json"),
  /** An HTCDS spreadsheet saved as CSV, one case per row. */
  HTCDS_CSV("htcds-csv"),
  /** A CTDC table, as export-ctdc writes it; only validate reads it. */
  CTDC_CSV("ctdc-csv");

  private final String name;

  InputFormat(String name) {
    this.name = name;
  }

  /** Returns the name typed on the command line. */
  String typedName() {
    return name;
  }

  /** Guesses the format from a file name's extension; a .csv file is an HTCDS spreadsheet. */
  static Optional<InputFormat> fromFileName(String fileName) {
    if (fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return Optional.of(HTCDS_CSV);
    }
    return RecordFormat.fromFileName(fileName)
        .map(format -> format == RecordFormat.NDJSON ? NDJSON : JSON);
  }

  /** Reads the typed names, with a clear error for anything else. */
  static final class Converter implements CommandLine.ITypeConverter<InputFormat> {
    @Override
    public InputFormat convert(String value) {
      for (InputFormat format : values()) {
        if (format.name.equalsIgnoreCase(value)) {
          return format;
        }
      }
      throw new CommandLine.TypeConversionException("'" + value + "' is not one of "
          + java.util.Arrays.stream(values()).map(f -> f.name)
              .collect(java.util.stream.Collectors.joining(", ")));
    }
  }
}
