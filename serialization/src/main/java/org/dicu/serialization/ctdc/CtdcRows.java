package org.dicu.serialization.ctdc;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import org.dicu.core.casework.Referral;
import org.dicu.core.casework.ReferralDirection;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.code.Country;
import org.dicu.core.code.Place;
import org.dicu.core.person.CtdcAgeBand;
import org.dicu.core.person.Gender;
import org.dicu.core.person.PartialDate;
import org.dicu.core.trafficking.ControlMethod;
import org.dicu.core.trafficking.ExploitationType;
import org.dicu.core.trafficking.HistoricEvent;
import org.dicu.core.trafficking.HistoricEventType;
import org.dicu.core.trafficking.SexExploitationType;
import org.dicu.core.trafficking.VictimContext;

/**
 * Maps a trafficking case to the 27 values of a CTDC row, before k-anonymity, as each
 * {@link CtdcVariable} constant documents.
 *
 * <p>Only coded, banded or yearly values leave the case: no name, contact, identifier, exact date
 * or free text is read.
 */
final class CtdcRows {

  /** The number of variables. */
  static final int WIDTH = CtdcVariable.values().length;

  static final String WOMAN = "Woman";
  static final String MAN = "Man";
  static final String TRANS = "Trans/Transgender/NonConforming";
  static final String MONTHS_UP_TO_12 = "0--12 (0-1 yr)";
  static final String MONTHS_UP_TO_24 = "13--24 (1-2 yrs)";
  static final String MONTHS_OVER_24 = "25+ (2+ yrs)";
  static final String YES = "1";
  static final String EMPTY = "";

  private CtdcRows() {}

  /**
   * Maps a case to its row, in the order of {@link CtdcVariable}.
   *
   * @param trafficking  the case, not null
   * @return the 27 values, empty strings for empty cells
   */
  static String[] toRow(TraffickingCase trafficking) {
    String[] row = new String[WIDTH];
    Arrays.fill(row, EMPTY);
    Optional<LocalDate> registered = registrationDate(trafficking);
    registered.ifPresent(date -> set(row, CtdcVariable.YEAR_OF_REGISTRATION,
        Integer.toString(date.getYear())));
    set(row, CtdcVariable.GENDER, gender(trafficking.getPerson().getGender().orElse(null)));
    if (registered.isPresent()) {
      trafficking.getPerson().getBirthdate()
          .flatMap(birth -> ageBand(birth, registered.get()))
          .ifPresent(band -> set(row, CtdcVariable.AGE_BROAD, band.getCode()));
    }
    if (!trafficking.getPerson().getCitizenship().isEmpty()) {
      set(row, CtdcVariable.CITIZENSHIP, trafficking.getPerson().getCitizenship().get(0).getAlpha3());
    }
    countryOfExploitation(trafficking)
        .ifPresent(country -> set(row, CtdcVariable.COUNTRY_OF_EXPLOITATION, country.getAlpha3()));
    traffickMonths(trafficking)
        .ifPresent(months -> set(row, CtdcVariable.TRAFFICK_MONTHS, monthsBand(months)));
    trafficking.getVictim().ifPresent(victim -> victim(victim, row));
    return row;
  }

  private static void set(String[] row, CtdcVariable variable, String value) {
    row[variable.ordinal()] = value;
  }

  /**
   * Returns the date the case was registered: its registration date, else the earliest date of
   * an incoming referral.
   *
   * @param trafficking  the case, not null
   * @return the date, may be empty
   */
  static Optional<LocalDate> registrationDate(TraffickingCase trafficking) {
    if (trafficking.getRegistrationDate().isPresent()) {
      return trafficking.getRegistrationDate();
    }
    LocalDate earliest = null;
    for (Referral referral : trafficking.getReferrals()) {
      if (referral.getDirection() == ReferralDirection.INCOMING && referral.getDate().isPresent()) {
        LocalDate date = referral.getDate().get();
        earliest = earliest == null || date.isBefore(earliest) ? date : earliest;
      }
    }
    return Optional.ofNullable(earliest);
  }

