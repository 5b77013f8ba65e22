/** Migrants: migrant type, international protection status, movements, labour migration and vulnerability. */
package org.dicu.core.migrant;
