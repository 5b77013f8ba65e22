package org.dicu.core.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dicu.core.record.ExchangeRecord;
import org.dicu.core.record.RecordType;
import org.immutables.value.Value;

/**
 * An agency that receives, protects, supports or funds work with migrants and victims of
 * trafficking: a ministry or one of its departments, a provincial body, a mass organisation, an
 * international organisation, an embassy or a company.
 *
 * <p>Agencies are merged, renamed and dissolved over time; old records keep naming the agency that
 * existed when they were written. An agency therefore has an optional validity period, inclusive
 * on both ends, and {@linkplain #getSuccessions() successions} to the agencies that took over its
 * functions. Other agencies are named by id, never by object: the {@link AgencyDirectory} resolves
 * them.
 *
 * <pre>{@code
 * PartnerAgency molisa = PartnerAgency.builder()
 *     .id("vn.molisa")
 *     .nameVi("Bộ Lao động - Thương binh và Xã hội")
 *     .nameEn("Ministry of Labour, Invalids and Social Affairs")
 *     .abbreviation("MOLISA")
 *     .type(OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION)
 *     .country("VN")
 *     .validTo(LocalDate.of(2025, 2, 28))
 *     .addSuccession(Succession.of("vn.moh", AgencyFunction.VICTIM_PROTECTION_AND_SUPPORT))
 *     .addFunction(AgencyFunction.VICTIM_PROTECTION_AND_SUPPORT)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public interface PartnerAgency extends ExchangeRecord {

  /**
   * Returns the identifier, 1 to 64 characters of {@code [A-Za-z0-9._:-]}, such as
   * {@code vn.molisa.dsep}.
   *
   * <p>The built-in directory uses lower-case dotted ids, hierarchical where the agency is part of
   * another: {@code vn.molisa} for the ministry, {@code vn.molisa.dsep} for one of its departments.
   *
   * @return the id, not null
   */
  @Override
  String getId();

  @Override
  @Value.Derived
  @Value.Auxiliary
  default RecordType getRecordType() {
    return RecordType.PARTNER_AGENCY;
  }

  /**
   * Returns the name in Vietnamese, as the agency writes it, such as
   * {@code Cục Phòng, chống tệ nạn xã hội}.
   *
   * @return the Vietnamese name, not null
   */
  String getNameVi();

  /**
   * Returns the name in English, such as {@code Department of Social Evils Prevention}.
   *
   * @return the English name, not null
   */
  String getNameEn();

  /**
   * Returns the abbreviation by which the agency is known, such as {@code MOLISA} or {@code IOM}.
   *
   * @return the abbreviation, or empty when it has none in common use
   */
  Optional<String> getAbbreviation();

  /**
   * Returns the type of organisation.
   *
   * @return the type, not null
   */
  OrganisationType getType();

  /**
   * Returns the country of the agency or, for an international organisation, of the office, as an
   * ISO 3166-1 alpha-2 code such as {@code VN} (IOM's headquarters in Geneva: {@code CH}).
   *
   * @return the country code, not null
   */
  String getCountry();

  /**
   * Returns the id of the agency this one is part of, such as the ministry of a department.
   *
   * @return the parent's id, or empty for a top-level agency
   */
  Optional<String> getParentId();

  /**
   * Returns the first day on which the agency existed.
   *
   * @return the first day, or empty when it is not known or not relevant
   */
  Optional<LocalDate> getValidFrom();

  /**
   * Returns the last day on which the agency existed (inclusive).
   *
   * @return the last day, or empty while the agency exists
   */
  Optional<LocalDate> getValidTo();

  /**
   * Returns the links to the agencies that took over this agency's functions when it ended, in
   * the order written.
   *
   * @return the successions, may be empty
   */
  List<Succession> getSuccessions();

  /**
   * Returns the IATI organisation identifier (org-id), such as IOM's {@code XM-DAC-47066}, by
   * which other systems name the same agency.
   *
   * @return the identifier, or empty when the agency has none or it is not known
   */
  Optional<String> getIatiIdentifier();

  /**
   * Returns the functions the agency holds, as far as the records need them.
   *
   * @return the functions, may be empty
   */
  Set<AgencyFunction> getFunctions();

  /**
   * Checks whether the agency existed on a date: on or after {@linkplain #getValidFrom() its
   * first day} and on or before {@linkplain #getValidTo() its last day}, either of which may be
   * open.
   *
   * @param date  the date, not null
   * @return true if the agency existed on that date
   * @throws NullPointerException if {@code date} is null
   */
  default boolean isInForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return getValidFrom().map(from -> !date.isBefore(from)).orElse(true)
        && getValidTo().map(to -> !date.isAfter(to)).orElse(true);
  }

  /**
   * Checks the invariant without which the agency is meaningless: it cannot end before it
   * starts. Called by the builder.
   *
   * @throws IllegalStateException if the last day is before the first day
   */
  @Value.Check
  default void check() {
    Optional<LocalDate> from = getValidFrom();
    Optional<LocalDate> to = getValidTo();
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new IllegalStateException(
          "agency " + getId() + ": validTo " + to.get() + " is before validFrom " + from.get());
    }
  }

  /**
   * Obtains a builder of agencies.
   *
   * @return a new builder, not null
   */
  static ImmutablePartnerAgency.Builder builder() {
    return new ImmutablePartnerAgency.Builder();
  }
}
