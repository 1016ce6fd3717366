package dev.marque.cli;

import dev.marque.capture.CapturedImage;
import dev.marque.capture.ImageCapture;
import dev.marque.core.Listing;
import dev.marque.matching.fingerprint.ImageFingerprinter;
import dev.marque.matching.fingerprint.ListingImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads and fingerprints a listing's images: {@code file:} URIs and paths (relative to the feed
 * file's directory) from disk; {@code http(s)} URLs through an {@link ImageCapture} (fetched
 * politely and kept in the evidence store) when one is given. A missing, unreachable or
 * undecodable image is a warning, never a stop.
 */
final class ListingImages {
  private final Path base;
  private final Optional<ImageCapture> capture;

  ListingImages(Path feedFile) {
    this(feedFile, Optional.empty());
  }

  ListingImages(Path feedFile, Optional<ImageCapture> capture) {
    Path parent = feedFile.toAbsolutePath().getParent();
    this.base = parent == null ? Path.of("") : parent;
    this.capture = capture;
  }

  List<ListingImage> of(Listing listing, Consumer<String> warn) {
    List<ListingImage> out = new ArrayList<>();
    for (String source : listing.images()) {
      String lower = source.toLowerCase(Locale.ROOT);
      try {
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
          if (capture.isEmpty()) {
            warn.accept("image " + source + " not compared: http(s) images are fetched only with"
                + " --evidence DIR, where they are kept");
            continue;
          }
          CapturedImage image = capture.get().capture(source);
          out.add(new ListingImage(source, ImageFingerprinter.standard().fingerprint(image.bytes())));
          continue;
        }
        Path file = lower.startsWith("file:") ? Path.of(URI.create(source)) : base.resolve(source);
        out.add(new ListingImage(source, ImageFingerprinter.standard().fingerprint(file)));
      } catch (NoSuchFileException e) {
        warn.accept("image " + source + ": no such file");
      } catch (IOException | IllegalArgumentException e) {
        warn.accept("image " + source + ": " + e.getMessage());
      }
    }
    return out;
  }
}
