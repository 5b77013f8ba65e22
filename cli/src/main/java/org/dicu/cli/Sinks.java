package org.dicu.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.record.ExchangeRecord;
import org.dicu.serialization.htcds.HtcdsCsvWriter;
import org.dicu.serialization.stream.RecordFormat;
import org.dicu.serialization.stream.RecordWriter;

/** Opens an output of any supported format that records are written to one at a time. */
final class Sinks {

  private Sinks() {}

  /** Where records go; closing it ends the file and closes the output. */
  interface Sink extends Closeable {
    /** Writes a record; false when the format cannot hold records of its type. */
    boolean write(ExchangeRecord record);
  }

  static Sink open(InputFormat format, OutputStream out) {
    if (format == InputFormat.HTCDS_CSV) {
      HtcdsCsvWriter csv = HtcdsCsvWriter.builder().open(out);
      return new Sink() {
        @Override
        public boolean write(ExchangeRecord record) {
          if (!(record instanceof TraffickingCase)) {
            return false;
          }
          csv.write((TraffickingCase) record);
          return true;
        }

        @Override
        public void close() throws IOException {
          csv.close();
        }
      };
    }
    RecordWriter writer = RecordWriter.builder()
        .format(format == InputFormat.JSON ? RecordFormat.JSON_ARRAY : RecordFormat.NDJSON)
        .open(out);
    return new Sink() {
      @Override
      public boolean write(ExchangeRecord record) {
        return writer.write(record).isWritten();
      }

      @Override
      public void close() throws IOException {
        writer.close();
      }
    };
  }
}
