/**
 * Streaming reading and writing of record files (NDJSON or a JSON array) in constant memory:
 * every problem of every record is reported with its line and JSON Pointer, and reading goes on
 * with the next record.
 */
package org.dicu.serialization.stream;
