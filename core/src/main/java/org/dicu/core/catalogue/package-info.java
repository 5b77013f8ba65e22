/** The catalogue of every code list of the model, for tools that list or document them. */
package org.dicu.core.catalogue;
