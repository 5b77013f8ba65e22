/** Support services: the catalogue of services for victims and migrants, and who is entitled to which. */
package org.dicu.core.service;
