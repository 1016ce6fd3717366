package dev.marque.cli;

import dev.marque.core.Listing;
import dev.marque.matching.fingerprint.ImageFingerprinter;
import dev.marque.matching.fingerprint.ListingImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads and fingerprints a listing's images: {@code file:} URIs and paths (relative to the feed
 * file's directory) from disk. A missing or undecodable image is a warning, never a stop.
 */
final class ListingImages {
  private final Path base;

  ListingImages(Path feedFile) {
    Path parent = feedFile.toAbsolutePath().getParent();
    this.base = parent == null ? Path.of("") : parent;
  }

  List<ListingImage> of(Listing listing, Consumer<String> warn) {
    List<ListingImage> out = new ArrayList<>();
    for (String source : listing.images()) {
      String lower = source.toLowerCase(java.util.Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        warn.accept("image " + source + " not compared: fetching http(s) images is not"
            + " supported yet; save it and name the file");
        continue;
      }
      try {
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
