/** People: names, birth dates that may be partial, gender, education, identity documents and contacts. */
package org.dicu.core.person;
