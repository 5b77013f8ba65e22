/**
 * The export of trafficking cases to the 27 variables of the CTDC Global Synthetic Dataset (2024
 * codebook), de-identified and k-anonymised, in a streaming job that reads its input once.
 */
package org.dicu.serialization.ctdc;
