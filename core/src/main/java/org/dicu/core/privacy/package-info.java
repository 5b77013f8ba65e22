/** Personal data: how dicu marks it, keeps it out of logs and messages, and removes it. */
package org.dicu.core.privacy;
