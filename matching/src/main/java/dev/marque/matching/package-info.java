/** marque matching. */
package dev.marque.matching;
