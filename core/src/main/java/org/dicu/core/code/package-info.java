/**
 * The machinery shared by every code list (wire codes, English and Vietnamese labels, lookups), and
 * the ISO vocabularies used across the model: countries, languages and ISIC economic sections.
 */
package org.dicu.core.code;
