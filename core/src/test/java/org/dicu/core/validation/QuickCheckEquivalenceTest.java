package org.dicu.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.dicu.core.agency.AgencyDirectory;
import org.dicu.core.casework.BorderReceptionCase;
import org.dicu.core.casework.CaseStatus;
import org.dicu.core.casework.ImmutableCaseComment;
import org.dicu.core.casework.ImmutableConsent;
import org.dicu.core.casework.ImmutableReferral;
import org.dicu.core.casework.ImmutableServiceProvision;
import org.dicu.core.casework.ImmutableSupportPlan;
import org.dicu.core.casework.ImmutableTraffickingCase;
import org.dicu.core.casework.ReferralStatus;
import org.dicu.core.casework.ServiceStatus;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.code.ImmutablePlace;
import org.dicu.core.migrant.ImmutableLabourMigration;
import org.dicu.core.migrant.ImmutableMigrantProfile;
import org.dicu.core.migrant.ImmutableVulnerabilityFactor;
import org.dicu.core.migrant.MoneyAmount;
import org.dicu.core.person.ImmutablePerson;
import org.dicu.core.person.PartialDate;
import org.dicu.core.trafficking.ImmutableHistoricEvent;
import org.dicu.core.trafficking.ImmutableVictimContext;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Proves that the quick pass of {@link DicuValidator} changes no report: cases with up to three
 * defects, each at the edge of a constraint or rule, get the same report, messages included, with
 * the pass as from Hibernate Validator alone.
 */
final class QuickCheckEquivalenceTest {

  private static final LocalDate TODAY = BorderReceptionCase.TODAY;
  private static final int CASES = 600;

  @ParameterizedTest
  @CsvSource({"DEFAULT, en", "COMPLETE, en", "DEFAULT, vi"})
  void shouldReportExactlyWhatHibernateValidatorAloneReports(
      ValidationProfile profile, String language) {
    DicuValidator validator = DicuValidator.builder().today(TODAY).profile(profile)
        .locale(Locale.forLanguageTag(language)).build();
    List<UnaryOperator<ImmutableTraffickingCase>> edits = edits();
    Random random = new Random(20261122L);
    int withIssues = 0;
    for (int i = 0; i < CASES; i++) {
      ImmutableTraffickingCase trafficking =
          ImmutableTraffickingCase.copyOf(BorderReceptionCase.valid());
      for (int edit = random.nextInt(4); edit > 0; edit--) {
        trafficking = applyIfItFits(edits.get(random.nextInt(edits.size())), trafficking);
      }
      ValidationReport full = validator.validateFully(trafficking);

      assertThat(validator.validate(trafficking)).as("case %d", i).isEqualTo(full);
      withIssues += full.getIssues().isEmpty() ? 0 : 1;
    }
    // both ways were taken many times (the complete profile finds missing fields in nearly all)
    assertThat(withIssues).isBetween(CASES / 4,
        profile == ValidationProfile.DEFAULT ? CASES - CASES / 10 : CASES);
  }

  @Test
  void shouldAnswerForTheWholeCaseWithoutHibernateValidator() {
    ValidationSettings settings = ValidationSettings.of(AgencyDirectory.builtIn(), TODAY);
    ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    Validator validator = factory.unwrap(HibernateValidatorFactory.class).usingContext()
        .constraintValidatorPayload(settings).getValidator();
    QuickCheck quickCheck = new QuickCheck(validator, new Class<?>[] {Default.class}, settings,
        factory.getConstraintValidatorFactory());

    // an answer (not null) means every class of the case was planned, getters included
    assertThat(quickCheck.check(BorderReceptionCase.valid())).isEmpty();
    assertThat(quickCheck.check(ImmutableTraffickingCase.copyOf(BorderReceptionCase.valid())
        .withRegistrationDate(TODAY.plusDays(1)))).hasSize(1);
  }

  /** Applies an edit, unless an earlier edit took away the element it changes. */
  private static ImmutableTraffickingCase applyIfItFits(
      UnaryOperator<ImmutableTraffickingCase> edit, ImmutableTraffickingCase trafficking) {
    try {
      return edit.apply(trafficking);
    } catch (IndexOutOfBoundsException | NoSuchElementException e) {
      return trafficking;
    }
  }

