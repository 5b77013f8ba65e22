package org.dicu.core.agency;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A directory of partner agencies, with lookups by id, abbreviation and parent, and the agency
 * that holds a dissolved agency's function on a given date.
 *
 * <p>{@link #builtIn()} holds examples of the agencies that appear in dicu's Vietnamese sources:
 * ministries and their departments, provincial bodies, mass organisations, international
 * organisations, embassies and companies, with the 2025 restructuring of the Vietnamese
 * government. It is not a complete register; an embedding system adds its own agencies with
 * {@link #withAgencies(Collection)} or reads its own file with {@link #load(Reader)}.
 *
 * <pre>{@code
 * AgencyDirectory directory = AgencyDirectory.builtIn();
 * // A case of 2025 still names the dissolved MOLISA; who supports the victim now?
 * Optional<PartnerAgency> holder = directory.findHolder(
 *     "vn.molisa", AgencyFunction.VICTIM_PROTECTION_AND_SUPPORT, LocalDate.of(2025, 6, 1));
 * // the Ministry of Health
 * }</pre>
 *
 * <p>Lookups never throw on bad input: a null, blank, unknown or wrongly cased id gives an empty
 * result. Ids are compared exactly; abbreviations ignore case. Every lookup by id, abbreviation
 * or parent uses maps built once, when the directory is created.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgencyDirectory {

  /** How many successions a lookup follows at most, as a guard against runaway data. */
  private static final int MAX_SUCCESSION_DEPTH = 32;

  private static final String BUILT_IN_RESOURCE = "agencies.tsv";

  private final List<PartnerAgency> agencies;
  private final Map<String, PartnerAgency> byId;
  private final Map<String, List<PartnerAgency>> byAbbreviation;
  private final Map<String, List<PartnerAgency>> byParent;

  private AgencyDirectory(List<PartnerAgency> agencies) {
    this.agencies = List.copyOf(agencies);
    Map<String, PartnerAgency> ids = new HashMap<>();
    Map<String, List<PartnerAgency>> abbreviations = new HashMap<>();
    Map<String, List<PartnerAgency>> parents = new HashMap<>();
    for (PartnerAgency agency : this.agencies) {
      ids.put(agency.getId(), agency);
      agency.getAbbreviation().map(AgencyDirectory::abbreviationKey).ifPresent(
          key -> abbreviations.computeIfAbsent(key, k -> new ArrayList<>()).add(agency));
      agency.getParentId().ifPresent(
          parentId -> parents.computeIfAbsent(parentId, k -> new ArrayList<>()).add(agency));
    }
    this.byId = Map.copyOf(ids);
    this.byAbbreviation = copyOfLists(abbreviations);
    this.byParent = copyOfLists(parents);
  }

  private static Map<String, List<PartnerAgency>> copyOfLists(
      Map<String, List<PartnerAgency>> map) {
    Map<String, List<PartnerAgency>> copy = new HashMap<>();
    map.forEach((key, list) -> copy.put(key, List.copyOf(list)));
    return Map.copyOf(copy);
  }

  private static String abbreviationKey(String abbreviation) {
    String key = Normalizer.normalize(abbreviation.strip(), Normalizer.Form.NFC);
    return key.isEmpty() ? null : key.toUpperCase(Locale.ROOT);
  }

  //-----------------------------------------------------------------------
  /**
   * Obtains the built-in directory of agencies that appear in dicu's Vietnamese sources.
   *
   * <p>It is read once, from the resource {@code org/dicu/core/agency/agencies.tsv} of this
   * module, and shared.
   *
   * @return the built-in directory, not null
   */
  public static AgencyDirectory builtIn() {
    return BuiltIn.DIRECTORY;
  }

  /** Holds the built-in directory, read on first use. */
  private static final class BuiltIn {
    static final AgencyDirectory DIRECTORY = readBuiltIn();

    private static AgencyDirectory readBuiltIn() {
      try (InputStream in = AgencyDirectory.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the built-in agency directory is missing");
        }
        return load(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the built-in agency directory", e);
      }
    }
  }

  /**
   * Obtains a directory from a file in the format of the built-in one.
   *
   * <p>The format is UTF-8 text, tab-separated, one agency per line. Lines starting with
   * {@code #} are comments and blank lines are skipped. The first other line is the header,
   * exactly these twelve columns:
   * <pre>
   * id  parentId  type  country  abbreviation  nameVi  nameEn  validFrom  validTo  functions
   * successions  iatiIdentifier
   * </pre>
   * An empty cell means absent; cells are stripped of surrounding spaces and brought to Unicode
   * NFC. {@code type} is an {@link OrganisationType} code, {@code country} an ISO 3166-1 alpha-2
   * code, dates are {@code yyyy-MM-dd}, {@code functions} are {@link AgencyFunction} codes joined
   * by {@code ;}, and {@code successions} are {@code successorId} or
   * {@code successorId:FunctionCode}, joined by {@code ;} (the text after the last colon is a
   * function code when it starts with an upper-case letter). Parents and successors may appear
   * later in the file.
   *
   * @param reader  the file, not null; it is read to the end and not closed
   * @return the directory, not null
   * @throws NullPointerException if {@code reader} is null
   * @throws AgencyDirectoryFormatException if a line is malformed: wrong number of columns,
   *     unknown type or function code, bad date, last day before first day, bad id, duplicate id,
   *     bad country code, missing name, or a parent or successor that is not in the file
   * @throws UncheckedIOException if the reader fails
   */
  public static AgencyDirectory load(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    try {
      return new AgencyDirectory(AgencyTableReader.read(reader));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the agency directory", e);
    }
  }

  /**
   * Obtains a directory of the given agencies, in the order given.
   *
   * @param agencies  the agencies, not null, without null elements
   * @return the directory, not null
   * @throws NullPointerException if {@code agencies} or one of its elements is null
   * @throws IllegalArgumentException if an id is malformed or appears twice, a country code is
   *     not ISO 3166-1 alpha-2, a name is blank, or a parent or successor is not among the agencies
   */
  public static AgencyDirectory of(Collection<? extends PartnerAgency> agencies) {
    Objects.requireNonNull(agencies, "agencies");
    List<PartnerAgency> list = new ArrayList<>(agencies.size());
    for (PartnerAgency agency : agencies) {
      list.add(Objects.requireNonNull(agency, "agencies must not contain null"));
    }
    Set<String> ids = new HashSet<>();
    for (PartnerAgency agency : list) {
      Optional<AgencyRules.Issue> issue = AgencyRules.checkAgency(agency, ids);
      if (issue.isPresent()) {
        throw invalid(agency, issue.get());
      }
    }
    for (PartnerAgency agency : list) {
      Optional<AgencyRules.Issue> issue = AgencyRules.checkReferences(agency, ids);
      if (issue.isPresent()) {
        throw invalid(agency, issue.get());
      }
    }
    return new AgencyDirectory(list);
  }

  private static IllegalArgumentException invalid(PartnerAgency agency, AgencyRules.Issue issue) {
    return new IllegalArgumentException("agency " + AgencyRules.quote(agency.getId()) + ", "
        + issue.column().header() + ": " + issue.problem());
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a copy of this directory with an agency added, or replacing the agency with the
   * same id in its place. This directory is unchanged.
   *
   * @param agency  the agency, not null
   * @return the new directory, not null
   * @throws NullPointerException if {@code agency} is null
   * @throws IllegalArgumentException if the agency breaks a rule of {@link #of(Collection)}
   */
  public AgencyDirectory withAgency(PartnerAgency agency) {
    return withAgencies(List.of(Objects.requireNonNull(agency, "agency")));
  }

  /**
   * Returns a copy of this directory with agencies added, each replacing the agency with the
   * same id in its place. They may name each other as parent or successor. This directory is
   * unchanged.
   *
   * @param agencies  the agencies, not null, without null elements
   * @return the new directory, not null
   * @throws NullPointerException if {@code agencies} or one of its elements is null
   * @throws IllegalArgumentException if two of the agencies have the same id, or one breaks a
   *     rule of {@link #of(Collection)}
   */
  public AgencyDirectory withAgencies(Collection<? extends PartnerAgency> agencies) {
    Objects.requireNonNull(agencies, "agencies");
    Map<String, PartnerAgency> merged = new LinkedHashMap<>();
    for (PartnerAgency agency : this.agencies) {
      merged.put(agency.getId(), agency);
    }
    Set<String> added = new HashSet<>();
    for (PartnerAgency agency : agencies) {
      Objects.requireNonNull(agency, "agencies must not contain null");
      if (!added.add(agency.getId())) {
        throw new IllegalArgumentException(
            "agency " + AgencyRules.quote(agency.getId()) + " is given twice");
      }
      merged.put(agency.getId(), agency);
    }
    return of(merged.values());
  }

  //-----------------------------------------------------------------------
  /**
   * Returns every agency, in the order of the file or collection the directory was made from.
   *
   * @return the agencies, unmodifiable, may be empty
   */
  public List<PartnerAgency> getAgencies() {
    return agencies;
  }

  /**
   * Checks whether the directory has an agency with the given id.
   *
   * @param id  the id, may be null
   * @return true if an agency has exactly this id
   */
  public boolean contains(String id) {
    return id != null && byId.containsKey(id);
  }

  /**
   * Finds an agency by its id, whatever its validity period.
   *
   * @param id  the id, compared exactly, may be null
   * @return the agency, or empty when the id is null, blank or unknown
   */
  public Optional<PartnerAgency> findById(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  /**
   * Finds an agency by its id if it existed on a date. A record that names an agency before its
   * dissolution refers to it validly; a later one does not.
   *
   * @param id  the id, compared exactly, may be null
   * @param date  the date, not null
   * @return the agency, or empty when the id is unknown or the agency did not exist on that date
   * @throws NullPointerException if {@code date} is null
   */
  public Optional<PartnerAgency> findInForce(String id, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return findById(id).filter(agency -> agency.isInForceOn(date));
  }

  /**
   * Finds every agency with an abbreviation, ignoring case, whatever its validity period.
   * Abbreviations get reused, so there may be several.
   *
   * @param abbreviation  the abbreviation, such as {@code MOLISA}, may be null
   * @return the agencies in directory order, unmodifiable, may be empty
   */
  public List<PartnerAgency> findByAbbreviation(String abbreviation) {
    String key = abbreviation == null ? null : abbreviationKey(abbreviation);
    return key == null ? List.of() : byAbbreviation.getOrDefault(key, List.of());
  }

  /**
   * Finds the agency that bore an abbreviation on a date, ignoring case. If several did, the
   * first in directory order is returned.
   *
   * @param abbreviation  the abbreviation, such as {@code MOLISA}, may be null
   * @param date  the date, not null
   * @return the agency, or empty when no agency with that abbreviation existed on that date
   * @throws NullPointerException if {@code date} is null
   */
  public Optional<PartnerAgency> findByAbbreviation(String abbreviation, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return findByAbbreviation(abbreviation).stream()
        .filter(agency -> agency.isInForceOn(date))
        .findFirst();
  }

  /**
   * Returns the agencies whose parent is the given agency, such as a ministry's departments.
   *
   * @param parentId  the parent's id, may be null
   * @return the children in directory order, unmodifiable, may be empty
   */
  public List<PartnerAgency> getChildren(String parentId) {
    return parentId == null ? List.of() : byParent.getOrDefault(parentId, List.of());
  }

  //-----------------------------------------------------------------------
  /**
   * Finds the agency that holds an agency's function on a date: the agency itself if it existed
   * on that date; otherwise, if it had ended by then, the successor that took over that function
   * (successions for that function first, then successions of every function), followed as far
   * as needed to reach an agency that existed on that date.
   *
   * <p>For example, victim support of the Ministry of Labour, Invalids and Social Affairs is held
   * by that ministry on 1 June 2024 and by the Ministry of Health on 1 June 2025. A date before
   * the agency existed gives an empty result. Cycles in the data are tolerated, and at most
   * 32 successions are followed.
   *
   * @param agencyId  the id of the agency named in a record, may be null
   * @param function  the function, not null
   * @param date  the date, not null
   * @return the holding agency, or empty when the id is unknown or no agency holds the function
   *     on that date
   * @throws NullPointerException if {@code function} or {@code date} is null
   */
  public Optional<PartnerAgency> findHolder(
      String agencyId, AgencyFunction function, LocalDate date) {
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(date, "date");
    return findById(agencyId).flatMap(start -> follow(start, date, agency -> {
      List<String> next = new ArrayList<>();
      for (Succession succession : agency.getSuccessions()) {
        if (succession.getFunction().filter(function::equals).isPresent()) {
          next.add(succession.getSuccessorId());
        }
      }
      for (Succession succession : agency.getSuccessions()) {
        if (succession.getFunction().isEmpty()) {
          next.add(succession.getSuccessorId());
        }
      }
      return next;
    }));
  }

  /**
   * Finds the successor of an agency that had ended by a date: the agency, existing on that date,
   * that took over all its functions. It follows successions without function, or the only
   * successor when every succession names the same one, as far as needed. This names "the
   * successor" in a message about a reference to a dissolved agency; an agency whose functions
   * were split between several successors has none (use
   * {@link #findHolder(String, AgencyFunction, LocalDate)}).
   *
   * @param agencyId  the id of the agency named in a record, may be null
   * @param date  the date, not null
   * @return the successor, or empty when the id is unknown, the agency still existed on that
   *     date, or it has no single successor existing on that date
   * @throws NullPointerException if {@code date} is null
   */
  public Optional<PartnerAgency> findSuccessor(String agencyId, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return findById(agencyId)
        .filter(start -> !start.isInForceOn(date))
        .flatMap(start -> follow(start, date, AgencyDirectory::wholeSuccessors));
  }

  private static List<String> wholeSuccessors(PartnerAgency agency) {
    List<String> next = new ArrayList<>();
    Set<String> distinct = new LinkedHashSet<>();
    for (Succession succession : agency.getSuccessions()) {
      distinct.add(succession.getSuccessorId());
      if (succession.getFunction().isEmpty()) {
        next.add(succession.getSuccessorId());
      }
    }
    return next.isEmpty() && distinct.size() == 1 ? List.copyOf(distinct) : next;
  }

  /**
   * Walks the successions depth first, in the order {@code next} gives, to the first agency
   * that existed on the date. Successions are followed only from an agency that had ended by
   * then; each agency is visited once.
   */
  private Optional<PartnerAgency> follow(
      PartnerAgency start, LocalDate date, Function<PartnerAgency, List<String>> next) {
    Deque<PartnerAgency> agenciesToVisit = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    Set<String> visited = new HashSet<>();
    agenciesToVisit.push(start);
    depths.push(0);
    while (!agenciesToVisit.isEmpty()) {
      PartnerAgency agency = agenciesToVisit.pop();
      int depth = depths.pop();
      if (!visited.add(agency.getId())) {
        continue;
      }
      if (agency.isInForceOn(date)) {
        return Optional.of(agency);
      }
      boolean ended = agency.getValidTo().filter(date::isAfter).isPresent();
      if (!ended || depth == MAX_SUCCESSION_DEPTH) {
        continue;
      }
      List<String> successorIds = next.apply(agency);
      for (int i = successorIds.size() - 1; i >= 0; i--) {
        PartnerAgency successor = byId.get(successorIds.get(i));
        if (successor != null && !visited.contains(successor.getId())) {
          agenciesToVisit.push(successor);
          depths.push(depth + 1);
        }
      }
    }
    return Optional.empty();
  }

  //-----------------------------------------------------------------------
  /**
   * Checks whether this directory holds the same agencies, in the same order, as another.
   *
   * @param other  the other object, may be null
   * @return true if the other object is a directory with equal agencies in the same order
   */
  @Override
  public boolean equals(Object other) {
    return other == this
        || (other instanceof AgencyDirectory && agencies.equals(((AgencyDirectory) other).agencies));
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return agencies.hashCode();
  }

  /**
   * Returns a short description, such as {@code AgencyDirectory[57 agencies]}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "AgencyDirectory[" + agencies.size() + " agencies]";
  }
}
