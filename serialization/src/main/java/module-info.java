/** dicu serialization: the exchange formats of dicu records (JSON, HTCDS spreadsheets, CTDC). */
module org.dicu.serialization {
  requires transitive org.dicu.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.github.victools.jsonschema.generator;
  requires com.fasterxml.classmate;

  exports org.dicu.serialization.ctdc;
  exports org.dicu.serialization.htcds;
  exports org.dicu.serialization.json;
  exports org.dicu.serialization.schema;
  exports org.dicu.serialization.stream;

  provides com.fasterxml.jackson.databind.Module with org.dicu.serialization.json.DicuModule;
}
