package dev.marque.benchmarks.relist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marque.core.Listing;
import dev.marque.core.Money;
import dev.marque.core.Seller;
import dev.marque.matching.fingerprint.ImageDecodeException;
import dev.marque.matching.fingerprint.ImageFingerprint;
import dev.marque.matching.fingerprint.ImageFingerprinter;
import dev.marque.matching.fingerprint.ListingImage;
import dev.marque.matching.fingerprint.Relisting;
import dev.marque.matching.fingerprint.RelistingIndex;
import dev.marque.matching.fingerprint.internal.CommonShingles;
import dev.marque.matching.fingerprint.internal.ShingleCounts;
import dev.marque.matching.fingerprint.internal.TextShingles;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Precision and recall of re-listing detection on outside photographs, per transformation of the
 * photo, and of text near-duplicates, from the material {@code benchmarks/relist/fetch-photos.sh}
 * fetches (Debian wallpaper packages, simple-icons brand names, faker's product words):
 * {@code benchmarks/relist/fetch-photos.sh && java -cp benchmarks/target/benchmarks.jar
 * dev.marque.benchmarks.relist.RelistingEval [cache-dir]}. A second, fresh set of photos, never
 * used to choose a parameter (once to decide against a change): {@code benchmarks/relist/fetch-fresh-photos.sh}, then the same
 * command with {@code ~/.cache/marque-relist-fresh} as the cache directory.
 *
 * <p>The labelled set, seeded and rebuilt the same each run:
 *
 * <ul>
 *   <li>Each wallpaper is scaled to 1600 pixels wide and cut in two: its left half is the photo of
 *     a removed product (kept as a JPEG of quality 90), its right half the photo of another item.
 *   <li>A removed listing per wallpaper: a brand (15 simple-icons names, so each brand has about four
 *     products), a title from faker's adjective, material and product words plus seller words, a
 *     templated description, a seller.
 *   <li>A re-listing per removed listing and transformation: the title reworded and reordered (a
 *     word dropped, cue words added, the brand sometimes spaced out or moved), the description's
 *     sentences reordered, another seller and price, and the photo transformed.
 *   <li>Three other products of the same brand per removed listing: the same product word with
 *     other adjectives and materials (a similar title, the same description template), each with
 *     the photo of another item (the right half of a following wallpaper, so one in three shares
 *     the scene of a removed photo), transformed the same way.
 * </ul>
 *
 * <p>Printed: per transformation, how often the photo alone matches (PDQ within
 * {@value RelistingIndex#PDQ_RADIUS}, dHash within {@value RelistingIndex#DHASH_RADIUS}, either),
 * and what {@link RelistingIndex#find} reports for the listings: re-listings found, and other
 * products wrongly matched. Then text alone: the same queries without photos. Then, per set of
 * transformations, what matched the re-listings found (the best photo's basis) and the misses
 * with their distances.
 *
 * <p>The framed rows (a photo shrunk into a shop's template, in both sets) were added on
 * 2026-12-04 with the plain-border crop they measure; its thresholds were chosen on the tuning
 * half's fixed frame and on drawn pictures, the seeded frame row of the independent set was not
 * used to choose them.
 */
public final class RelistingEval {
  private static final int WIDTH = 1600;
  private static final int BRANDS = 15;
  private static final int OTHERS_PER_PRODUCT = 3;
  /** Meta's line between a PDQ hash worth comparing and a featureless picture's. */
  private static final int FEATURED = 50;
  private static final String[] CUES = {"hot sale", "2026 new", "free shipping", "best quality",
      "top", "original", "limited", "fast delivery"};
  private static final String[] EXTRAS = {"for women", "for men", "gift box", "unisex",
      "black", "brown", "white", "large", "small", "classic", "premium", "with dust bag"};

  private final ImageFingerprinter hasher = ImageFingerprinter.standard();
  private final Path cwebp;
  private final Path tmp;

  private RelistingEval(Path cwebp, Path tmp) {
    this.cwebp = cwebp;
    this.tmp = tmp;
  }

  /**
   * Runs the evaluation and prints its tables (Markdown).
   *
   * @param args the cache directory fetch-photos.sh filled (default ~/.cache/marque-relist)
   * @throws Exception when the material is missing or cannot be read
   */
  public static void main(String[] args) throws Exception {
    Path cache = Path.of(args.length > 0 ? args[0]
        : System.getProperty("user.home") + "/.cache/marque-relist");
    Path photosDir = cache.resolve("photos");
    if (!Files.isDirectory(photosDir)) {
      throw new IllegalStateException(photosDir + " is missing: run benchmarks/relist/fetch-photos.sh"
          + " first");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(photosDir)) {
      files = s.sorted().toList();
    }
    Path tmp = Files.createTempDirectory("relist-eval");
    RelistingEval eval = new RelistingEval(cache.resolve("cwebp"), tmp);
    try {
      eval.run(cache, files);
    } finally {
      try (Stream<Path> s = Files.list(tmp)) {
        for (Path p : (Iterable<Path>) s::iterator) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(tmp);
    }
  }

  private record Product(String id, String brand, String adjective, String material, String noun,
      List<String> extras, String seller) {
    String title() {
      return brand + " " + adjective + " " + material + " " + noun + " " + String.join(" ", extras);
    }

    String description() {
      return "This " + adjective.toLowerCase(Locale.ROOT) + " " + noun.toLowerCase(Locale.ROOT)
          + " is made of " + material.toLowerCase(Locale.ROOT) + ". Ships in 48 hours from our"
          + " warehouse. Contact us for wholesale prices.";
    }
  }

  /** Which half of the photos a file belongs to: a fixed, seeded hash of its name. */
  static boolean heldOut(String fileName) {
    String hex = ImageFingerprinter.sha256(("marque-relist-holdout-14:" + fileName)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return Integer.parseInt(hex.substring(0, 2), 16) % 2 == 1;
  }

  private void run(Path cache, List<Path> files) throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode commerce = json.readTree(cache.resolve("commerce.json").toFile());
    List<String> adjectives = strings(commerce.get("adjective"));
    List<String> materials = strings(commerce.get("material"));
    List<String> nouns = strings(commerce.get("product"));
    List<String> brandPool = new ArrayList<>();
    for (JsonNode icon : json.readTree(cache.resolve("simple-icons.json").toFile())) {
      String t = icon.get("title").asText();
      if (t.matches("[A-Z][a-z]{3,9}")) {
        brandPool.add(t);
      }
    }
    Collections.shuffle(brandPool, new Random(14));
    List<String> brands = brandPool.subList(0, BRANDS);
    String only = System.getProperty("transforms", "");
    String half = System.getProperty("half", "");
    String set = System.getProperty("set", "");
    if (set.isEmpty() || set.equals("variants")) {
      evaluateVariants(brands, adjectives, materials, nouns);
    }
    for (boolean held : new boolean[] {false, true}) {
      if (set.equals("variants")) {
        break;
      }
      if (!half.isEmpty() && held != half.equals("held-out")) {
        continue;
      }
      List<Path> mine = files.stream().filter(f -> heldOut(f.getFileName().toString()) == held)
          .toList();
      Photos photos = Photos.of(mine);
      for (boolean independent : new boolean[] {false, true}) {
        if (!set.isEmpty() && independent != set.equals("independent")) {
          continue;
        }
        Map<String, Edit> transforms = independent ? independentTransforms() : tuningTransforms();
        transforms.keySet().removeIf(k -> !k.contains(only));
        System.out.printf("%n## %s half (%d photos), %s transformations%n%n",
            held ? "held-out" : "tuning", photos.size(),
            independent ? "independent (seeded per photo)" : "tuning");
        evaluate(photos, transforms, brands, adjectives, materials, nouns, !independent);
      }
    }
  }

  /** Drawn products of which one variant was removed, in {@link #evaluateVariants}. */
  private static final int VARIANT_PRODUCTS = 30;
  /** Other variants of each, photographed alike. */
  private static final int VARIANTS_PER_PRODUCT = 2;
  /** The extras of a title that name no colour. */
  private static final String[] PLAIN_EXTRAS = {"for women", "for men", "gift box", "unisex",
      "large", "small", "classic", "premium", "with dust bag"};

  /**
   * Products photographed alike ({@link DrawnProducts}: drawn by marque, not outside material):
   * one variant of each product removed; its re-listing (the title reworded, the photo under the
   * independent set's everything-at-once transformation), and the product's other variants, each
   * in another colour with its print placed otherwise, on the same table, titled as the removed
   * one but for its colour, or with no colour word at all.
   */
  private void evaluateVariants(List<String> brands, List<String> adjectives,
      List<String> materials, List<String> nouns) {
    Random r = new Random(1404);
    Map<String, Edit> independent = independentTransforms();
    String allKey = independent.keySet().stream().filter(k -> k.startsWith("all:")).findFirst()
        .orElseThrow();
    Edit all = independent.get(allKey);
    RelistingIndex.Builder builder = RelistingIndex.builder();
    List<Product> products = new ArrayList<>();
    List<ImageFingerprint> relistPhotos = new ArrayList<>();
    List<Product> variants = new ArrayList<>();
    List<Product> plainVariants = new ArrayList<>();
    List<ImageFingerprint> variantPhotos = new ArrayList<>();
    int leathers = DrawnProducts.LEATHERS.length;
    for (int i = 0; i < VARIANT_PRODUCTS; i++) {
      int own = r.nextInt(leathers);
      DrawnProducts.Leather leather = DrawnProducts.LEATHERS[own];
      String extra = PLAIN_EXTRAS[r.nextInt(PLAIN_EXTRAS.length)];
      Product p = new Product("V" + i, brands.get(i % BRANDS), pick(adjectives, r),
          pick(materials, r), pick(nouns, r), List.of(leather.word(), extra), "shop-" + i);
      products.add(p);
      BufferedImage photo = DrawnProducts.photo(i, leather, 7_000L + i, 480);
      builder.add(listing(p.id(), p.title(), p.description(), p.seller(), "49.90"),
          List.of(new ListingImage("v" + i + ".jpg", fingerprint(jpeg(photo, 0.9f)))));
      relistPhotos.add(fingerprint(all.apply(photo, new Random(31L * i))));
      for (int k = 1; k <= VARIANTS_PER_PRODUCT; k++) {
        DrawnProducts.Leather other = DrawnProducts.LEATHERS[(own + 3 * k) % leathers];
        variants.add(new Product("W" + i + "-" + k, p.brand(), p.adjective(), p.material(),
            p.noun(), List.of(other.word(), extra), p.seller()));
        plainVariants.add(new Product("X" + i + "-" + k, p.brand(), p.adjective(), p.material(),
            p.noun(), List.of(extra), p.seller()));
        variantPhotos.add(fingerprint(jpeg(DrawnProducts.photo(i, other, 9_000L + 10L * i + k,
            480), 0.85f)));
      }
    }
    RelistingIndex index = builder.build();
    int found = 0;
    for (int i = 0; i < VARIANT_PRODUCTS; i++) {
      Product p = products.get(i);
      Listing back = listing("Q" + i, reword(p, r), rewordDescription(p, r), "new-" + i, "39.00");
      found += index.find(back, List.of(new ListingImage("q" + i + ".jpg", relistPhotos.get(i))))
          .stream().anyMatch(h -> h.removedId().equals(p.id())) ? 1 : 0;
    }
    Map<String, Integer> wrongBy = new java.util.TreeMap<>();
    int[] wrong = new int[2];
    for (int v = 0; v < variants.size(); v++) {
      List<ListingImage> photo = List.of(new ListingImage("w.jpg", variantPhotos.get(v)));
      for (int named = 0; named < 2; named++) {
        Product vp = (named == 0 ? variants : plainVariants).get(v);
        List<Relisting> hits = index.find(
            listing(vp.id(), vp.title(), vp.description(), vp.seller(), "49.90"), photo);
        if (!hits.isEmpty()) {
          wrong[named]++;
          wrongBy.merge((named == 0 ? "naming its colour: " : "naming no colour: ")
              + (hits.get(0).images().isEmpty() ? "text alone"
                  : hits.get(0).images().get(0).basis().name().toLowerCase(Locale.ROOT)),
              1, Integer::sum);
        }
      }
    }
    int m = variants.size();
    System.out.printf("%n## products photographed alike (drawn by marque, %d products, %d other"
        + " variants each)%n%n", VARIANT_PRODUCTS, VARIANTS_PER_PRODUCT);
    System.out.println("| what | count |");
    System.out.println("| --- | ---: |");
    System.out.printf("| re-listings found (reworded; photo: %s) | %d of %d (%s) |%n", allKey,
        found, VARIANT_PRODUCTS, pct(found, VARIANT_PRODUCTS));
    System.out.printf("| other variants wrongly matched, titled as the removed one but for their"
        + " colour | %d of %d (%s) |%n", wrong[0], m, pct(wrong[0], m));
    System.out.printf("| other variants wrongly matched, titled as the removed one without its"
        + " colour word | %d of %d (%s) |%n", wrong[1], m, pct(wrong[1], m));
    System.out.println();
    System.out.println("Variants wrongly matched, by what matched: " + wrongBy);
  }

  /** The photos of one half: each wallpaper's left half (a removed product), right half (another). */
  private record Photos(List<BufferedImage> left, List<BufferedImage> right, List<String> names) {
    static Photos of(List<Path> files) throws IOException {
      List<BufferedImage> left = new ArrayList<>();
      List<BufferedImage> right = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (Path f : files) {
        BufferedImage img = ImageIO.read(f.toFile());
        if (img == null) {
          System.err.println("skipped (not decodable by ImageIO): " + f.getFileName());
          continue;
        }
        BufferedImage scaled = resize(img, (double) WIDTH / img.getWidth());
        left.add(copy(scaled.getSubimage(0, 0, WIDTH / 2, scaled.getHeight())));
        right.add(copy(scaled.getSubimage(WIDTH / 2, 0, WIDTH / 2, scaled.getHeight())));
        names.add(f.getFileName().toString());
      }
      return new Photos(left, right, names);
    }

    int size() {
      return left.size();
    }
  }

  /** A transformation of a photo, given a per-photo seed; returns the encoded file. */
  @FunctionalInterface
  interface Edit {
    byte[] apply(BufferedImage img, Random r);
  }

  /** The transformations the parameters were tuned on (fixed amounts and places). */
  private Map<String, Edit> tuningTransforms() {
    Map<String, Edit> t = new LinkedHashMap<>();
    t.put("identical file", (img, r) -> jpeg(img, 0.9f));
    t.put("JPEG quality 50", (img, r) -> jpeg(img, 0.5f));
    t.put("JPEG quality 20", (img, r) -> jpeg(img, 0.2f));
    t.put("resized to 50%", (img, r) -> jpeg(resize(img, 0.5), 0.85f));
    t.put("resized to 25%", (img, r) -> jpeg(resize(img, 0.25), 0.85f));
    t.put("cropped 5% (centred)", (img, r) -> jpeg(crop(img, 0.05, 0.5), 0.85f));
    t.put("cropped 10% (centred)", (img, r) -> jpeg(crop(img, 0.10, 0.5), 0.85f));
    t.put("cropped 10% (one corner)", (img, r) -> jpeg(crop(img, 0.10, 0.0), 0.85f));
    t.put("cropped 7% (off the grid: 30% of it from the left and top)",
        (img, r) -> jpeg(crop(img, 0.07, 0.3), 0.85f));
    t.put("watermark: banner and diagonal text", (img, r) -> jpeg(watermark(img), 0.85f));
    t.put("WebP quality 75", (img, r) -> webp(img, 75));
    t.put("framed: shrunk to 85% into a shop's template",
        (img, r) -> jpeg(framed(img, 0.85, new Color(240, 200, 40), "HOT SALE 50% OFF", 0.75,
            new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, img.getHeight() / 20))), 0.85f));
    t.put("all: 70%, crop 5%, watermark, JPEG 60",
        (img, r) -> jpeg(watermark(crop(resize(img, 0.7), 0.05, 0.3)), 0.6f));
    return t;
  }

  /**
   * The independent transformations, written after the parameters were chosen and never used to
   * choose them: every amount, place, colour and word drawn per photo from the seeded generator,
   * and watermarks of other kinds (semi-transparent text in the centre, a logo in a corner, text
   * tiled over the whole picture).
   */
  private Map<String, Edit> independentTransforms() {
    Map<String, Edit> t = new LinkedHashMap<>();
    t.put("JPEG quality 25-70", (img, r) -> jpeg(img, 0.25f + 0.45f * r.nextFloat()));
    t.put("resized to 30-80%, JPEG 80",
        (img, r) -> jpeg(resize(img, 0.3 + 0.5 * r.nextDouble()), 0.8f));
    t.put("cropped 3-10% of width and of height, anywhere", (img, r) -> jpeg(cropAnywhere(img, r),
        0.85f));
    t.put("WebP quality 50-85", (img, r) -> webp(img, 50 + r.nextInt(36)));
    t.put("watermark: semi-transparent text, centre", (img, r) -> jpeg(centreText(img, r), 0.8f));
    t.put("watermark: logo in a corner", (img, r) -> jpeg(cornerLogo(img, r), 0.8f));
    t.put("watermark: text tiled over the picture", (img, r) -> jpeg(tiled(img, r), 0.8f));
    t.put("framed: shrunk to 80-92% into a template of any colour, JPEG 60-85", (img, r) -> {
      double scale = 0.80 + 0.12 * r.nextDouble();
      Color colour = new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256));
      String words = pick(MARKS, r);
      double where = r.nextDouble();
      Font f = font(r, (int) (img.getHeight() * (1 - scale) / 3));
      return jpeg(framed(img, scale, colour, words, where, f), 0.6f + 0.25f * r.nextFloat());
    });
    t.put("all: resized 50-90%, cropped 3-8%, a watermark, JPEG 40-75", (img, r) -> {
      BufferedImage x = cropAnywhere(resize(img, 0.5 + 0.4 * r.nextDouble()), r, 0.03, 0.08);
      x = switch (r.nextInt(3)) {
        case 0 -> centreText(x, r);
        case 1 -> cornerLogo(x, r);
        default -> tiled(x, r);
      };
      return jpeg(x, 0.4f + 0.35f * r.nextFloat());
    });
    return t;
  }

  private void evaluate(Photos photos, Map<String, Edit> transforms, List<String> brands,
      List<String> adjectives, List<String> materials, List<String> nouns, boolean textRows) {
    List<BufferedImage> left = photos.left();
    List<BufferedImage> right = photos.right();
    List<String> names = photos.names();
    int n = photos.size();
    Random r = new Random(14);
    List<Product> products = new ArrayList<>();
    List<List<ListingImage>> removedImages = new ArrayList<>();
    RelistingIndex.Builder builder = RelistingIndex.builder();
    for (int i = 0; i < n; i++) {
      Product p = new Product("R" + i, brands.get(i % BRANDS), pick(adjectives, r),
          pick(materials, r), pick(nouns, r), List.of(pick(EXTRAS, r), pick(EXTRAS, r)),
          "seller-" + i);
      products.add(p);
      List<ListingImage> imgs = List.of(new ListingImage(names.get(i) + "#left",
          fingerprint(jpeg(left.get(i), 0.9f))));
      removedImages.add(imgs);
      builder.add(listing(p.id(), p.title(), p.description(), p.seller(), "49.90"), imgs);
    }
    RelistingIndex index = builder.build();
    RelistingIndex.Builder titles = RelistingIndex.builder();
    for (Product p : products) {
      titles.add(Listing.builder(p.id(), p.title()).seller(Seller.of(p.seller())).build(),
          List.of());
    }
    RelistingIndex titleIndex = titles.build();
    // the text-alone rows' rarity-weighted Jaccard, measured as the index measures it: the
    // evidence for RelistingIndex.RARE_TEXT_DILUTED
    Rarity rarity = new Rarity(products, false);
    Rarity titleRarity = new Rarity(products, true);
    List<Product> others = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Product p = products.get(i);
      for (int k = 0; k < OTHERS_PER_PRODUCT; k++) {
        String adj;
        String mat;
        do {
          adj = pick(adjectives, r);
          mat = pick(materials, r);
        } while (adj.equals(p.adjective()) && mat.equals(p.material()));
        others.add(new Product("N" + i + "-" + k, p.brand(), adj, mat, p.noun(),
            List.of(pick(EXTRAS, r), pick(EXTRAS, r)), "other-" + i + "-" + k));
      }
    }
    int featured = 0;
    for (List<ListingImage> li : removedImages) {
      featured += li.get(0).fingerprint().quality() >= FEATURED ? 1 : 0;
    }
    int pairs = n * OTHERS_PER_PRODUCT * n;
    StringBuilder table = new StringBuilder("| transformation | re-listings found (of " + n
        + ") | of those whose removed photo has PDQ quality ≥ " + FEATURED + " (of " + featured
        + ") | other products of the brand wrongly matched (of " + others.size() + ") | precision"
        + " | photo pairs of different items matching (of " + pairs + ") |\n"
        + "| --- | ---: | ---: | ---: | ---: | ---: |\n");
    List<String> wrong = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    // the text Jaccard of matches made by a dHash pair alone (no PDQ pair within the radius): the
    // evidence for TEXT_WITH_DHASH, re-listings against other products
    List<Double> dHashOnlyFound = new ArrayList<>();
    List<Double> dHashOnlyWrong = new ArrayList<>();
    // what matched the re-listings found with a photo: the best photo's basis, or text alone
    Map<String, Integer> foundBy = new java.util.TreeMap<>();
    // the colour layout distances of photo pairs within the PDQ radius only once eroded (no pair
    // of the pictures as they are is): a re-listing's photo and its removed one, against a photo
    // of another item and a removed one
    List<Double> erodedOnlyRelist = new ArrayList<>();
    List<Double> erodedOnlyOther = new ArrayList<>();
    // the same for pairs matching by a dHash pair alone (neither PDQ distance within the radius),
    // both photos featured
    List<Double> dHashOnlyFeaturedRelist = new ArrayList<>();
    List<Double> dHashOnlyFeaturedOther = new ArrayList<>();
    Tally text = new Tally();
    Tally titleOnly = new Tally();
    boolean textDone = !textRows;
    for (Map.Entry<String, Edit> t : transforms.entrySet()) {
      int otherPairs = 0;
      int foundFeatured = 0;
      Tally now = new Tally();
      // the photos first, on every core, each with its own seeded generator (the listings below
      // use the shared seeded Random in order)
      Edit edit = t.getValue();
      int salt = t.getKey().hashCode();
      List<ImageFingerprint> relistPhotos = IntStream.range(0, n).parallel()
          .mapToObj(i -> fingerprint(edit.apply(left.get(i), new Random(salt * 31L + i))))
          .toList();
      List<ImageFingerprint> otherPhotos = IntStream.range(0, others.size()).parallel()
          .mapToObj(o -> fingerprint(edit.apply(right.get(photoOf(o, n)),
              new Random(salt * 31L + 100_000 + o))))
          .toList();
      for (int i = 0; i < n; i++) {
        Product p = products.get(i);
        ImageFingerprint q = relistPhotos.get(i);
        Listing back = listing("Q" + i, reword(p, r), rewordDescription(p, r), "new-" + i,
            "39.00");
        List<ListingImage> photo = List.of(new ListingImage("q" + i + ".jpg", q));
        List<Relisting> hits = index.find(back, photo);
        int before = now.found;
        now.relisting(hits, p.id());
        ImageFingerprint orig = removedImages.get(i).get(0).fingerprint();
        if (erodedOnly(q, orig)) {
          erodedOnlyRelist.add(q.colourDistance(orig));
        }
        if (dHashOnlyFeatured(q, orig)) {
          dHashOnlyFeaturedRelist.add(q.colourDistance(orig));
        }
        if (now.found > before) {
          foundFeatured += orig.quality() >= FEATURED ? 1 : 0;
          Relisting own = hits.stream().filter(h -> h.removedId().equals(p.id())).findFirst()
              .orElseThrow();
          if (byDHashAlone(own)) {
            dHashOnlyFound.add(own.text());
          }
          foundBy.merge(own.images().isEmpty() ? "text alone"
              : own.images().get(0).basis().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
        } else {
          missed.add(t.getKey() + ": " + names.get(i) + " (PDQ quality " + orig.quality()
              + ", PDQ distance whole/cropped " + q.pdq().distance(orig.pdq()) + "/"
              + q.cropDistance(orig) + ", dHash " + q.dHashDistance(orig)
              + String.format(Locale.ROOT, ", colour layout %.1f, removed's from flat %.1f,"
                  + " text %.2f", q.colourDistance(orig), orig.colours().distanceFromFlat(),
                  TextShingles.jaccard(
                      TextShingles.of(back.title(), back.description().orElse("")),
                      TextShingles.of(p.title(), p.description())))
              + (RelistingIndex.photosMatch(q, orig) ? ", the photos match by the index's rule"
                  : "") + ")");
        }
        for (Relisting h : hits) {
          if (!h.removedId().equals(p.id())) {
            wrong.add(t.getKey() + ": re-listing of " + p.id() + " (" + names.get(i) + ") also"
                + " matched " + h.removedId() + " (" + names.get(idOf(h)) + "), text "
                + h.text() + ", images " + h.images());
          }
        }
        if (!textDone) {
          text.relisting(index.find(back, List.of()), p.id());
          rarity.relisting(back.title(), back.description().orElse(""), i);
          titleRarity.relisting(back.title(), "", i);
          Listing t1 = Listing.builder(back.id(), back.title()).seller(Seller.of("new-" + i))
              .build();
          titleOnly.relisting(titleIndex.find(t1, List.of()), p.id());
        }
      }
      for (int o = 0; o < others.size(); o++) {
        Product p = others.get(o);
        ImageFingerprint q = otherPhotos.get(o);
        for (int j = 0; j < n; j++) {
          ImageFingerprint removed = removedImages.get(j).get(0).fingerprint();
          otherPairs += RelistingIndex.photosMatch(q, removed) ? 1 : 0;
          if (erodedOnly(q, removed)) {
            erodedOnlyOther.add(q.colourDistance(removed));
          }
          if (dHashOnlyFeatured(q, removed)) {
            dHashOnlyFeaturedOther.add(q.colourDistance(removed));
          }
        }
        Listing other = listing(p.id(), p.title(), p.description(), p.seller(), "45.00");
        List<Relisting> hits = index.find(other, List.of(new ListingImage("o.jpg", q)));
        now.other(hits);
        hits.stream().filter(RelistingEval::byDHashAlone)
            .forEach(h -> dHashOnlyWrong.add(h.text()));
        if (!hits.isEmpty()) {
          wrong.add(t.getKey() + ": other product " + p.id() + " '" + p.title() + "' (photo: right"
              + " half of " + names.get(photoOf(o, n)) + ") matched " + hits.get(0).removedId()
              + " '" + products.get(idOf(hits.get(0))).title() + "', text " + hits.get(0).text()
              + ", images " + hits.get(0).images());
        }
        if (!textDone) {
          List<Relisting> byText = index.find(other, List.of());
          rarity.other(p.title(), p.description());
          titleRarity.other(p.title(), "");
          text.other(byText);
          Listing t1 = Listing.builder(p.id(), p.title()).seller(Seller.of(p.seller())).build();
          List<Relisting> byTitle = titleIndex.find(t1, List.of());
          titleOnly.other(byTitle);
          for (Relisting h : byText) {
            wrong.add("text alone: other product '" + p.title() + "' matched " + h.removedId()
                + " '" + products.get(idOf(h)).title() + "', text " + h.text());
          }
          for (Relisting h : byTitle) {
            wrong.add("title alone: other product '" + p.title() + "' matched " + h.removedId()
                + " '" + products.get(idOf(h)).title() + "', text " + h.text());
          }
        }
      }
      textDone = true;
      String line = String.format("| %s | %d (%s) | %d (%s) | %d (%s) | %s | %d (%s) |%n",
          t.getKey(), now.found, pct(now.found, n), foundFeatured, pct(foundFeatured, featured),
          now.wronglyMatched, pct(now.wronglyMatched, others.size()),
          pct(now.correct, now.reported), otherPairs, pct(otherPairs, pairs));
      table.append(line);
      System.out.print(line); // as it goes, so that a long run shows its rows before the end
      System.out.flush();
    }
    if (textRows) {
      table.append(String.format("| text alone: templated descriptions, no photo | %d (%s) | |"
          + " %d (%s) | %s | |%n", text.found, pct(text.found, n), text.wronglyMatched,
          pct(text.wronglyMatched, others.size()), pct(text.correct, text.reported)));
      table.append(String.format("| text alone, titles only (no description, no photo) | %d (%s)"
          + " | | %d (%s) | %s | |%n", titleOnly.found, pct(titleOnly.found, n),
          titleOnly.wronglyMatched, pct(titleOnly.wronglyMatched, others.size()),
          pct(titleOnly.correct, titleOnly.reported)));
    }
    System.out.println();
    System.out.println(table);
    if (textRows) {
      System.out.println("Text alone, rarity-weighted Jaccard (" + RelistingIndex.RARE_TEXT_ALONE
          + " needed with plain Jaccard " + RelistingIndex.TEXT_ALONE + ", "
          + RelistingIndex.RARE_TEXT_DILUTED + " with " + RelistingIndex.DILUTED_TEXT_FLOOR
          + "), with templated descriptions: re-listings and their"
          + " removed listing " + rounded(rarity.relistings, 2) + "; other products and the nearest"
          + " removed listing " + rounded(rarity.others, 2));
      System.out.println("Text alone, titles only, the same: re-listings "
          + rounded(titleRarity.relistings, 2) + "; other products " + rounded(titleRarity.others, 2));
    }
    System.out.println("Matches by a dHash pair alone (no PDQ pair within "
        + RelistingIndex.PDQ_RADIUS + "), their text Jaccard: re-listings " + sorted(dHashOnlyFound)
        + "; other products " + sorted(dHashOnlyWrong));
    System.out.println("Re-listings with a photo found, by what matched (all rows): " + foundBy);
    System.out.println("Photo pairs within PDQ " + RelistingIndex.PDQ_RADIUS + " only once eroded,"
        + " their colour layout distance: re-listing and removed photo " + rounded(erodedOnlyRelist)
        + "; another item's photo and a removed one " + rounded(erodedOnlyOther));
    System.out.println("Photo pairs of featured photos matching by a dHash pair alone, their"
        + " colour layout distance: re-listing and removed photo " + rounded(dHashOnlyFeaturedRelist)
        + "; another item's photo and a removed one " + rounded(dHashOnlyFeaturedOther));
    System.out.println("Missed (" + missed.size() + "):");
    missed.forEach(m -> System.out.println("  " + m));
    System.out.println("Wrong matches (" + wrong.size() + "; the first 40):");
    wrong.stream().limit(40).forEach(w -> System.out.println("  " + w));
  }

  /** Whether the photos are within the PDQ radius eroded, and not as they are. */
  private static boolean erodedOnly(ImageFingerprint a, ImageFingerprint b) {
    return a.cropDistance(b) > RelistingIndex.PDQ_RADIUS
        && a.erodedDistance(b) <= RelistingIndex.PDQ_RADIUS;
  }

  /**
   * Whether the photos, both featured, match by a dHash pair under the PDQ guard and by no PDQ
   * distance, as they are or eroded.
   */
  private static boolean dHashOnlyFeatured(ImageFingerprint a, ImageFingerprint b) {
    return Math.min(a.quality(), b.quality()) >= FEATURED
        && a.cropDistance(b) > RelistingIndex.PDQ_RADIUS
        && a.erodedDistance(b) > RelistingIndex.PDQ_RADIUS
        && a.dHashMatches(b, RelistingIndex.DHASH_RADIUS, RelistingIndex.DHASH_PDQ_GUARD);
  }

  /** The photo of another item that other product {@code o} shows: a following wallpaper's. */
  private static int photoOf(int o, int n) {
    return (o / OTHERS_PER_PRODUCT + 1 + o % OTHERS_PER_PRODUCT) % n;
  }

  /**
   * The rarity-weighted Jaccard of queries against the removed listings, computed as {@link
   * RelistingIndex} computes it (the boilerplate set aside, each shingle weighted by how many
   * removed listings have it), whether or not the index's candidates bring the pair up.
   */
  private static final class Rarity {
    private final int[] common;
    private final int[][] removed;
    private final ShingleCounts counts;
    final List<Double> relistings = new ArrayList<>();
    final List<Double> others = new ArrayList<>();

    Rarity(List<Product> products, boolean titlesOnly) {
      int[][] raw = products.stream()
          .map(p -> TextShingles.of(p.title(), titlesOnly ? "" : p.description()))
          .toArray(int[][]::new);
      common = CommonShingles.of(raw, RelistingIndex.BOILERPLATE_SHARE,
          RelistingIndex.BOILERPLATE_MIN_LISTINGS);
      removed = new int[raw.length][];
      for (int i = 0; i < raw.length; i++) {
        removed[i] = CommonShingles.without(raw[i], common);
      }
      counts = ShingleCounts.of(removed);
    }

    private int[] query(String title, String description) {
      return CommonShingles.without(TextShingles.of(title, description), common);
    }

    void relisting(String title, String description, int own) {
      relistings.add(counts.weightedJaccard(query(title, description), removed[own]));
    }

    void other(String title, String description) {
      int[] q = query(title, description);
      double best = 0;
      for (int[] r : removed) {
        best = Math.max(best, counts.weightedJaccard(q, r));
      }
      others.add(best);
    }
  }

  /** What RelistingIndex.find reported for one kind of query. */
  private static final class Tally {
    int found;
    int wronglyMatched;
    int reported;
    int correct;

    void relisting(List<Relisting> hits, String removedId) {
      reported += hits.size();
      long right = hits.stream().filter(h -> h.removedId().equals(removedId)).count();
      correct += (int) right;
      found += right > 0 ? 1 : 0;
    }

    void other(List<Relisting> hits) {
      reported += hits.size();
      wronglyMatched += hits.isEmpty() ? 0 : 1;
    }
  }

  /** Whether a match stands on a dHash pair alone: photo evidence, none within PDQ's radius. */
  private static boolean byDHashAlone(Relisting h) {
    return !h.images().isEmpty() && h.images().stream()
        .allMatch(e -> e.distance() > RelistingIndex.PDQ_RADIUS);
  }

  private static List<Double> sorted(List<Double> values) {
    return values.stream().sorted().toList();
  }

  /** The values sorted, to one decimal. */
  private static List<String> rounded(List<Double> values) {
    return rounded(values, 1);
  }

  /** The values sorted, to {@code digits} decimals. */
  private static List<String> rounded(List<Double> values, int digits) {
    String format = "%." + digits + "f";
    return values.stream().sorted().map(v -> String.format(Locale.ROOT, format, v)).toList();
  }

  private static int idOf(Relisting h) {
    return Integer.parseInt(h.removedId().substring(1));
  }

  private static String pct(int part, int whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static String pick(List<String> from, Random r) {
    return from.get(r.nextInt(from.size()));
  }

  private static String pick(String[] from, Random r) {
    return from[r.nextInt(from.length)];
  }

  private static Listing listing(String id, String title, String description, String seller,
      String price) {
    return Listing.builder(id, title).description(description).price(Money.of(price, "USD"))
        .seller(Seller.of(seller)).build();
  }

  /** The title as a seller re-lists it: reordered, a word dropped, cue words added, case changed. */
  private static String reword(Product p, Random r) {
    List<String> words = new ArrayList<>(List.of(p.title().split(" ")));
    words.remove(0); // the brand, put back below
    words.remove(1 + r.nextInt(words.size() - 1)); // a word other than the adjective
    Collections.shuffle(words, r);
    String brand = switch (r.nextInt(4)) {
      case 0 -> String.join(" ", p.brand().toUpperCase(Locale.ROOT).split(""));
      case 1 -> p.brand().toLowerCase(Locale.ROOT);
      default -> p.brand();
    };
    words.add(r.nextInt(words.size() + 1), brand);
    words.add(r.nextInt(words.size() + 1), pick(CUES, r));
    if (r.nextBoolean()) {
      words.add(r.nextInt(words.size() + 1), pick(CUES, r));
    }
    String title = String.join(" ", words);
    return r.nextInt(3) == 0 ? title.toUpperCase(Locale.ROOT) : title;
  }

  private static String rewordDescription(Product p, Random r) {
    List<String> sentences = new ArrayList<>(List.of(p.description().split("(?<=\\.) ")));
    Collections.shuffle(sentences, r);
    sentences.set(r.nextInt(sentences.size()), "Message us on chat for more photos.");
    return String.join(" ", sentences);
  }

  private ImageFingerprint fingerprint(byte[] encoded) {
    try {
      return hasher.fingerprint(encoded);
    } catch (ImageDecodeException e) {
      throw new IllegalStateException(e);
    }
  }

  private static BufferedImage copy(BufferedImage img) {
    BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(),
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(img, 0, 0, null);
    g.dispose();
    return out;
  }

  /** A graphics context on {@code out} that draws text anti-aliased, as a shop's tool does. */
  private static Graphics2D textGraphics(BufferedImage out) {
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    return g;
  }

  /** White or black, at random, {@code alpha} opaque (0-255). */
  private static Color whiteOrBlack(Random r, int alpha) {
    return r.nextBoolean() ? new Color(255, 255, 255, alpha) : new Color(0, 0, 0, alpha);
  }

  private static BufferedImage resize(BufferedImage img, double factor) {
    int w = Math.max(1, (int) Math.round(img.getWidth() * factor));
    int h = Math.max(1, (int) Math.round(img.getHeight() * factor));
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
        RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.drawImage(img, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  /**
   * Cuts {@code fraction} of the width and of the height; {@code where} of it from the left and
   * top (0.5 centred, 0 all from the right and bottom).
   */
  private static BufferedImage crop(BufferedImage img, double fraction, double where) {
    int cw = (int) Math.round(img.getWidth() * fraction);
    int ch = (int) Math.round(img.getHeight() * fraction);
    int x = (int) Math.round(cw * where);
    int y = (int) Math.round(ch * where);
    return copy(img.getSubimage(x, y, img.getWidth() - cw, img.getHeight() - ch));
  }

  /** A shop's watermark: a semi-transparent diagonal text and an opaque corner banner. */
  private static BufferedImage watermark(BufferedImage img) {
    BufferedImage out = copy(img);
    Graphics2D g = textGraphics(out);
    int w = out.getWidth();
    int h = out.getHeight();
    g.setColor(new Color(255, 255, 255, 110));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, h / 10)));
    g.rotate(-0.5, w / 2.0, h / 2.0);
    g.drawString("LUCKY SHOP", w / 8, h / 2);
    g.rotate(0.5, w / 2.0, h / 2.0);
    g.setColor(new Color(200, 30, 30));
    g.fillRect(0, h - h / 9, w / 2, h / 9);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(6, h / 20)));
    g.drawString("FREE SHIPPING 24H", w / 40, h - h / 30);
    g.dispose();
    return out;
  }

  /**
   * The picture shrunk to {@code scale} of its size and set into a shop's template of the
   * original size: a border of {@code colour}, the picture placed {@code where} of the way down
   * (0 at the top, 1 at the bottom, centred across), and the shop's {@code words} in the border
   * above it, in black or white, whichever shows more.
   */
  private static BufferedImage framed(BufferedImage img, double scale, Color colour,
      String words, double where, Font font) {
    int w = img.getWidth();
    int h = img.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = textGraphics(out);
    g.setColor(colour);
    g.fillRect(0, 0, w, h);
    int iw = (int) Math.round(w * scale);
    int ih = (int) Math.round(h * scale);
    int top = (int) Math.round((h - ih) * where);
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
        RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.drawImage(img, (w - iw) / 2, top, iw, ih, null);
    int luma = (colour.getRed() * 299 + colour.getGreen() * 587 + colour.getBlue() * 114) / 1000;
    g.setColor(luma > 128 ? Color.BLACK : Color.WHITE);
    g.setFont(font);
    int baseline = Math.max(font.getSize(), top - font.getSize() / 3);
    g.drawString(words, w / 20, baseline);
    g.dispose();
    return out;
  }

  /** Cuts 3-10% of the width and, independently, of the height, at a random place. */
  private static BufferedImage cropAnywhere(BufferedImage img, Random r) {
    return cropAnywhere(img, r, 0.03, 0.10);
  }

  private static BufferedImage cropAnywhere(BufferedImage img, Random r, double least,
      double most) {
    int cw = (int) Math.round(img.getWidth() * (least + (most - least) * r.nextDouble()));
    int ch = (int) Math.round(img.getHeight() * (least + (most - least) * r.nextDouble()));
    int x = (int) Math.round(cw * r.nextDouble());
    int y = (int) Math.round(ch * r.nextDouble());
    return copy(img.getSubimage(x, y, img.getWidth() - cw, img.getHeight() - ch));
  }

  private static final String[] MARKS = {"MEGA DEALS", "shop888", "BEST PRICE", "Lucky Store",
      "TOP SELLER", "official"};

  private static Font font(Random r, int size) {
    String[] families = {Font.SANS_SERIF, Font.SERIF, Font.MONOSPACED};
    return new Font(families[r.nextInt(3)], r.nextBoolean() ? Font.BOLD : Font.PLAIN,
        Math.max(6, size));
  }

  /**
   * A shop's name across the middle: white or black, 35-60% opaque, a ninth to a sixth of the
   * width high, turned by up to ±0.4 radians.
   */
  private static BufferedImage centreText(BufferedImage img, Random r) {
    BufferedImage out = copy(img);
    Graphics2D g = textGraphics(out);
    int w = out.getWidth();
    int h = out.getHeight();
    int alpha = 90 + r.nextInt(64);
    g.setColor(whiteOrBlack(r, alpha));
    g.setFont(font(r, w / (6 + r.nextInt(4))));
    String text = pick(MARKS, r);
    int tw = g.getFontMetrics().stringWidth(text);
    g.rotate((r.nextDouble() - 0.5) * 0.8, w / 2.0, h / 2.0);
    g.drawString(text, (w - tw) / 2, h / 2 + g.getFont().getSize() / 3);
    g.dispose();
    return out;
  }

  /**
   * A logo in one corner: a rounded box of a random colour (70-100% opaque), 18-30% of the width,
   * with a white disc and the shop's name in it.
   */
  private static BufferedImage cornerLogo(BufferedImage img, Random r) {
    BufferedImage out = copy(img);
    Graphics2D g = textGraphics(out);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    int w = out.getWidth();
    int h = out.getHeight();
    int lw = (int) (w * (0.18 + 0.12 * r.nextDouble()));
    int lh = lw * 2 / 5;
    int corner = r.nextInt(4);
    int margin = w / 40;
    int x = (corner & 1) == 0 ? margin : w - lw - margin;
    int y = (corner & 2) == 0 ? margin : h - lh - margin;
    g.setColor(new Color(r.nextInt(200), r.nextInt(200), r.nextInt(200), 180 + r.nextInt(76)));
    g.fill(new java.awt.geom.RoundRectangle2D.Double(x, y, lw, lh, lh / 2.0, lh / 2.0));
    g.setColor(Color.WHITE);
    g.fillOval(x + lh / 6, y + lh / 6, lh * 2 / 3, lh * 2 / 3);
    g.setFont(font(r, lh / 3));
    g.drawString(pick(MARKS, r), x + lh, y + lh * 2 / 3);
    g.dispose();
    return out;
  }

  /**
   * The shop's name tiled over the whole picture on a turned grid: white or black, 20-35% opaque,
   * a fifteenth to a tenth of the width high.
   */
  private static BufferedImage tiled(BufferedImage img, Random r) {
    BufferedImage out = copy(img);
    Graphics2D g = textGraphics(out);
    int w = out.getWidth();
    int h = out.getHeight();
    int alpha = 50 + r.nextInt(40);
    g.setColor(whiteOrBlack(r, alpha));
    g.setFont(font(r, w / (10 + r.nextInt(6))));
    String text = pick(MARKS, r);
    g.rotate(-0.3 - 0.5 * r.nextDouble(), w / 2.0, h / 2.0);
    int stepX = g.getFontMetrics().stringWidth(text) * 3 / 2;
    int stepY = g.getFont().getSize() * 3;
    for (int y = -h; y < 2 * h; y += stepY) {
      int shift = (y / stepY) % 2 == 0 ? 0 : stepX / 2;
      for (int x = -w; x < 2 * w; x += stepX) {
        g.drawString(text, x + shift, y);
      }
    }
    g.dispose();
    return out;
  }

  private static byte[] jpeg(BufferedImage img, float quality) {
    try {
      Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
      ImageWriter writer = writers.next();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
        writer.setOutput(out);
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        writer.write(null, new IIOImage(img, null, null), param);
      } finally {
        writer.dispose();
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** WebP of quality 75 by Debian's cwebp (fetch-photos.sh unpacks it). */
  private byte[] webp(BufferedImage img, int quality) {
    try {
      Path png = Files.createTempFile(tmp, "in", ".png");
      Path out = Files.createTempFile(tmp, "out", ".webp");
      ImageIO.write(img, "png", png.toFile());
      Path said = Files.createTempFile(tmp, "cwebp", ".txt");
      Process p = new ProcessBuilder(cwebp.toString(), "-quiet", "-q", String.valueOf(quality), png.toString(), "-o",
          out.toString()).redirectErrorStream(true).redirectOutput(said.toFile()).start();
      // a file, not a pipe, and a time limit: a pipe once stayed open after cwebp had ended
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("cwebp took over 120 s on " + png);
      }
      if (p.exitValue() != 0) {
        throw new IOException("cwebp failed: " + Files.readString(said));
      }
      Files.delete(said);
      byte[] bytes = Files.readAllBytes(out);
      Files.delete(png);
      Files.delete(out);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
