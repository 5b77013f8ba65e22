/** dicu serialization: the exchange formats of dicu records (JSON, HTCDS spreadsheets, CTDC). */
package org.dicu.serialization;
