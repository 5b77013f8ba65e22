package org.dicu.serialization.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps the table of reading problems in docs/FORMAT.md true to {@link ReadProblem}. */
final class ReadProblemsDocumentTest {

  private static final Path FORMAT = Path.of("..", "docs", "FORMAT.md");
  private static final String START = "<!-- reading-problems:start -->\n";
  private static final String END = "<!-- reading-problems:end -->";

  static String table() {
    return "| code | severity | what the reader checks | message (en) | message (vi) |\n"
        + "| --- | --- | --- | --- | --- |\n"
        + Arrays.stream(ReadProblem.values())
            .map(problem -> "| `" + problem.getCode() + "` | " + problem.getSeverity() + " | "
                + problem.getDescription() + " | "
                + problem.messageTemplate(Locale.ENGLISH) + " | "
                + problem.messageTemplate(Locale.forLanguageTag("vi")) + " |\n")
            .collect(Collectors.joining());
  }

  @Test
  void shouldListEveryReadingProblemInFormatMd() throws IOException {
    String document = Files.readString(FORMAT, StandardCharsets.UTF_8);
    int start = document.indexOf(START) + START.length();
    int end = document.indexOf(END);
    String expected = document.substring(0, start) + table() + document.substring(end);
    if (Boolean.getBoolean("dicu.updateDocs")) {
      Files.writeString(FORMAT, expected, StandardCharsets.UTF_8);
      document = expected;
    }
    assertThat(document).as("docs/FORMAT.md is stale: regenerate with -Ddicu.updateDocs=true")
        .isEqualTo(expected);
  }

  @Test
  void shouldGiveEveryProblemAMessageInEachLanguage() {
    for (ReadProblem problem : ReadProblem.values()) {
      assertThat(problem.messageTemplate(Locale.ENGLISH)).isNotBlank();
      assertThat(problem.messageTemplate(Locale.forLanguageTag("vi")))
          .isNotEqualTo(problem.messageTemplate(Locale.ENGLISH))
          .matches("(?s).*[^\\x00-\\x7F].*");
    }
  }
}
