/** marque notices. */
package dev.marque.notices;
