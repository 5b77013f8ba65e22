package org.dicu.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.dicu.core.casework.CaseStatus;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.code.Country;
import org.dicu.core.person.Gender;
import org.dicu.core.person.PartialDate;
import org.dicu.core.person.Person;
import org.dicu.core.trafficking.TraffickingStatus;
import org.dicu.core.trafficking.VictimContext;
import org.dicu.core.validation.DicuValidator;
import org.dicu.core.validation.Issue;
import org.dicu.core.validation.ValidationReport;
import org.dicu.serialization.json.DicuMappers;

/**
 * Builds a trafficking case, validates it in English and Vietnamese, writes it as JSON and reads
 * it back.
 *
 * <p>Run it with {@code mvn -q -pl examples -am package -DskipTests exec:java
 * -Dexec.mainClass=org.dicu.examples.QuickStart}.
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   * @throws IOException if JSON cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  static void run(PrintStream out) throws IOException {
    out.println("1. Build a case: a possible victim registered on 14 March 2025, closed without a reason.");
    TraffickingCase trafficking = TraffickingCase.builder()
        .id("example:quick-start")
        .status(CaseStatus.CLOSED)
        .registrationDate(LocalDate.of(2025, 3, 14))
        .person(Person.builder()
            .secondName("Trần").middleName("Thị").firstName("Hoa")
            .birthdate(PartialDate.ofYear(2003))
            .gender(Gender.FEMININE)
            .addCitizenship(Country.ofAlpha2("VN").orElseThrow())
            .build())
        .victim(VictimContext.builder()
            .traffickingStatus(TraffickingStatus.POSSIBLE_VICTIM_OF_TRAFFICKING).build())
        .build();
    out.println("   toString() hides personal data: " + trafficking.getPerson());

    out.println("2. Validate it. Issues come with a rule code and a JSON Pointer:");
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("vi")}) {
      ValidationReport report = DicuValidator.builder().locale(locale).build().validate(trafficking);
      for (Issue issue : report.getIssues()) {
        out.println("   " + issue.getSeverity() + " " + issue.getCode() + " at "
            + issue.getLocation() + ": " + issue.getMessage());
      }
    }

    out.println("3. Give the reason, and it is valid:");
    TraffickingCase closed = TraffickingCase.builder().from(trafficking)
        .reasonForCaseClosure("Đã về với gia đình, không cần hỗ trợ thêm").build();
    out.println("   valid: " + DicuValidator.create().validate(closed).isValid());

    out.println("4. Write it in the exchange format and read it back:");
    ObjectMapper mapper = DicuMappers.newObjectMapper();
    String json = mapper.writeValueAsString(closed);
    out.println("   " + json.substring(0, 120) + "...");
    TraffickingCase read = mapper.readValue(json, TraffickingCase.class);
    out.println("   read back equal: " + read.equals(closed));
  }
}
