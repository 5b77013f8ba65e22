/** Implementation helpers shared by the readers and writers of dicu serialization; not exported. */
package org.dicu.serialization.internal;