  /**
   * Returns the CTDC gender of a gender.
   *
   * @param gender  the gender, may be null
   * @return the CTDC value, empty for an unknown gender
   */
  static String gender(Gender gender) {
    if (gender == null) {
      return EMPTY;
    }
    switch (gender) {
      case FEMININE:
        return WOMAN;
      case MASCULINE:
        return MAN;
      case TRANSGENDER_FEMININE:
      case TRANSGENDER_MASCULINE:
      case NON_CONFORMING:
        return TRANS;
      default:
        return EMPTY;
    }
  }

  /**
   * Returns the age band of a person born on a partly known date, on a day.
   *
   * @param birth  the birth date, not null
   * @param day  the day, not null
   * @return the band, empty when the possible ages span two bands or the person was certainly
   *     born after the day
   */
  static Optional<CtdcAgeBand> ageBand(PartialDate birth, LocalDate day) {
    if (birth.isCertainlyAfter(day)) {
      return Optional.empty();
    }
    PartialDate.AgeRange range = birth.ageOn(day);
    Optional<CtdcAgeBand> youngest = CtdcAgeBand.forAge(range.getYoungest());
    return youngest.isPresent() && youngest.equals(CtdcAgeBand.forAge(range.getOldest()))
        ? youngest : Optional.empty();
  }

  private static Optional<Country> countryOfExploitation(TraffickingCase trafficking) {
    HistoricEvent first = null;
    for (HistoricEvent event : trafficking.getEvents()) {
      if (event.getType() != HistoricEventType.EXPLOITATION
          || event.getPlace().flatMap(Place::getCountry).isEmpty()) {
        continue;
      }
      if (first == null || isEarlier(event, first)) {
        first = event;
      }
    }
    return first == null ? Optional.empty() : first.getPlace().flatMap(Place::getCountry);
  }

  /** Checks whether an event comes strictly before another; undated events come last. */
  private static boolean isEarlier(HistoricEvent event, HistoricEvent than) {
    if (event.getDate().isEmpty()) {
      return false;
    }
    return than.getDate().isEmpty() || event.getDate().get().isBefore(than.getDate().get());
  }

  /**
   * Returns the whole months between the earliest start and the latest end of exploitation.
   *
   * @param trafficking  the case, not null
   * @return the months, empty without a dated exploitation event or when the end is before the start
   */
  static Optional<Long> traffickMonths(TraffickingCase trafficking) {
    LocalDate start = null;
    LocalDate end = null;
    for (HistoricEvent event : trafficking.getEvents()) {
      if (event.getType() != HistoricEventType.EXPLOITATION) {
        continue;
      }
      if (event.getDate().isPresent()) {
        LocalDate date = event.getDate().get();
        start = start == null || date.isBefore(start) ? date : start;
      }
      Optional<LocalDate> last = event.getEndDate().or(event::getDate);
      if (last.isPresent()) {
        end = end == null || last.get().isAfter(end) ? last.get() : end;
      }
    }
    if (start == null) {
      return Optional.empty();
    }
    long months = ChronoUnit.MONTHS.between(start, end);
    return months < 0 ? Optional.empty() : Optional.of(months);
  }

  /**
   * Returns the band of a duration in whole months.
   *
   * @param months  the months, zero or more
   * @return the band as the codebook writes it
   */
  static String monthsBand(long months) {
    if (months <= 12) {
      return MONTHS_UP_TO_12;
    }
    return months <= 24 ? MONTHS_UP_TO_24 : MONTHS_OVER_24;
  }

