/**
 * Fetching listing pages politely: {@link dev.marque.capture.fetch.Fetcher}, configured by an
 * immutable {@link dev.marque.capture.fetch.FetchConfig}.
 *
 * <pre>{@code
 * try (Fetcher fetcher = Fetcher.create(FetchConfig.defaults().withUserAgent("acme-brand-watch/1.0"))) {
 *   FetchedPage page = fetcher.fetch("https://www.ebay.com/itm/2561234567890");
 * } catch (FetchException e) {
 *   e.problem(); e.attempts(); e.status();   // why, after how many tries, with which HTTP status
 * }
 * }</pre>
 */
package dev.marque.capture.fetch;
