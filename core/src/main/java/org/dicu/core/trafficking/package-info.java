/** Trafficking: the victim context of a case, perpetrators, and historic trafficking events. */
package org.dicu.core.trafficking;
