/**
 * Validation of dicu records: the validator, its reports with located, bilingual issues, and the
 * catalogue of rules with their stable codes.
 */
package org.dicu.core.validation;
