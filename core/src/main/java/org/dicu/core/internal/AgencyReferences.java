package org.dicu.core.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dicu.core.agency.AgencyDirectory;
import org.dicu.core.agency.AgencyFunction;
import org.dicu.core.agency.PartnerAgency;
import org.dicu.core.agency.Succession;
import org.dicu.core.validation.Rule;

/** Checks that an agency id a record refers to is known, and in force at the record's date. */
public final class AgencyReferences {

  private AgencyReferences() {}

  /**
   * Reports an agency id that the directory does not know on that date, or that names an agency
   * dissolved by then (with its successor); malformed ids are left to the id rule.
   *
   * @param violations  where to report, not null
   * @param pointer  the JSON Pointer of the id, spelt out only for a report, not null
   * @param agencyId  the agency id, not null
   * @param date  the date of the reference, not null
   * @param function  the function the reference is about, which picks the successor of an agency
   *     whose work was split, may be null
   */
  public static void check(RuleViolations violations, Supplier<String> pointer, String agencyId,
      LocalDate date, AgencyFunction function) {
    if (!IdSyntax.isWellFormed(agencyId)) {
      return;
    }
    AgencyDirectory directory = violations.settings().getDirectory();
    Optional<PartnerAgency> agency = directory.findById(agencyId);
    if (agency.isEmpty()
        || agency.get().getValidFrom().filter(from -> from.isAfter(date)).isPresent()) {
      violations.report(Rule.AGENCY_UNKNOWN, pointer.get(), agencyId, Map.of("date", date));
      return;
    }
    Optional<LocalDate> validTo = agency.get().getValidTo();
    if (validTo.isPresent() && validTo.get().isBefore(date)) {
      String successor = successor(directory, agencyId, date, function);
      violations.report(
          Rule.AGENCY_DISSOLVED,
          pointer.get(),
          agencyId,
          Map.of("validTo", validTo.get(), "successor", successor, "date", date));
    }
  }

  /**
   * Names the successor: the holder of the function on the date, else the sole successor, else
   * every successor the agency's work went to.
   */
  private static String successor(
      AgencyDirectory directory, String agencyId, LocalDate date, AgencyFunction function) {
    Optional<PartnerAgency> holder = function == null
        ? Optional.empty()
        : directory.findHolder(agencyId, function, date);
    return holder.or(() -> directory.findSuccessor(agencyId, date))
        .map(PartnerAgency::getId)
        .orElseGet(() -> directory.findById(agencyId).orElseThrow().getSuccessions().stream()
            .map(Succession::getSuccessorId)
            .distinct()
            .collect(Collectors.joining(", ")));
  }
}
