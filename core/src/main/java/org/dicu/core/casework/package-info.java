/** Casework: trafficking cases, referrals between agencies, support plans, comments and consent. */
package org.dicu.core.casework;
