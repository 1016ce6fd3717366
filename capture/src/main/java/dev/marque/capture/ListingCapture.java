package dev.marque.capture;

import dev.marque.capture.evidence.Evidence;
import dev.marque.capture.evidence.EvidenceStore;
import dev.marque.capture.evidence.StoredEvidence;
import dev.marque.capture.extract.Extraction;
import dev.marque.capture.extract.ListingExtractor;
import dev.marque.capture.extract.PageRejectedException;
import dev.marque.capture.fetch.FetchException;
import dev.marque.capture.fetch.FetchedPage;
import dev.marque.capture.fetch.Fetcher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Captures a listing: fetches its page, extracts the listing, and stores the evidence. The page
 * is stored even when no listing can be extracted from it, because what a URL served is evidence
 * too. Thread-safe when its parts are.
 *
 * <pre>{@code
 * try (Fetcher fetcher = Fetcher.create(FetchConfig.defaults())) {
 *   ListingCapture capture = ListingCapture.of(fetcher, ListingExtractor.standard(),
 *       EvidenceStore.open(Path.of("evidence")));
 *   StoredEvidence stored = capture.capture("https://www.ebay.com/itm/2561234567890");
 *   stored.evidence().listing();   // the listing, with capturedAt set
 * }
 * }</pre>
 */
public final class ListingCapture {
  private final Fetcher fetcher;
  private final ListingExtractor extractor;
  private final EvidenceStore store;

  private ListingCapture(Fetcher fetcher, ListingExtractor extractor, EvidenceStore store) {
    this.fetcher = fetcher;
    this.extractor = extractor;
    this.store = store;
  }

  /**
   * {@return a capture using these parts}
   *
   * @param fetcher fetches the pages
   * @param extractor reads the listing from each page
   * @param store keeps the evidence
   */
  public static ListingCapture of(Fetcher fetcher, ListingExtractor extractor,
      EvidenceStore store) {
    return new ListingCapture(Objects.requireNonNull(fetcher, "fetcher must not be null"),
        Objects.requireNonNull(extractor, "extractor must not be null"),
        Objects.requireNonNull(store, "store must not be null"));
  }

  /**
   * Fetches, extracts and stores one page.
   *
   * @param url the page's URL
   * @return the stored evidence, with the listing when one could be extracted
   * @throws FetchException when the page cannot be fetched, saying why
   * @throws IOException when the evidence cannot be written
   */
  public StoredEvidence capture(String url) throws IOException {
    FetchedPage page = fetcher.fetch(url);
    byte[] body = page.body();
    return store.put(evidence(page, body), body);
  }

  /**
   * {@return the evidence record for a fetched page, with the listing extracted from it when
   * possible}
   *
   * @param page the fetched page
   */
  public Evidence evidence(FetchedPage page) {
    return evidence(page, page.body());
  }

  private Evidence evidence(FetchedPage page, byte[] body) {
    List<String> warnings = new ArrayList<>();
    Optional<dev.marque.core.Listing> listing;
    try {
      Extraction e = extractor.extract(body, page.finalUrl(), page.contentType());
      listing = Optional.of(e.listing().toBuilder().capturedAt(page.fetchedAt()).build());
      warnings.addAll(e.warnings());
    } catch (PageRejectedException e) {
      listing = Optional.empty();
      warnings.add("no listing extracted: " + e.getMessage());
    }
    return new Evidence(page.requestedUrl(), page.finalUrl(), page.redirects(), page.fetchedAt(),
        page.status(), page.contentType(), body.length, page.sha256(), listing, warnings);
  }
}
