/**
 * The JSON exchange format of dicu records: a Jackson module that maps the model of
 * {@code org.dicu.core} without annotations in the model, and a factory of safely configured
 * object mappers.
 */
package org.dicu.serialization.json;
