package org.dicu.serialization.ctdc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

final class CsvOutputTest {

  private static String write(String... fields) throws IOException {
    StringWriter out = new StringWriter();
    CsvOutput csv = new CsvOutput(out);
    csv.writeRecord(fields);
    csv.flush();
    return out.toString();
  }

  @Test
  void shouldJoinPlainFieldsWithCommasAndEndTheLineWithANewline() throws IOException {
    assertThat(write("2023", "", "25+ (2+ yrs)", "")).isEqualTo("2023,,25+ (2+ yrs),\n");
  }

  @Test
  void shouldQuoteFieldsWithCommasQuotesOrLineBreaks() throws IOException {
    assertThat(write("a,b", "say \"hi\"", "two\nlines", "cr\r", "Việt"))
        .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",Việt\n");
  }

  @Test
  void shouldWriteFieldsThatStartAFormulaWithAnApostrophe() throws IOException {
    assertThat(write("=1+1", "+1", "-1", "@A1", "\t1", "25+ (2+ yrs)", "0--8"))
        .isEqualTo("'=1+1,'+1,'-1,'@A1,'\t1,25+ (2+ yrs),0--8\n");
    assertThat(write("=a,b", "\r1")).isEqualTo("\"'=a,b\",\"'\r1\"\n");
  }

  @Test
  void shouldFlushButNotCloseTheCallersWriter() throws IOException {
    StringWriter out = new StringWriter();
    CsvOutput csv = new CsvOutput(out);
    csv.writeRecord(new String[] {"1"});
    assertThat(out.toString()).isEmpty();
    csv.flush();
    out.write("more");
    assertThat(out.toString()).isEqualTo("1\nmore");
  }
}
