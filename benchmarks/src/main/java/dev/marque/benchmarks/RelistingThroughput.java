package dev.marque.benchmarks;

import dev.marque.core.Listing;
import dev.marque.core.Seller;
import dev.marque.matching.fingerprint.ImageDecodeException;
import dev.marque.matching.fingerprint.ImageFingerprinter;
import dev.marque.matching.fingerprint.RelistingIndex;
import dev.marque.matching.text.TextNormalizer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;

/**
 * Times the re-listing index: building it over N generated removed listings (text only), the heap
 * it keeps, queries per second on two threads (half of them reworded, reordered re-listings, half
 * other listings of the same brands), and image fingerprinting per second beside a peer that only
 * decodes the same JPEGs with ImageIO:
 * {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar dev.marque.benchmarks.RelistingThroughput [n] [queries] [images]}.
 * Targets: 1,000,000 removed listings indexed in under 60 s and 1 GB of heap; 20,000 queries/s on
 * two cores.
 */
public final class RelistingThroughput {
  /** CPU time per thread: on a shared machine, wall time says more about the others than us. */
  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();
  private static final String[] BRANDS = {"Aurelia", "Vanta", "Kestrel", "Moreau", "Lindqvist",
      "Orsolya", "Tamsin", "Belvedere", "Corvina", "Halden", "Ishikawa", "Marlowe"};
  private static final String[] PRODUCTS = {"tote", "handbag", "wallet", "belt", "sneakers",
      "watch", "sunglasses", "scarf", "backpack", "perfume", "hoodie", "jacket", "loafers",
      "earrings", "bracelet", "cardholder", "cap", "boots", "dress", "keychain"};
  private static final String[] WORDS = {"genuine", "leather", "women", "men", "new", "2026",
      "classic", "monogram", "black", "brown", "white", "gold", "silver", "vintage", "luxury",
      "designer", "original", "gift", "box", "limited", "edition", "large", "small", "mini",
      "canvas", "suede", "quilted", "chain", "strap", "zip", "travel", "summer", "winter",
      "sport", "slim", "oversized", "embossed", "logo", "print", "pattern", "red", "blue",
      "green", "pink", "beige", "navy", "fast", "shipping", "sale", "hot"};

  /** The fixed words plus 2,000 generated ones, so that titles vary as much as real ones. */
  private static final String[] VOCABULARY = vocabulary();

  private RelistingThroughput() {}

  private static String[] vocabulary() {
    String[] syllables = {"ka", "lo", "mi", "ter", "vo", "san", "ri", "del", "na", "qu", "bel",
        "tor", "ex", "am", "is", "ul", "pra", "fen", "go", "zu"};
    List<String> out = new ArrayList<>(List.of(WORDS));
    Random r = new Random(3);
    while (out.size() < WORDS.length + 2000) {
      out.add(syllables[r.nextInt(20)] + syllables[r.nextInt(20)] + syllables[r.nextInt(20)]);
    }
    return out.toArray(new String[0]);
  }

