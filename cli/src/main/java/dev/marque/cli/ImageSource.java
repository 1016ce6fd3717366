package dev.marque.cli;

import dev.marque.capture.ImageCapture;
import dev.marque.capture.evidence.EvidenceStore;
import dev.marque.capture.fetch.FetchConfig;
import dev.marque.capture.fetch.Fetcher;
import dev.marque.matching.fingerprint.ListingImageReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a command's listing images come from: files always, and http(s) URLs through a polite
 * {@link Fetcher} into the evidence store when the user gave {@code --evidence DIR}. Closing it
 * releases the fetcher.
 */
final class ImageSource implements AutoCloseable {
  private final Optional<Fetcher> fetcher;
  private final Optional<ImageCapture> capture;
  private final Optional<EvidenceStore> store;

  private ImageSource(Optional<Fetcher> fetcher, Optional<ImageCapture> capture,
      Optional<EvidenceStore> store) {
    this.fetcher = fetcher;
    this.capture = capture;
    this.store = store;
  }

  /** The evidence store, when {@code --evidence} was given. */
  Optional<EvidenceStore> store() {
    return store;
  }

  /** Files only when {@code evidence} is null; else files and http(s) kept in that store. */
  static ImageSource open(Path evidence) {
    if (evidence == null) {
      return new ImageSource(Optional.empty(), Optional.empty(), Optional.empty());
    }
    EvidenceStore store;
    try {
      store = EvidenceStore.open(evidence);
    } catch (IOException e) {
      throw new UsageException("--evidence " + evidence + ": cannot be opened: " + e.getMessage());
    }
    Fetcher fetcher = Fetcher.create(FetchConfig.defaults());
    return new ImageSource(Optional.of(fetcher), Optional.of(ImageCapture.of(fetcher, store)),
        Optional.of(store));
  }

  /**
   * The images of a feed's listings, relative paths read from beside the feed file; http(s) ones
   * fetched into the evidence store, or, without one, named in a warning that says how.
   */
  ListingImageReader forFeed(Path feedFile) {
    ListingImageReader reader = ListingImageReader.besideFeed(feedFile);
    return capture.isPresent()
        ? reader.withHttp(url -> capture.get().capture(url).bytes())
        : reader.withHttp(url -> {
          throw new IOException("not compared: http(s) images are fetched only with --evidence"
              + " DIR, where they are kept");
        });
  }

  /**
   * The images of the listings of a {@code --listings} argument: relative paths are read from
   * beside that file, or from the working directory when the feed is standard input ({@code -}).
   */
  ListingImageReader forListings(String listings) {
    return forFeed(Inputs.isStdin(listings) ? Path.of("listings") : Inputs.existingFile(listings));
  }

  @Override
  public void close() {
    fetcher.ifPresent(Fetcher::close);
  }
}
