/** dicu serialization: the exchange formats of dicu records (JSON, HTCDS spreadsheets, CTDC). */
module org.dicu.serialization {
  requires transitive org.dicu.core;
}
