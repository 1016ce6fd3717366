/** Machinery of drafting and rendering. Internal: not part of marque's API. */
package dev.marque.notices.internal;
