/** The dicu command for integrators: validate, convert and export exchange files. */
package org.dicu.cli;