  /** Runs the measurements and prints them. */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
    int images = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    Random r = new Random(17);
    List<Listing> removed = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      removed.add(Listing.builder("R" + i, title(r)).seller(Seller.of("s" + r.nextInt(50_000))).build());
    }
    long before = IndexFootprint.usedHeap();
    long start = System.nanoTime();
    long startCpu = CPU.getCurrentThreadCpuTime();
    RelistingIndex.Builder b = RelistingIndex.builder();
    for (Listing l : removed) {
      b.add(l, List.of());
    }
    RelistingIndex index = b.build();
    double buildSeconds = (System.nanoTime() - start) / 1e9;
    double buildCpu = (CPU.getCurrentThreadCpuTime() - startCpu) / 1e9;
    List<Listing> probes = new ArrayList<>(queries);
    for (int i = 0; i < queries; i++) {
      probes.add(i % 2 == 0 ? reword(removed.get(r.nextInt(n)), r, i)
          : Listing.builder("Q" + i, title(r)).build());
    }
    removed = null; // only the index stays
    long retained = IndexFootprint.usedHeap() - before;
    System.out.printf("removed listings=%d build CPU (the building thread)=%.1f s%n", n, buildCpu);
    System.out.printf("removed listings=%d build=%.1f s retained heap=%.0f MB (max heap %d MB)%n",
        n, buildSeconds, retained / 1e6, Runtime.getRuntime().maxMemory() >> 20);

    for (int round = 0; round < 2; round++) { // the first round warms up
      AtomicLong hits = new AtomicLong();
      AtomicLong cpu = new AtomicLong();
      ExecutorService pool = Executors.newFixedThreadPool(2);
      long q0 = System.nanoTime();
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        int from = t * queries / 2;
        int to = (t + 1) * queries / 2;
        parts.add(pool.submit(() -> {
          long c0 = CPU.getCurrentThreadCpuTime();
          for (int i = from; i < to; i++) {
            if (!index.find(probes.get(i), List.of()).isEmpty()) {
              hits.incrementAndGet();
            }
          }
          cpu.addAndGet(CPU.getCurrentThreadCpuTime() - c0);
        }));
      }
      for (Future<?> f : parts) {
        f.get();
      }
      pool.shutdown();
      double qs = (System.nanoTime() - q0) / 1e9;
      // the peer, in the same run: the matcher's normaliser alone over the same listings (the
      // floor any text check pays), on the same two threads
      ExecutorService peerPool = Executors.newFixedThreadPool(2);
      long p0 = System.nanoTime();
      List<Future<?>> peer = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        int from = t * queries / 2;
        int to = (t + 1) * queries / 2;
        peer.add(peerPool.submit(() -> {
          for (int i = from; i < to; i++) {
            TextNormalizer.standard().normalize(probes.get(i).title());
          }
        }));
      }
      for (Future<?> f : peer) {
        f.get();
      }
      peerPool.shutdown();
      System.out.printf("round %d: peer (normalise only) %.0f listings/s%n", round,
          queries / ((System.nanoTime() - p0) / 1e9));
      System.out.printf("round %d: queries=%d on 2 threads in %.2f s = %.0f listings/s;"
          + " with a re-listing found: %d (half are re-listings)%n",
          round, queries, qs, queries / qs, hits.get());
      System.out.printf("round %d: queries per CPU-second of the two query threads: %.0f"
          + " (what 2 idle cores would give: about twice that per second)%n", round,
          queries / (cpu.get() / 1e9));
    }
    imageThroughput(images);
  }

  private static void imageThroughput(int count) throws IOException, ImageDecodeException {
    List<byte[]> jpegs = new ArrayList<>();
    Random r = new Random(5);
    for (int i = 0; i < Math.min(count, 50); i++) {
      BufferedImage img = new BufferedImage(800, 800, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = img.createGraphics();
      for (int k = 0; k < 20; k++) {
        g.setColor(new Color(r.nextInt(0xffffff)));
        g.fillOval(r.nextInt(800) - 100, r.nextInt(800) - 100, 50 + r.nextInt(400), 50 + r.nextInt(400));
      }
      g.dispose();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, "jpeg", out);
      jpegs.add(out.toByteArray());
    }
    ImageFingerprinter hasher = ImageFingerprinter.standard();
    for (int round = 0; round < 2; round++) {
      long d0 = System.nanoTime();
      for (int i = 0; i < count; i++) {
        ImageIO.read(new ByteArrayInputStream(jpegs.get(i % jpegs.size())));
      }
      double decode = (System.nanoTime() - d0) / 1e9;
      long h0 = System.nanoTime();
      for (int i = 0; i < count; i++) {
        hasher.fingerprint(jpegs.get(i % jpegs.size()));
      }
      double hash = (System.nanoTime() - h0) / 1e9;
      System.out.printf("round %d: 800x800 JPEG, one thread: ImageIO decode only %.0f images/s;"
          + " decode + SHA-256 + PDQ + dHash %.0f images/s%n", round, count / decode, count / hash);
    }
  }

  private static String title(Random r) {
    StringBuilder sb = new StringBuilder(BRANDS[r.nextInt(BRANDS.length)]).append(' ')
        .append(PRODUCTS[r.nextInt(PRODUCTS.length)]);
    int words = 4 + r.nextInt(6);
    for (int i = 0; i < words; i++) {
      sb.append(' ').append(VOCABULARY[r.nextInt(VOCABULARY.length)]);
    }
    return sb.toString();
  }

  /** A re-listing: words shuffled, one replaced, another seller. */
  static Listing reword(Listing l, Random r, int i) {
    List<String> words = new ArrayList<>(List.of(l.title().split(" ")));
    Collections.shuffle(words, r);
    words.set(r.nextInt(words.size()), VOCABULARY[r.nextInt(VOCABULARY.length)]);
    return Listing.builder("Q" + i, String.join(" ", words)).seller(Seller.of("new-" + i)).build();
  }
}
