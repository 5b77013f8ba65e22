/**
 * dicu core: an immutable domain model of migrants, victims of trafficking, their cases, support
 * services, partner agencies and the Global Compact for Migration, with its code lists.
 *
 * <p>The project-wide value style set here applies to every sub-package.
 */
@DicuStyle
package org.dicu.core;

import org.dicu.core.internal.DicuStyle;
