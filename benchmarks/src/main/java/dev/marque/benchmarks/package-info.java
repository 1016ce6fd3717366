/** JMH benchmarks of marque's hot paths, each beside the peer it is measured against. */
package dev.marque.benchmarks;
