/** Implementation helpers shared by the readers of dicu serialization; not exported. */
package org.dicu.serialization.internal;
