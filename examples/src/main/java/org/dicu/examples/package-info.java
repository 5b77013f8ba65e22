/** Small runnable programs that show how to use dicu; each has a {@code main} method. */
package org.dicu.examples;