  /** Changes of one value each, on both sides of the edge of a constraint or a rule. */
  private static List<UnaryOperator<ImmutableTraffickingCase>> edits() {
    List<UnaryOperator<ImmutableTraffickingCase>> edits = new ArrayList<>();
    for (String id : List.of("", " ", "trung tâm!", "x".repeat(64), "x".repeat(65), "vn.x:1-2_3")) {
      edits.add(c -> c.withId(id));
      edits.add(c -> c.withServices(provider(c, id)));
      edits.add(c -> c.withReferrals(ImmutableReferral.copyOf(c.getReferrals().get(0))
          .withOrganisationId(id), c.getReferrals().get(1)));
    }
    for (int length : new int[] {0, 40, 41, 80, 81, 200, 201, 4000, 4001}) {
      String text = "ầ".repeat(length);
      edits.add(c -> c.withCaseOwner(text));
      edits.add(c -> c.withReasonForCaseClosure(text));
      edits.add(c -> c.withPerson(person(c).withSalutation(text)));
      edits.add(c -> c.withPerson(person(c).withTitle(text)));
      edits.add(c -> c.withPerson(person(c).withFirstName(text)));
      edits.add(c -> c.withComments(ImmutableCaseComment.copyOf(c.getComments().get(0))
          .withText(text)));
      edits.add(c -> c.withSupportPlans(ImmutableSupportPlan.copyOf(c.getSupportPlans().get(0))
          .withObjectives(text)));
    }
    for (String blank : List.of(" ", "\u0000", "\u2003", "\u0085", "\t x")) {
      edits.add(c -> c.withComments(ImmutableCaseComment.copyOf(c.getComments().get(0))
          .withText(blank)));
      edits.add(c -> c.withMigrantProfile(profile(c).withVulnerabilityFactors(
          ImmutableVulnerabilityFactor.copyOf(profile(c).getVulnerabilityFactors().get(0))
              .withFactor(blank))));
    }
    for (int count : new int[] {-1, 0, 30, 31, Integer.MIN_VALUE}) {
      edits.add(c -> c.withPerson(person(c).withNumberOfChildren(count)));
    }
    for (int age : new int[] {-1, 0, 17, 22, 120, 121}) {
      edits.add(c -> c.withVictim(victim(c).withAgeWhenTrafficked(age)));
    }
    for (String email : List.of("a@b", "not-an-email", "a..b@example.org", "ä@example.org",
        "x@-example.org", "x@example.org.")) {
      edits.add(c -> c.withPerson(person(c).withEmail(email)));
    }
    for (String phone : List.of("+8412", "+84912345678", "0912345678", "+84 912 345 678",
        "+999123456789")) {
      edits.add(c -> c.withPerson(person(c).withMobilePhone(phone)));
      edits.add(c -> c.withPerson(person(c).withHomePhone(phone)));
    }
    for (double degrees : new double[] {90, -90, 90.000001, Math.nextUp(90.0),
        Math.nextDown(-90.0), Math.nextDown(180.0), -0.0, 180, 180.5, Double.NaN,
        Double.POSITIVE_INFINITY, Double.MIN_VALUE}) {
      edits.add(c -> c.withEvents(place(c, ImmutablePlace.copyOf(
          c.getEvents().get(1).getPlace().orElseThrow()).withLatitude(degrees))));
      edits.add(c -> c.withEvents(place(c, ImmutablePlace.copyOf(
          c.getEvents().get(1).getPlace().orElseThrow()).withLongitude(degrees))));
    }
    for (String amount : List.of("-0.01", "0", "0.00", "-0", "1E+3")) {
      edits.add(c -> c.withMigrantProfile(profile(c).withLabourMigration(
          ImmutableLabourMigration.copyOf(profile(c).getLabourMigration().orElseThrow())
              .withRecruitmentCosts(MoneyAmount.of(new BigDecimal(amount),
                  Currency.getInstance("VND"))))));
    }
    edits.add(c -> c.withStatus(CaseStatus.CLOSED));
    edits.add(c -> c.withStatus(CaseStatus.CLOSED_REFERRED).withReferrals(c.getReferrals().get(0)));
    edits.add(c -> c.withRegistrationDate(TODAY.plusDays(1)));
    edits.add(c -> c.withRegistrationDate(TODAY));
    edits.add(c -> c.withPerson(person(c).withBirthdate(PartialDate.ofYear(2025))));
    edits.add(c -> c.withPerson(person(c).withBirthdate(PartialDate.ofYear(2010))));
    edits.add(c -> c.withVictim(victim(c).withMethodsOfControl(List.of())));
    edits.add(c -> c.withVictim(victim(c).withTypeOfExploitation(List.of())));
    edits.add(c -> c.withReferrals(ImmutableReferral.copyOf(c.getReferrals().get(0))
        .withStatus(ReferralStatus.REJECTED), c.getReferrals().get(1)));
    edits.add(c -> c.withServices(ImmutableServiceProvision.copyOf(c.getServices().get(0))
        .withEndDate(LocalDate.of(2024, 1, 1))));
    edits.add(c -> c.withServices(ImmutableServiceProvision.copyOf(c.getServices().get(0))
        .withStatus(ServiceStatus.PLANNED).withStartDate(TODAY.plusDays(9))
        .withEndDate(TODAY.plusDays(30))));
    edits.add(c -> c.withConsent(ImmutableConsent.copyOf(c.getConsent().orElseThrow())
        .withWithdrawalDate(LocalDate.of(2024, 9, 1))));
    edits.add(c -> c.withConsent(ImmutableConsent.copyOf(c.getConsent().orElseThrow())
        .withScopes(List.of())));
    edits.add(c -> c.withMigrantProfile(profile(c).withReturnDate(LocalDate.of(2020, 1, 1))));
    edits.add(c -> c.withVictim(java.util.Optional.empty()).withEvents(List.of()));
    return edits;
  }

  private static ImmutablePerson person(TraffickingCase trafficking) {
    return ImmutablePerson.copyOf(trafficking.getPerson());
  }

  private static ImmutableVictimContext victim(TraffickingCase trafficking) {
    return ImmutableVictimContext.copyOf(trafficking.getVictim().orElseThrow());
  }

  private static ImmutableMigrantProfile profile(TraffickingCase trafficking) {
    return ImmutableMigrantProfile.copyOf(trafficking.getMigrantProfile().orElseThrow());
  }

  private static List<ImmutableServiceProvision> provider(TraffickingCase trafficking, String id) {
    List<ImmutableServiceProvision> services = new ArrayList<>();
    trafficking.getServices().forEach(s -> services.add(ImmutableServiceProvision.copyOf(s)));
    services.set(1, services.get(1).withProviderId(id));
    return services;
  }

  private static List<ImmutableHistoricEvent> place(TraffickingCase trafficking, ImmutablePlace place) {
    List<ImmutableHistoricEvent> events = new ArrayList<>();
    trafficking.getEvents().forEach(e -> events.add(ImmutableHistoricEvent.copyOf(e)));
    events.set(1, events.get(1).withPlace(place));
    return events;
  }
}
