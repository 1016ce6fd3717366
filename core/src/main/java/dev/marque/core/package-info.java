/** The values marque is built on. */
package dev.marque.core;
