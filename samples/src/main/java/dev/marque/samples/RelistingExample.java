package dev.marque.samples;

import dev.marque.core.Listing;
import dev.marque.core.json.FeedLine;
import dev.marque.core.json.MarqueJson;
import dev.marque.matching.fingerprint.ListingImage;
import dev.marque.matching.fingerprint.ListingImageReader;
import dev.marque.matching.fingerprint.Relisting;
import dev.marque.matching.fingerprint.RelistingIndex;
import dev.marque.matching.fingerprint.SellerLink;
import dev.marque.matching.fingerprint.SellerNetwork;
import dev.marque.matching.fingerprint.SellerNetworks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Whack-a-mole in a few lines of Java: index the listings a brand had taken down, with their
 * photos, and save the index; later, load it and recognise a removed listing that comes back under
 * a new id and a new seller, reworded and with its photo cut, shrunk and watermarked; and name the
 * seller accounts that act together.
 *
 * <pre>
 * java -cp samples/target/marque-samples.jar dev.marque.samples.RelistingExample \
 *     samples/data/relist/removed.jsonl samples/data/relist/feed.jsonl removed.idx
 * </pre>
 *
 * <p>Images named by a listing are read beside its feed file; to fetch {@code http(s)} images
 * politely and keep them as evidence, give the reader marque-capture's {@code ImageCapture}:
 * {@code ListingImageReader.besideFeed(feed).withHttp(url -> capture.capture(url).bytes())}.
 */
public final class RelistingExample {
  private RelistingExample() {}

  /**
   * Runs the example.
   *
   * @param args the feed of removed listings, the feed to check, and where to save the index
   * @throws IOException when a feed cannot be read or the index cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    Path removedFeed = Path.of(args[0]);
    Path feed = Path.of(args[1]);
    Path indexFile = Path.of(args[2]);
    SellerNetworks.Builder sellers = SellerNetworks.builder();

    // 1. When listings are taken down: index them with their photos, and keep the index.
    RelistingIndex.Builder removed = RelistingIndex.builder();
    read(removedFeed, (listing, images) -> {
      removed.add(listing, images);
      sellers.add(listing, images);
    });
    removed.build().save(indexFile);

    // 2. Every day: read the new listings, link the sellers that share a phone, an e-mail, an
    //    address, a store name or a photo, and look each listing up in the saved index.
    List<Listing> listings = new ArrayList<>();
    List<List<ListingImage>> photos = new ArrayList<>();
    read(feed, (listing, images) -> {
      listings.add(listing);
      photos.add(images);
      sellers.add(listing, images);
    });
    List<SellerNetwork> networks = sellers.build();
    RelistingIndex index = RelistingIndex.load(indexFile).withNetworks(networks);
    for (int i = 0; i < listings.size(); i++) {
      List<Relisting> found = index.find(listings.get(i), photos.get(i));
      if (found.isEmpty()) {
        System.out.println(listings.get(i).id() + ": no removed listing is back");
      }
      for (Relisting r : found) { // best first; toReason() goes on the listing's assessment
        System.out.printf("%s: %s (score %.2f)%n", listings.get(i).id(), r.toReason().message(),
            r.score());
      }
    }

    // 3. The accounts that act together, and why.
    for (SellerNetwork network : networks) {
      if (network.sellers().size() > 1) {
        System.out.println("sellers acting together: " + String.join(", ", network.sellers()));
        for (SellerLink link : network.links()) {
          System.out.println("  " + link.explanation());
        }
      }
    }
  }

  /**
   * Reads a feed, handing each listing with its photos to {@code each}; a bad line, or an image
   * that cannot be read, is reported on standard error and the rest is read on.
   */
  private static void read(Path feedFile, BiConsumer<Listing, List<ListingImage>> each)
      throws IOException {
    ListingImageReader images = ListingImageReader.besideFeed(feedFile);
    try (MarqueJson.ListingFeed feed = MarqueJson.standard()
        .openFeed(Files.newBufferedReader(feedFile, StandardCharsets.UTF_8))) {
      while (feed.hasNext()) {
        FeedLine line = feed.next();
        if (line instanceof FeedLine.Parsed parsed) {
          each.accept(parsed.listing(), images.read(parsed.listing(),
              warning -> System.err.println(feedFile + " line " + line.line() + ": " + warning)));
        } else if (line instanceof FeedLine.Rejected rejected) {
          System.err.println(feedFile + " line " + line.line() + ": " + rejected.error());
        }
      }
    }
  }
}
