/** Partner agencies: the agencies that receive, protect and support people, and the directory that holds them. */
package org.dicu.core.agency;
