package dev.marque.capture;

import dev.marque.capture.evidence.Evidence;
import dev.marque.capture.evidence.EvidenceStore;
import dev.marque.capture.evidence.StoredEvidence;
import dev.marque.capture.fetch.FetchException;
import dev.marque.capture.fetch.FetchedPage;
import dev.marque.capture.fetch.Fetcher;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Captures a listing's photos: fetches each with the {@link Fetcher#fetchImage politely
 * configured fetcher} and keeps its exact bytes in the evidence store, so that the photo a
 * re-listing or a copied work is shown by can be produced later, unchanged. A URL captured once is
 * not fetched again by the same capture: its bytes are read back from the store (and verified).
 * Thread-safe.
 *
 * <pre>{@code
 * try (Fetcher fetcher = Fetcher.create(FetchConfig.defaults())) {
 *   ImageCapture images = ImageCapture.of(fetcher, EvidenceStore.open(Path.of("evidence")));
 *   CapturedImage photo = images.capture("https://img.example/tote-1.jpg");
 *   photo.bytes();                   // to fingerprint
 *   photo.evidence().id();           // the evidence record that proves what the URL served
 * }
 * }</pre>
 */
public final class ImageCapture {
  private final Fetcher fetcher;
  private final EvidenceStore store;
  /** URL to the id of its evidence record, for the URLs this capture has stored. */
  private final ConcurrentMap<String, String> seen = new ConcurrentHashMap<>();

  private ImageCapture(Fetcher fetcher, EvidenceStore store) {
    this.fetcher = fetcher;
    this.store = store;
  }

  /**
   * {@return a capture fetching with this fetcher into this store}
   *
   * @param fetcher fetches the images
   * @param store keeps them
   */
  public static ImageCapture of(Fetcher fetcher, EvidenceStore store) {
    return new ImageCapture(Objects.requireNonNull(fetcher, "fetcher must not be null"),
        Objects.requireNonNull(store, "store must not be null"));
  }

  /**
   * Fetches an image and stores it as evidence, or reads it back when this capture stored it
   * before.
   *
   * @param url the image's http(s) URL
   * @return the image's bytes and its stored evidence
   * @throws FetchException when it cannot be fetched or is not an image, saying why
   * @throws IOException when the evidence cannot be written or read back
   */
  public CapturedImage capture(String url) throws IOException {
    Objects.requireNonNull(url, "url must not be null");
    String id = seen.get(url);
    if (id != null) {
      StoredEvidence stored = store.read(id);
      return new CapturedImage(stored, store.readPage(stored.evidence().sha256()));
    }
    FetchedPage image = fetcher.fetchImage(url);
    byte[] bytes = image.body();
    Evidence evidence = new Evidence(image.requestedUrl(), image.finalUrl(), image.redirects(),
        image.fetchedAt(), image.status(), image.contentType(), bytes.length, image.sha256(),
        Optional.empty(), List.of());
    StoredEvidence stored = store.put(evidence, bytes);
    seen.put(url, stored.id());
    return new CapturedImage(stored, bytes);
  }
}
