/** The dicu command for integrators. */
module org.dicu.cli {
  requires org.dicu.serialization;
  requires info.picocli;
  requires java.logging;

  opens org.dicu.cli to info.picocli;
}
