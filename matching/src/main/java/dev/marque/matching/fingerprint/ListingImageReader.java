package dev.marque.matching.fingerprint;

import dev.marque.core.Listing;
import java.io.IOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads and fingerprints the images a listing names ({@link Listing#images()}), as {@code marque
 * watch}, {@code sellers} and {@code copies} do: {@code file:} URIs and paths from disk, a relative
 * path from the directory the reader was made for (the feed file's, with {@link #besideFeed});
 * {@code http(s)} URLs through the {@link HttpImages} given, and otherwise not at all. An image that
 * is missing, cannot be fetched or cannot be decoded is a warning, and the listing's other images
 * are still read: one bad image never stops a run.
 *
 * <pre>{@code
 * ImageCapture capture = ImageCapture.of(fetcher, evidenceStore);   // marque-capture: polite, kept
 * ListingImageReader images = ListingImageReader.besideFeed(Path.of("removed/removed.jsonl"))
 *     .withHttp(url -> capture.capture(url).bytes());
 * List<ListingImage> photos = images.read(listing, warning -> log.warn("{}: {}", listing.id(), warning));
 * }</pre>
 *
 * <p>Immutable and thread-safe when its {@link HttpImages} is; each image is read and fingerprinted
 * on the calling thread.
 *
 * @since 0.1.0
 */
public final class ListingImageReader {
  /**
   * Fetches the bytes of an {@code http(s)} image. marque-capture's {@code ImageCapture} does so
   * politely and keeps each image in the evidence store: {@code url -> capture.capture(url).bytes()}.
   */
  @FunctionalInterface
  public interface HttpImages {
    /**
     * {@return the image's bytes as served}
     *
     * @param url the image's URL, as the listing names it
     * @throws IOException when it cannot be fetched; the message becomes the warning
     */
    byte[] fetch(String url) throws IOException;
  }

  private final Path base;
  private final HttpImages http;
  private final ImageFingerprinter fingerprinter;

  private ListingImageReader(Path base, HttpImages http, ImageFingerprinter fingerprinter) {
    this.base = base;
    this.http = http;
    this.fingerprinter = fingerprinter;
  }

  /**
   * {@return a reader of images on disk, relative paths taken from the directory that holds the
   * feed file} Nothing is read until {@link #read}; the file need not exist.
   *
   * @param feedFile the feed whose listings name the images
   */
  public static ListingImageReader besideFeed(Path feedFile) {
    Path parent = Objects.requireNonNull(feedFile, "feedFile must not be null").toAbsolutePath()
        .getParent();
    return new ListingImageReader(parent == null ? Path.of("") : parent, null,
        ImageFingerprinter.standard());
  }

  /**
   * {@return a reader of images on disk, relative paths taken from {@code directory}}
   *
   * @param directory the directory relative paths start from
   */
  public static ListingImageReader in(Path directory) {
    return new ListingImageReader(Objects.requireNonNull(directory, "directory must not be null"),
        null, ImageFingerprinter.standard());
  }

  /**
   * {@return a copy that fetches {@code http(s)} images through {@code http}} Without one, such an
   * image is skipped with a warning.
   *
   * @param http how an image's bytes are fetched
   */
  public ListingImageReader withHttp(HttpImages http) {
    return new ListingImageReader(base, Objects.requireNonNull(http, "http must not be null"),
        fingerprinter);
  }

  /**
   * The listing's images that could be read, fingerprinted, in the listing's order. Each one that
   * could not is a warning to {@code warnings}, naming it: {@code image gone.png: no such file},
   * {@code image https://...: not compared: no way to fetch http(s) images was given}.
   *
   * @param listing the listing
   * @param warnings told of each image left out, and why
   * @return the images read, each with its source as the listing names it
   */
  public List<ListingImage> read(Listing listing, Consumer<String> warnings) {
    Objects.requireNonNull(listing, "listing must not be null");
    Objects.requireNonNull(warnings, "warnings must not be null");
    List<ListingImage> out = new ArrayList<>();
    for (String source : listing.images()) {
      String lower = source.toLowerCase(Locale.ROOT);
      try {
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
          if (http == null) {
            warnings.accept("image " + source
                + ": not compared: no way to fetch http(s) images was given");
            continue;
          }
          out.add(new ListingImage(source, fingerprinter.fingerprint(http.fetch(source))));
          continue;
        }
        Path file = lower.startsWith("file:") ? Path.of(URI.create(source)) : base.resolve(source);
        out.add(new ListingImage(source, fingerprinter.fingerprint(file)));
      } catch (NoSuchFileException e) {
        warnings.accept("image " + source + ": no such file");
      } catch (IOException | IllegalArgumentException e) {
        warnings.accept("image " + source + ": " + e.getMessage());
      }
    }
    return out;
  }
}
