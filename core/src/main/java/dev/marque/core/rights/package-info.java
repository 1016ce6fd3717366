/**
 * Intellectual property rights a listing can infringe, as a closed family: {@link
 * dev.marque.core.rights.Trademark}, {@link dev.marque.core.rights.Copyright}, {@link
 * dev.marque.core.rights.DesignRight} and {@link dev.marque.core.rights.Patent}. Each says whether
 * it is in force on a date and where it applies, which decides which notices may rely on it.
 */
package dev.marque.core.rights;
