package org.dicu.serialization.htcds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dicu.serialization.htcds.HtcdsFixtures.read;
import static org.dicu.serialization.htcds.HtcdsFixtures.write;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dicu.core.casework.Consent;
import org.dicu.core.casework.ConsentScope;
import org.dicu.core.casework.ImmutableReferral;
import org.dicu.core.casework.ImmutableTraffickingCase;
import org.dicu.core.casework.Referral;
import org.dicu.core.casework.ReferralDirection;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.code.Place;
import org.dicu.core.person.Address;
import org.dicu.core.person.ImmutableAddress;
import org.dicu.core.person.Person;
import org.dicu.core.trafficking.ExploitationType;
import org.dicu.core.trafficking.HistoricEvent;
import org.dicu.core.trafficking.HistoricEventType;
import org.dicu.core.trafficking.ImmutableVictimContext;
import org.dicu.core.trafficking.VictimContext;
import org.dicu.core.validation.Issue;
import org.dicu.serialization.properties.CaseGenerators;
import org.dicu.serialization.properties.Theories;
import org.dicu.serialization.stream.ReadResult;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The round trip of generated cases through an HTCDS spreadsheet: what {@link HtcdsCsvWriter}
 * writes, {@link HtcdsCsvReader} reads back to the {@linkplain #projection(TraffickingCase)
 * projection} of the case on the HTCDS columns, whatever the separator and byte order mark, with
 * no reading error. See {@link Theories} to repeat a failure.
 */
final class HtcdsRoundTripPropertyTest {

  private static final int TRIES = 200;

  /** Text as the reader reads a cell: no-break spaces as spaces, stripped, in NFC; empty is absent. */
  private static Optional<String> cell(Optional<String> text) {
    return text.map(Text::clean).filter(clean -> !clean.isEmpty());
  }

  private static <T> List<T> distinct(Collection<T> values) {
    return values.stream().distinct().collect(Collectors.toList());
  }

  /**
   * Returns what the HTCDS columns hold of a case, as the reader builds it back:
   * <ul>
   *   <li>text as the reader cleans it ({@link Text#clean(String)}), a text that cleans to nothing
   *       is absent;
   *   <li>the person without identity documents, citizenships and lists of codes without repeats,
   *       the mailing address only when one of its parts is left;
   *   <li>the victim context without the decision date, types of exploitation as HTCDS codes
   *       ({@code ForcedCriminality} as {@code Other}), only when one of its values is left;
   *   <li>the first incoming and the first outgoing referral, in that order, with the
   *       organisation, date, case worker, reason and details only (no status, no rejection
   *       reason), an organisation as its agency id or else its name;
   *   <li>the registration date, or else the date of the first incoming referral;
   *   <li>consent as given or not: given is consent to case management and de-identified sharing;
   *   <li>one exploitation event with the country of the first exploitation event that has one;
   *   <li>no migrant profile, perpetrators, support plans, services, comments or GCM objectives.
   * </ul>
   */
  static TraffickingCase projection(TraffickingCase trafficking) {
    Person person = trafficking.getPerson();
    Optional<Address> address = person.getMailingAddress().<Address>map(mailing -> {
      ImmutableAddress.Builder parts = Address.builder()
          .street(cell(mailing.getStreet())).city(cell(mailing.getCity()))
          .state(cell(mailing.getState())).postalCode(cell(mailing.getPostalCode()))
          .country(mailing.getCountry());
      return parts.build();
    }).filter(mailing -> !mailing.equals(Address.builder().build()));
    Person projected = Person.builder()
        .salutation(cell(person.getSalutation()))
        .title(cell(person.getTitle()))
        .firstName(cell(person.getFirstName()))
        .middleName(cell(person.getMiddleName()))
        .secondName(cell(person.getSecondName()))
        .birthdate(person.getBirthdate())
        .gender(person.getGender())
        .deceased(person.isDeceased())
        .maritalStatus(person.getMaritalStatus())
        .numberOfChildren(person.getNumberOfChildren())
        .primaryLanguage(person.getPrimaryLanguage())
        .secondaryLanguage(person.getSecondaryLanguage())
        .highestLevelOfEducation(person.getHighestLevelOfEducation())
        .citizenship(distinct(person.getCitizenship()))
        .email(cell(person.getEmail()))
        .homePhone(cell(person.getHomePhone()))
        .mobilePhone(cell(person.getMobilePhone()))
        .mailingAddress(address)
        .build();
    Optional<Referral> incoming = referral(trafficking, ReferralDirection.INCOMING);
    ImmutableTraffickingCase.Builder builder = TraffickingCase.builder()
        .id(trafficking.getId())
        .status(trafficking.getStatus())
        .caseOwner(cell(trafficking.getCaseOwner()))
        .registrationDate(trafficking.getRegistrationDate()
            .or(() -> incoming.flatMap(Referral::getDate)))
        .person(projected)
        .victim(trafficking.getVictim().map(HtcdsRoundTripPropertyTest::victim)
            .filter(victim -> !victim.equals(VictimContext.builder().build())))
        .referrals(Stream.of(incoming, referral(trafficking, ReferralDirection.OUTGOING))
            .flatMap(Optional::stream).collect(Collectors.toList()))
        .consent(trafficking.getConsent().map(consent -> consent.isGiven()
            ? Consent.builder().given(true).addScopes(ConsentScope.CASE_MANAGEMENT,
                ConsentScope.DEIDENTIFIED_DATA_SHARING).build()
            : Consent.builder().build()))
        .reasonForCaseClosure(cell(trafficking.getReasonForCaseClosure()));
    trafficking.getEvents().stream()
        .filter(event -> event.getType() == HistoricEventType.EXPLOITATION)
        .flatMap(event -> event.getPlace().flatMap(Place::getCountry).stream())
        .findFirst()
        .ifPresent(country -> builder.addEvents(HistoricEvent.builder()
            .type(HistoricEventType.EXPLOITATION).place(Place.of(country)).build()));
    return builder.build();
  }

