/**
 * The JSON Schema (2020-12) of each record type of the exchange format, generated from the model
 * for integrators outside Java.
 */
package org.dicu.serialization.schema;
