/** The machinery of marque's matcher. Internal: not part of the API, and it changes without notice. */
package dev.marque.matching.internal;
