package org.dicu.core.validation;

import java.time.LocalDate;
import java.util.Objects;
import org.dicu.core.agency.AgencyDirectory;

/**
 * What the domain rules need besides the record: the agency directory that agency ids are checked
 * against, and the date that counts as today.
 *
 * <p>{@link DicuValidator} hands these to the constraint validators as Hibernate Validator's
 * constraint-validator payload. This class is immutable and thread-safe.
 */
public final class ValidationSettings {

  private final AgencyDirectory directory;
  private final LocalDate today;

  private ValidationSettings(AgencyDirectory directory, LocalDate today) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.today = Objects.requireNonNull(today, "today");
  }

  /**
   * Obtains settings.
   *
   * @param directory  the agency directory, not null
   * @param today  the date that counts as today, not null
   * @return the settings, not null
   */
  public static ValidationSettings of(AgencyDirectory directory, LocalDate today) {
    return new ValidationSettings(directory, today);
  }

  /**
   * Returns the agency directory that agency ids are checked against.
   *
   * @return the directory, not null
   */
  public AgencyDirectory getDirectory() {
    return directory;
  }

  /**
   * Returns the date that counts as today: no recorded date may be after it.
   *
   * @return today, not null
   */
  public LocalDate getToday() {
    return today;
  }
}
