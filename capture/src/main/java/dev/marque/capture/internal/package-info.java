/** Machinery of marque capture: page readers, URL patterns, JSON mapping. Not part of the API. */
package dev.marque.capture.internal;
