/** Implementation helpers of dicu core; not exported and not part of the API. */
package org.dicu.core.internal;
