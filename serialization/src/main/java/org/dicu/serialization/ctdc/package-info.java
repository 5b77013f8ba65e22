/**
 * The export of trafficking cases to the 27 variables of the CTDC Global Synthetic Dataset (2024
 * codebook), de-identified and k-anonymised, in a streaming two-pass job.
 */
package org.dicu.serialization.ctdc;
