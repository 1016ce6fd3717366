/** marque capture. */
package dev.marque.capture;
