/** Small runnable programs that show how to use dicu. */
module org.dicu.examples {
  requires org.dicu.core;
  requires org.dicu.serialization;
}
