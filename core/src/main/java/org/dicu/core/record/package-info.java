/** Records that travel alone between systems: their common identity and their logical types. */
package org.dicu.core.record;
