package org.dicu.core.agency;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules an agency must meet to enter a directory, shared by the file reader (which reports a
 * line) and {@link AgencyDirectory#of(java.util.Collection)} (which reports the id).
 */
final class AgencyRules {

  /** The longest id allowed. */
  static final int MAX_ID_LENGTH = 64;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_ID_LENGTH + "}");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final int MAX_QUOTED_LENGTH = 40;

  /** A broken rule: the column that breaks it and what is wrong. */
  record Issue(AgencyColumn column, String problem) {}

  private AgencyRules() {}

  /** Checks whether a text is a well-formed agency id. */
  static boolean isValidId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /**
   * Checks one agency on its own and against the ids seen before it, and records its id.
   *
   * @param agency  the agency
   * @param seenIds  the ids of the agencies before it; this agency's id is added
   * @return the first broken rule, or empty
   */
  static Optional<Issue> checkAgency(PartnerAgency agency, Set<String> seenIds) {
    String id = agency.getId();
    if (!isValidId(id)) {
      return issue(AgencyColumn.ID, quote(id) + " is not an id: 1 to " + MAX_ID_LENGTH
          + " characters of A-Z, a-z, 0-9, '.', '_', ':' and '-'");
    }
    if (!seenIds.add(id)) {
      return issue(AgencyColumn.ID, "duplicate id " + quote(id));
    }
    if (!COUNTRIES.contains(agency.getCountry())) {
      return issue(AgencyColumn.COUNTRY,
          quote(agency.getCountry()) + " is not an ISO 3166-1 alpha-2 country code");
    }
    if (agency.getAbbreviation().filter(String::isBlank).isPresent()) {
      return issue(AgencyColumn.ABBREVIATION, "the abbreviation must not be blank when present");
    }
    if (agency.getNameVi().isBlank()) {
      return issue(AgencyColumn.NAME_VI, "the Vietnamese name is required");
    }
    if (agency.getNameEn().isBlank()) {
      return issue(AgencyColumn.NAME_EN, "the English name is required");
    }
    if (agency.getIatiIdentifier().filter(String::isBlank).isPresent()) {
      return issue(AgencyColumn.IATI_IDENTIFIER,
          "the IATI identifier must not be blank when present");
    }
    return Optional.empty();
  }

  /**
   * Checks that an agency's parent and successors are in the directory.
   *
   * @param agency  the agency
   * @param ids  the ids of every agency of the directory
   * @return the first broken rule, or empty
   */
  static Optional<Issue> checkReferences(PartnerAgency agency, Set<String> ids) {
    Optional<String> parentId = agency.getParentId();
    if (parentId.isPresent() && !ids.contains(parentId.get())) {
      return issue(AgencyColumn.PARENT_ID,
          "parent " + quote(parentId.get()) + " is not in the directory");
    }
    for (Succession succession : agency.getSuccessions()) {
      if (!ids.contains(succession.getSuccessorId())) {
        return issue(AgencyColumn.SUCCESSIONS,
            "successor " + quote(succession.getSuccessorId()) + " is not in the directory");
      }
    }
    return Optional.empty();
  }

  /** Quotes a value for a message, shortened so that a message never carries a long text. */
  static String quote(String value) {
    if (value.codePointCount(0, value.length()) <= MAX_QUOTED_LENGTH) {
      return "'" + value + "'";
    }
    return "'" + value.substring(0, value.offsetByCodePoints(0, MAX_QUOTED_LENGTH)) + "...'";
  }

  private static Optional<Issue> issue(AgencyColumn column, String problem) {
    return Optional.of(new Issue(column, problem));
  }
}