  private static void victim(VictimContext victim, String[] row) {
    for (ControlMethod method : victim.getMethodsOfControl()) {
      means(method).ifPresent(variable -> set(row, variable, YES));
    }
    for (ExploitationType type : victim.getTypeOfExploitation()) {
      set(row, type == ExploitationType.FORCED_LABOUR ? CtdcVariable.IS_FORCED_LABOUR
          : type == ExploitationType.SEXUAL_EXPLOITATION ? CtdcVariable.IS_SEXUAL_EXPLOIT
          : CtdcVariable.IS_OTHER_EXPLOIT, YES);
    }
    victim.getForcedLabourIndustry().ifPresent(section -> {
      switch (section) {
        case A_AGRICULTURE_FORESTRY_AND_FISHING:
          set(row, CtdcVariable.TYPE_OF_LABOUR_AGRICULTURE, YES);
          break;
        case F_CONSTRUCTION:
          set(row, CtdcVariable.TYPE_OF_LABOUR_CONSTRUCTION, YES);
          break;
        case T_ACTIVITIES_OF_HOUSEHOLDS_AS_EMPLOYERS:
          set(row, CtdcVariable.TYPE_OF_LABOUR_DOMESTIC_WORK, YES);
          break;
        case I_ACCOMMODATION_AND_FOOD_SERVICE_ACTIVITIES:
          set(row, CtdcVariable.TYPE_OF_LABOUR_HOSPITALITY, YES);
          break;
        default:
          break;
      }
    });
    for (SexExploitationType type : victim.getTypeOfSexExploitation()) {
      if (type == SexExploitationType.PROSTITUTION) {
        set(row, CtdcVariable.TYPE_OF_SEX_PROSTITUTION, YES);
      } else if (type == SexExploitationType.PORNOGRAPHY) {
        set(row, CtdcVariable.TYPE_OF_SEX_PORNOGRAPHY, YES);
      }
    }
    victim.getRelationshipToTrafficker().ifPresent(relationship -> {
      switch (relationship) {
        case FAMILIAL:
          set(row, CtdcVariable.RECRUITER_RELATION_FAMILY, YES);
          break;
        case ACQUAINTED:
          set(row, CtdcVariable.RECRUITER_RELATION_FRIEND, YES);
          break;
        default:
          set(row, CtdcVariable.RECRUITER_RELATION_OTHER, YES);
          break;
      }
    });
  }

  /**
   * Returns the merged means-of-control variable of a method of control.
   *
   * @param method  the method, not null
   * @return the variable, empty for a method the codebook does not publish ({@code Other})
   */
  static Optional<CtdcVariable> means(ControlMethod method) {
    switch (method) {
      case DEBT_BONDAGE:
      case TAKES_EARNINGS:
        return Optional.of(CtdcVariable.MEANS_DEBT_BONDAGE_EARNINGS);
      case PHYSICAL_THREATS:
      case THREATENS_CHILDREN_FAMILY:
      case THREATS_LAW_ENFORCEMENT:
        return Optional.of(CtdcVariable.MEANS_THREATS);
      case PSYCHOLOGICAL_ABUSE:
      case PHYSICAL_ABUSE:
      case SEXUAL_ABUSE:
        return Optional.of(CtdcVariable.MEANS_ABUSE_PSY_PHY_SEX);
      case FALSE_PROMISES:
        return Optional.of(CtdcVariable.MEANS_FALSE_PROMISES);
      case PSYCHOACTIVE_SUBSTANCE:
        return Optional.of(CtdcVariable.MEANS_DRUGS_ALCOHOL);
      case RESTRICTS_FINANCIAL_ACCESS:
      case RESTRICTS_MEDICAL_CARE:
      case WITHHOLDS_NECESSITIES:
        return Optional.of(CtdcVariable.MEANS_DENY_BASIC_NEEDS);
      case EXCESSIVE_WORKING_HOURS:
        return Optional.of(CtdcVariable.MEANS_EXCESSIVE_WORK_HOURS);
      case WITHHOLDS_DOCUMENTS:
        return Optional.of(CtdcVariable.MEANS_WITHHOLD_DOCS);
      default:
        return Optional.empty();
    }
  }
}
