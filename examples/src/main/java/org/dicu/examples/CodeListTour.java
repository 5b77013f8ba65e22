package org.dicu.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dicu.core.code.CodeList;
import org.dicu.core.gcm.GcmObjective;
import org.dicu.core.trafficking.ExploitationType;

/**
 * Prints the 23 objectives of the Global Compact for Migration and the HTCDS types of
 * exploitation, each with its wire code and its English and Vietnamese labels.
 *
 * <p>Run it with {@code mvn -B -q -pl examples -am package -DskipTests exec:java}.
 */
public final class CodeListTour {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private CodeListTour() {}

  /**
   * Prints the tour to standard output, in UTF-8.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    print(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Prints the tour.
   *
   * @param out  where to print, not null
   */
  static void print(PrintStream out) {
    out.println("The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration");
    out.println("(23 mục tiêu của Hiệp ước toàn cầu về di cư an toàn, trật tự và hợp pháp)");
    out.println();
    for (GcmObjective objective : CodeList.of(GcmObjective.class).getValues()) {
      out.printf("%2d  %s%n    %s%n", objective.getNumber(), objective.getLabelEn(),
          objective.getLabelVi());
    }
    out.println();
    out.println("HTCDS 2.0 types of exploitation (wire code: English / Vietnamese)");
    out.println("(Các hình thức bóc lột theo HTCDS 2.0)");
    out.println();
    for (ExploitationType type : CodeList.of(ExploitationType.class).getValues()) {
      String note = type.getDefinition().isExtension() ? "  [dicu extension, HTCDS: Other]" : "";
      out.printf("  %-32s %s / %s%s%n", type.getCode(), type.getLabel(Locale.ENGLISH),
          type.getLabel(VIETNAMESE), note);
    }
  }
}
