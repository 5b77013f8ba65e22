package org.dicu.core.validation;

/**
 * The validation group of the completeness checks, applied with
 * {@link ValidationProfile#COMPLETE}: missing HTCDS core fields are reported as warnings.
 */
public interface Completeness {}
