/** The Global Compact for Safe, Orderly and Regular Migration: its 23 objectives and 10 guiding principles. */
package org.dicu.core.gcm;
