/**
 * Enforcement cases: a durable record of every reported listing from detection to takedown, and
 * notices sent exactly once.
 *
 * <p>{@link dev.marque.cases.CaseStore} is the entry point: a case per reported listing and right,
 * an append-only event log from which each case's {@link dev.marque.cases.CaseState} is derived,
 * kept in SQLite (a file, the default) or PostgreSQL (by JDBC URL or a caller's
 * {@code DataSource}).
 *
 * <pre>{@code
 * try (CaseStore store = CaseStore.open("marque.db")) {
 *   Opened opened = store.openCase(NewCase.builder(Marketplace.EBAY, "2561234567890",
 *       "TRADEMARK AURELIA", "ebay-vero").build());
 *   store.record(opened.theCase().id(), NewEvent.of(EventType.APPROVED, "alice"));
 * }
 * }</pre>
 */
package dev.marque.cases;
