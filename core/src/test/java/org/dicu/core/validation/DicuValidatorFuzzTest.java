package org.dicu.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dicu.core.agency.AgencyDirectory;
import org.dicu.core.agency.PartnerAgency;
import org.dicu.core.casework.CaseStatus;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.person.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of {@link DicuValidator} over records built from fuzzer data through the public
 * builders ({@link FuzzedRecords}): validating never throws, every issue has a catalogued rule
 * code, a location and a message, and neither the messages, nor the values of issues about
 * personal properties, nor the record's {@code toString()} show the personal strings it was
 * built with.
 *
 * <p>{@code mvn -B verify} replays the inputs in
 * {@code src/test/resources/org/dicu/core/validation/DicuValidatorFuzzTestInputs/builtRecord/}.
 * To fuzz it for a while, from the root of the project:
 *
 * <pre>
 * mvn -B -Pfuzz -pl core test -Dtest='DicuValidatorFuzzTest#builtRecord' -Dfuzz.duration=10m
 * </pre>
 *
 * <p>A finding is written into that inputs directory: fix the cause, keep the file.
 */
final class DicuValidatorFuzzTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
  private static final DicuValidator ENGLISH = DicuValidator.builder().today(TODAY).build();
  private static final DicuValidator VIETNAMESE_COMPLETE = DicuValidator.builder().today(TODAY)
      .locale(Locale.forLanguageTag("vi")).profile(ValidationProfile.COMPLETE).build();

  /** Shorter personal values may occur in any text by chance. */
  private static final int MIN_PERSONAL_LENGTH = 4;

  /**
   * Every text a message is made of: the message templates, agency ids and names, and HTCDS field
   * names.
   */
  private static final String CATALOGUE = catalogue();

  /**
   * Validates a case once before the timed inputs: the first validation loads the validator's
   * metadata and the phone number tables, which takes seconds.
   */
  @BeforeAll
  static void warmUp() {
    TraffickingCase trafficking = TraffickingCase.builder().id("case-1").status(CaseStatus.ACTIVE)
        .person(Person.builder().mobilePhone("+84912345678").email("lan@example.org").build())
        .build();
    assertThat(ENGLISH.validate(trafficking).getIssues()).isNotNull();
    assertThat(VIETNAMESE_COMPLETE.validate(trafficking).getIssues()).isNotNull();
  }

  @FuzzTest
  @Timeout(30)
  void builtRecord(FuzzedDataProvider data) {
    DicuValidator validator = data.consumeBoolean() ? ENGLISH : VIETNAMESE_COMPLETE;
    FuzzedRecords records = new FuzzedRecords(data);
    Optional<Object> record = records.record();
    if (record.isEmpty()) {
      return;
    }
    ValidationReport report = validator.validate(record.get());
    Set<String> personal = tellable(records.personalStrings(), records.otherStrings());
    String shown = skeleton(record.get().toString(), records.otherStrings());
    for (String value : personal) {
      assertThat(shown.contains(value)).as("toString() shows personal data").isFalse();
    }
    for (Issue issue : report.getIssues()) {
      assertThat(issue.getSeverity()).isNotNull();
      assertThat(Rule.ofCode(issue.getCode())).as("rule of %s", issue.getCode()).isPresent();
      assertThat(issue.getLocation()).as("location of %s", issue.getCode())
          .satisfiesAnyOf(l -> assertThat(l).isEmpty(), l -> assertThat(l).startsWith("/"));
      assertThat(issue.getMessage()).as("message of %s", issue.getCode()).isNotBlank();
      boolean aboutPersonal = issue.getValue().isPresent() && isPersonalLocation(issue);
      for (String value : personal) {
        assertThat(issue.getMessage().contains(value))
            .as("message of %s at %s quotes personal data", issue.getCode(), issue.getLocation())
            .isFalse();
        if (aboutPersonal) {
          assertThat(issue.getValue().get().contains(value))
              .as("value of %s at %s shows personal data", issue.getCode(), issue.getLocation())
              .isFalse();
        }
      }
    }
  }

  /**
   * A record's {@code toString()} with its type and property names and its non-personal values
   * blanked out, so that a personal string that only spans them and the punctuation between
   * them is not taken for a leak.
   */
  private static String skeleton(String shown, Set<String> other) {
    String skeleton = shown.replaceAll("[A-Za-z]+[{=]", "\u0000");
    List<String> longestFirst = new ArrayList<>(other);
    longestFirst.sort(Comparator.comparing(String::length).reversed());
    for (String value : longestFirst) {
      if (value.length() >= 2) {
        skeleton = skeleton.replace(value, "\u0000");
      }
    }
    return skeleton;
  }

  /**
   * Whether an issue is about a personal property: the last property of its location (array
   * indexes aside), as the validator decides which values it may show.
   */
  private static boolean isPersonalLocation(Issue issue) {
    String[] segments = issue.getLocation().split("/");
    for (int i = segments.length - 1; i >= 0; i--) {
      if (!segments[i].isEmpty() && !segments[i].chars().allMatch(Character::isDigit)) {
        return FuzzedRecords.PERSONAL_PROPERTIES.contains(segments[i]);
      }
    }
    return false;
  }

  /**
   * The personal strings that could only show by leaking: long enough, with a letter, and
   * neither part of the messages' own text nor of a non-personal string of the same record.
   */
  private static Set<String> tellable(Set<String> personal, Set<String> other) {
    Set<String> tellable = new HashSet<>();
    for (String value : personal) {
      String text = value.strip();
      if (text.length() >= MIN_PERSONAL_LENGTH && text.codePoints().anyMatch(Character::isLetter)
          && !CATALOGUE.contains(text) && other.stream().noneMatch(o -> o.contains(text))) {
        tellable.add(text);
      }
    }
    return tellable;
  }

  private static String catalogue() {
    StringBuilder text = new StringBuilder();
    Module core = DicuValidator.class.getModule();
    for (String name : new String[] {"ContributorValidationMessages.properties",
        "ContributorValidationMessages_vi.properties"}) {
      Properties messages = new Properties();
      try (InputStream in = core.getResourceAsStream(name)) {
        messages.load(in);
        messages.values().forEach(message -> text.append(message).append('\n'));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // the HTCDS field names that completeness messages cite
    try (InputStream in = DicuValidatorFuzzTest.class.getResourceAsStream(
        "/htcds/htcds-2.0-fields.csv")) {
      Matcher fieldName = Pattern.compile("\\b[a-z]{3}_[A-Za-z]+\\b")
          .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      while (fieldName.find()) {
        text.append('\n').append(fieldName.group());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (PartnerAgency agency : AgencyDirectory.builtIn().getAgencies()) {
      text.append('\n').append(agency.getId()).append('\n').append(agency.getNameVi())
          .append('\n').append(agency.getNameEn());
      agency.getAbbreviation().ifPresent(abbreviation -> text.append('\n').append(abbreviation));
    }
    return text.toString();
  }
}
