package org.dicu.core.validation;

/** How serious an issue is: the four levels of HL7 FHIR's validation results. */
public enum Severity {
  /** The record could not be read at all. */
  FATAL(true),
  /** The record breaks a rule and must not be exchanged as it is. */
  ERROR(true),
  /** The record is usable but probably wrong or incomplete. */
  WARNING(false),
  /** Something worth knowing; nothing is wrong. */
  INFORMATION(false);

  private final boolean blocking;

  Severity(boolean blocking) {
    this.blocking = blocking;
  }

  /**
   * Checks whether an issue of this severity makes a record invalid.
   *
   * @return true for {@link #FATAL} and {@link #ERROR}
   */
  public boolean isBlocking() {
    return blocking;
  }
}
