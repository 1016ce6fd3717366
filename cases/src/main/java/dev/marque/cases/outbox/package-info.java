/**
 * Sending approved notices exactly once: the outbox approval fills, the {@link
 * dev.marque.cases.outbox.Dispatcher} that empties it through e-mail, webhook or manual channels,
 * and the {@link dev.marque.cases.outbox.Recipients} a user writes.
 */
package dev.marque.cases.outbox;
