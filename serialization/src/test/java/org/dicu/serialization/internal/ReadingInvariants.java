package org.dicu.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.dicu.core.agency.AgencyDirectory;
import org.dicu.core.agency.PartnerAgency;
import org.dicu.core.casework.CaseComment;
import org.dicu.core.casework.Referral;
import org.dicu.core.casework.ServiceProvision;
import org.dicu.core.casework.SupportPlan;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.catalogue.CodeLists;
import org.dicu.core.code.CodeList;
import org.dicu.core.code.Coded;
import org.dicu.core.code.Place;
import org.dicu.core.migrant.VulnerabilityFactor;
import org.dicu.core.person.Address;
import org.dicu.core.person.IdentityDocument;
import org.dicu.core.person.Person;
import org.dicu.core.privacy.PersonalProperties;
import org.dicu.core.trafficking.HistoricEvent;
import org.dicu.core.trafficking.Perpetrator;
import org.dicu.core.validation.DicuValidator;
import org.dicu.core.validation.Issue;
import org.dicu.serialization.htcds.HtcdsColumn;
import org.dicu.serialization.stream.ReadResult;

/**
 * What every result of a reader holds, whatever its input; the fuzz tests check it on each
 * result. Reading problems come back as issues, never as exceptions; each issue has a rule code,
 * a location, a line and a message; a value shown by a reading problem is cut to 64 characters;
 * and no message, nor the value of an issue about a personal property, quotes personal data.
 */
public final class ReadingInvariants {

  /** The longest value a reading problem shows: 64 characters and an ellipsis. */
  private static final int MAX_SHOWN_VALUE = 65;

  /** Shorter personal values may occur in any text by chance. */
  private static final int MIN_PERSONAL_LENGTH = 4;

  /** The names of the personal properties of every model type. */
  public static final Set<String> PERSONAL_PROPERTIES = personalProperties();

  /**
   * Every text an issue may be made of: the message templates, agency ids and names, the codes of
   * every list (a value may be a code), and the spreadsheet's field names and labels.
   */
  private static final String CATALOGUE = catalogue();

  private ReadingInvariants() {}

  /**
   * Checks one result of a reader.
   *
   * @param result  the result
   * @param personal  the personal values of the input that must not show: see {@link #tellable}
   */
  public static void check(ReadResult result, Collection<String> personal) {
    assertThat(result.getLine()).as("line of the result").isPositive();
    assertThat(result.getReport()).isNotNull();
    if (result.getRecord().isEmpty()) {
      assertThat(result.getReport().getIssues()).as("why no record was read").isNotEmpty();
    }
    for (Issue issue : result.getReport().getIssues()) {
      check(issue, personal);
    }
  }

  private static void check(Issue issue, Collection<String> personal) {
    assertThat(issue.getSeverity()).isNotNull();
    assertThat(issue.getCode()).as("rule code").isNotBlank().doesNotContainAnyWhitespaces();
    assertThat(issue.getLocation()).as("location of %s", issue.getCode())
        .satisfiesAnyOf(l -> assertThat(l).isEmpty(), l -> assertThat(l).startsWith("/"));
    assertThat(issue.getLine()).as("line of %s", issue.getCode()).isPresent();
    assertThat(issue.getLine().get()).as("line of %s", issue.getCode()).isPositive();
    assertThat(issue.getMessage()).as("message of %s", issue.getCode()).isNotBlank();
    boolean readingProblem = issue.getCode().startsWith("json.")
        || issue.getCode().startsWith("csv.") || issue.getCode().startsWith("batch.");
    if (readingProblem && issue.getValue().isPresent()) {
      assertThat(issue.getValue().get().length()).as("value shown by %s", issue.getCode())
          .isLessThanOrEqualTo(MAX_SHOWN_VALUE);
    }
    boolean aboutPersonal = isPersonalLocation(issue.getLocation());
    for (String value : personal) {
      assertThat(issue.getMessage().contains(value))
          .as("message of %s at %s quotes personal data", issue.getCode(), issue.getLocation())
          .isFalse();
      if (aboutPersonal && issue.getValue().isPresent()) {
        assertThat(issue.getValue().get().contains(value))
            .as("value of %s at %s shows personal data", issue.getCode(), issue.getLocation())
            .isFalse();
      }
    }
  }

  /**
   * Whether a JSON Pointer names a personal property: its last property (array indexes aside),
   * as the readers and the validator decide which values they may show. A country in a mailing
   * address, for one, is not personal, though the address as a whole is.
   */
  public static boolean isPersonalLocation(String pointer) {
    String[] segments = pointer.split("/");
    for (int i = segments.length - 1; i >= 0; i--) {
      if (!segments[i].isEmpty() && !segments[i].chars().allMatch(Character::isDigit)) {
        return PERSONAL_PROPERTIES.contains(segments[i]);
      }
    }
    return false;
  }

  /**
   * Picks the personal values that could only show in an issue by leaking: long enough, with a
   * letter, and neither part of the messages' own text nor of a non-personal value of the input.
   *
   * @param personal  the personal values of the input, as far as they can be told
   * @param other  the other values of the input
   * @return the values to look for, stripped
   */
  public static Set<String> tellable(Collection<String> personal, Collection<String> other) {
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


  private static Set<String> personalProperties() {
    Set<String> names = new HashSet<>();
    for (Class<?> type : new Class<?>[] {TraffickingCase.class, Person.class, Address.class,
        IdentityDocument.class, SupportPlan.class, ServiceProvision.class, CaseComment.class,
        Referral.class, Place.class, HistoricEvent.class, Perpetrator.class,
        VulnerabilityFactor.class}) {
      names.addAll(PersonalProperties.of(type));
    }
    return Set.copyOf(names);
  }

  private static String catalogue() {
    StringBuilder text = new StringBuilder();
    Module serialization = ReadingInvariants.class.getModule();
    Module core = DicuValidator.class.getModule();
    for (String bundle : new String[] {"org/dicu/serialization/stream/ReadMessages",
        "org/dicu/serialization/htcds/CsvMessages"}) {
      text.append(resource(serialization, bundle + ".properties"))
          .append(resource(serialization, bundle + "_vi.properties"));
    }
    text.append(resource(core, "ContributorValidationMessages.properties"))
        .append(resource(core, "ContributorValidationMessages_vi.properties"));
    for (CodeList<?> list : CodeLists.all()) {
      text.append('\n').append(list.getName());
      for (Coded code : list.getValues()) {
        text.append('\n').append(code.getCode());
      }
    }
    for (HtcdsColumn column : HtcdsColumn.values()) {
      text.append('\n').append(column.getFieldName()).append('\n').append(column.getLabel());
    }
    for (PartnerAgency agency : AgencyDirectory.builtIn().getAgencies()) {
      text.append('\n').append(agency.getId()).append('\n').append(agency.getNameVi())
          .append('\n').append(agency.getNameEn());
      agency.getAbbreviation().ifPresent(abbreviation -> text.append('\n').append(abbreviation));
    }
    return text.toString().toLowerCase(Locale.ROOT) + text;
  }

  /** The texts of a message bundle, its escapes resolved. */
  private static String resource(Module module, String name) {
    Properties messages = new Properties();
    try (InputStream in = module.getResourceAsStream(name)) {
      messages.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return String.join("\n", messages.stringPropertyNames().stream().sorted()
        .map(messages::getProperty).toArray(String[]::new)) + "\n";
  }
}
