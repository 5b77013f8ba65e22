/** Reading and writing trafficking cases as HTCDS 2.0 spreadsheets saved as CSV, one case per row. */
package org.dicu.serialization.htcds;