  private static VictimContext victim(VictimContext victim) {
    ImmutableVictimContext.Builder projected = VictimContext.builder()
        .traffickingStatus(victim.getTraffickingStatus())
        .traffickingStatusDecisionMakingOrg(victim.getTraffickingStatusDecisionMakingOrg())
        .relationshipToTrafficker(victim.getRelationshipToTrafficker())
        .ageWhenTrafficked(victim.getAgeWhenTrafficked())
        .methodOfRecruitment(distinct(victim.getMethodOfRecruitment()))
        .recruitmentWebsitesAndApps(distinct(victim.getRecruitmentWebsitesAndApps()))
        .locationOfRecruitment(cell(victim.getLocationOfRecruitment()))
        .methodsOfControl(distinct(victim.getMethodsOfControl()))
        .typeOfExploitation(distinct(victim.getTypeOfExploitation().stream()
            .map(ExploitationType::toHtcds).collect(Collectors.toList())))
        .forcedLabourIndustry(victim.getForcedLabourIndustry())
        .typeOfSexExploitation(distinct(victim.getTypeOfSexExploitation()))
        .locationOfExploitation(cell(victim.getLocationOfExploitation()))
        .exploitationWebsitesAndApps(distinct(victim.getExploitationWebsitesAndApps()));
    return projected.build();
  }

  /** The first referral of a direction, on the columns, or empty when none of them holds a value. */
  private static Optional<Referral> referral(TraffickingCase trafficking,
      ReferralDirection direction) {
    return trafficking.getReferrals().stream()
        .filter(referral -> referral.getDirection() == direction)
        .findFirst()
        .<Referral>map(referral -> {
          ImmutableReferral.Builder projected = Referral.builder().direction(direction)
              .date(referral.getDate())
              .primaryCaseWorker(cell(referral.getPrimaryCaseWorker()))
              .reason(referral.getReason())
              .details(cell(referral.getDetails()));
          Optional<String> organisation =
              cell(referral.getOrganisationId().or(referral::getOrganisationName));
          if (organisation.filter(CaseGenerators.AGENCY_IDS::contains).isPresent()) {
            projected.organisationId(organisation);
          } else {
            projected.organisationName(organisation);
          }
          return projected.build();
        })
        .filter(referral -> !referral.equals(Referral.builder().direction(direction).build()));
  }

  private static boolean isError(Issue issue) {
    return issue.getSeverity().isBlocking();
  }

  @Test
  void shouldReadBackWhatTheColumnsHold() {
    Theories.qt(TRIES)
        .forAll(CaseGenerators.spreadsheet().cases(), Generate.pick(List.of(',', ';')),
            Generate.booleans())
        .checkAssert((trafficking, separator, byteOrderMark) -> {
          String csv = write(List.of(trafficking),
              HtcdsCsvWriter.builder().separator(separator).byteOrderMark(byteOrderMark));

          List<ReadResult> results = read(csv.getBytes(StandardCharsets.UTF_8),
              HtcdsCsvReader.builder().withoutValidation());

          assertThat(results.stream().flatMap(result -> result.getReport().getIssues().stream())
              .filter(HtcdsRoundTripPropertyTest::isError)).isEmpty();
          assertThat(HtcdsFixtures.cases(results)).containsExactly(projection(trafficking));
        });
  }

  @Test
  void shouldWriteWhatItReadAsItWasWritten() {
    Function<TraffickingCase, String> writeOne =
        trafficking -> write(List.of(trafficking), HtcdsCsvWriter.builder());
    Theories.qt(TRIES / 2).forAll(CaseGenerators.spreadsheet().cases())
        .checkAssert(trafficking -> {
          String once = writeOne.apply(projection(trafficking));
          List<TraffickingCase> read = HtcdsFixtures.cases(read(
              once.getBytes(StandardCharsets.UTF_8), HtcdsCsvReader.builder().withoutValidation()));

          assertThat(read).hasSize(1);
          assertThat(writeOne.apply(read.get(0))).isEqualTo(once);
        });
  }
}
