package org.dicu.core.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dicu.core.code.Country;
import org.dicu.core.code.Language;
import org.dicu.core.privacy.PersonalData;
import org.immutables.value.Value;

/**
 * A person as HTCDS 2.0 records one ({@code prs_} fields): names, birth date, gender, languages,
 * education, citizenships, identity documents and contacts.
 *
 * <p>Names are stored in their parts; the order in which they are shown is a presentation concern
 * (see {@link #displayName(NameOrder)}). Personal data is redacted in {@code toString()}.
 */
@Value.Immutable
public interface Person {

  /**
   * Returns the salutation, such as Ms or Mr.
   *
   * @return the salutation, may be empty
   */
  Optional<@Size(max = 40, message = "{dicu.text.too-long}") String> getSalutation();

  /**
   * Returns the title, such as Dr.
   *
   * @return the title, may be empty
   */
  Optional<@Size(max = 80, message = "{dicu.text.too-long}") String> getTitle();

  /**
   * Returns the first (given) name; in Vietnamese names the last word, "Lan" in "Nguyễn Thị Lan".
   *
   * @return the first name, may be empty
   */
  @PersonalData
  @Value.Redacted
  Optional<@Size(max = 200, message = "{dicu.text.too-long}") String> getFirstName();

  /**
   * Returns the middle name; "Thị" in "Nguyễn Thị Lan".
   *
   * @return the middle name, may be empty
   */
  @PersonalData
  @Value.Redacted
  Optional<@Size(max = 200, message = "{dicu.text.too-long}") String> getMiddleName();

  /**
   * Returns the second (family) name; "Nguyễn" in "Nguyễn Thị Lan".
   *
   * @return the family name, may be empty
   */
  @PersonalData
  @Value.Redacted
  Optional<@Size(max = 200, message = "{dicu.text.too-long}") String> getSecondName();

  /**
   * Returns the birth date, known to the year, month or day.
   *
   * @return the birth date, may be empty
   */
  @PersonalData
  @Value.Redacted
  Optional<PartialDate> getBirthdate();

  /**
   * Returns the gender.
   *
   * @return the gender, may be empty
   */
  Optional<Gender> getGender();

  /**
   * Checks whether the person has died.
   *
   * @return true if the person is deceased
   */
  @Value.Default
  default boolean isDeceased() {
    return false;
  }

  /**
   * Returns the marital status.
   *
   * @return the marital status, may be empty
   */
  Optional<MaritalStatus> getMaritalStatus();

  /**
   * Returns the number of children.
   *
   * @return the number of children, may be empty
   */
  Optional<
          @PositiveOrZero(message = "{dicu.person.children-out-of-range}")
          @Max(value = 30, message = "{dicu.person.children-out-of-range}") Integer>
      getNumberOfChildren();

  /**
   * Returns the primary language.
   *
   * @return the primary language, may be empty
   */
  Optional<Language> getPrimaryLanguage();

  /**
   * Returns the secondary language.
   *
   * @return the secondary language, may be empty
   */
  Optional<Language> getSecondaryLanguage();

  /**
   * Returns the highest level of education completed.
   *
   * @return the education level, may be empty
   */
  Optional<EducationLevel> getHighestLevelOfEducation();

  /**
   * Returns the countries of citizenship, first the main one.
   *
   * @return the citizenships, may be empty
   */
  List<Country> getCitizenship();

  /**
   * Returns the identity documents.
   *
   * @return the documents, may be empty
   */
  List<@Valid IdentityDocument> getIdentityDocuments();

  /**
   * Returns the email address.
   *
   * @return the email address, may be empty
   */
  @PersonalData
  @Value.Redacted
  Optional<@Email(message = "{dicu.person.email-invalid}") String> getEmail();

  /**
   * Returns the home phone number in E.164 form, such as {@code +84912345678}.
   *
   * @return the home phone, may be empty
   */
  @PersonalData
  @Value.Redacted
  Optional<@PhoneNumber String> getHomePhone();

  /**
   * Returns the mobile phone number in E.164 form, such as {@code +84912345678}.
   *
   * @return the mobile phone, may be empty
   */
  @PersonalData
  @Value.Redacted
  Optional<@PhoneNumber String> getMobilePhone();

  /**
   * Returns the mailing address.
   *
   * @return the mailing address, may be empty
   */
  @PersonalData
  @Value.Redacted
  Optional<Address> getMailingAddress();

  /**
   * Returns the name parts joined in the given order, skipping absent parts.
   *
   * @param order  the order of the parts, not null
   * @return the full name, empty when no part is known
   */
  default String displayName(NameOrder order) {
    Stream<Optional<String>> parts =
        order == NameOrder.FAMILY_NAME_FIRST
            ? Stream.of(getSecondName(), getMiddleName(), getFirstName())
            : Stream.of(getFirstName(), getMiddleName(), getSecondName());
    return parts.flatMap(Optional::stream).filter(s -> !s.isBlank()).collect(Collectors.joining(" "));
  }

  /**
   * Obtains a builder of people.
   *
   * @return a new builder, not null
   */
  static ImmutablePerson.Builder builder() {
    return new ImmutablePerson.Builder();
  }
}
