package org.dicu.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import org.dicu.core.validation.DicuValidator;
import org.dicu.serialization.ctdc.CtdcTableReader;
import org.dicu.serialization.htcds.HtcdsCsvReader;
import org.dicu.serialization.stream.ReadResult;
import org.dicu.serialization.stream.RecordFormat;
import org.dicu.serialization.stream.RecordReader;

/** Opens an input of any supported format as a sequence of read results. */
final class Sources {

  private Sources() {}

  /** The results of one input; closing it closes the input. */
  interface Source extends Iterable<ReadResult>, Closeable {}

  static Source open(InputFormat format, InputStream in, boolean strict, DicuValidator validator,
      Locale locale) {
    if (format == InputFormat.CTDC_CSV) {
      CtdcTableReader table = CtdcTableReader.open(in, locale);
      return new Source() {
        @Override
        public Iterator<ReadResult> iterator() {
          return table.iterator();
        }

        @Override
        public void close() throws IOException {
          table.close();
        }
      };
    }
    if (format == InputFormat.HTCDS_CSV) {
      HtcdsCsvReader csv = HtcdsCsvReader.builder().locale(locale).validator(validator).open(in);
      return new Source() {
        @Override
        public Iterator<ReadResult> iterator() {
          return csv.iterator();
        }

        @Override
        public void close() throws IOException {
          csv.close();
        }
      };
    }
    RecordReader reader = RecordReader.builder()
        .format(format == InputFormat.JSON ? RecordFormat.JSON_ARRAY : RecordFormat.NDJSON)
        .strict(strict)
        .validator(validator)
        .locale(locale)
        .open(in);
    return new Source() {
      @Override
      public Iterator<ReadResult> iterator() {
        return reader.iterator();
      }

      @Override
      public void close() throws IOException {
        reader.close();
      }
    };
  }
}
