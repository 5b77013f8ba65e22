package org.dicu.core.validation;

/** Which rules a validation applies. */
public enum ValidationProfile {
  /** Validity: every rule except the completeness checks. */
  DEFAULT,
  /** Validity and completeness: also warns about missing HTCDS core fields. */
  COMPLETE
}
