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
import java.util.function.Function;
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
 * dev.marque.benchmarks.relist.RelistingEval [cache-dir]}.
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
 * products wrongly matched. Then text alone: the same queries without photos.
 */
public final class RelistingEval {
  private static final int WIDTH = 1600;
  private static final int BRANDS = 15;
  private static final int OTHERS_PER_PRODUCT = 3;
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
    Random r = new Random(14);
    Collections.shuffle(brandPool, r);
    List<String> brands = brandPool.subList(0, BRANDS);

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
    int n = left.size();
    System.out.printf("%d photos from %s; %d brands; seed 14%n%n", n, files.get(0).getParent(),
        BRANDS);

    List<Product> products = new ArrayList<>();
    List<List<ListingImage>> removedImages = new ArrayList<>();
    // "before": whole-picture hashes only and every text shingle kept, as marque matched until
    // crops were hashed and boilerplate set aside; "after": as it matches now
    RelistingIndex.Builder beforeBuilder = RelistingIndex.builder().boilerplateShare(1.0);
    RelistingIndex.Builder builder = RelistingIndex.builder();
    for (int i = 0; i < n; i++) {
      Product p = new Product("R" + i, brands.get(i % BRANDS), pick(adjectives, r),
          pick(materials, r), pick(nouns, r), List.of(pick(EXTRAS, r), pick(EXTRAS, r)),
          "seller-" + i);
      products.add(p);
      List<ListingImage> imgs = List.of(new ListingImage(names.get(i) + "#left",
          fingerprint(jpeg(left.get(i), 0.9f))));
      removedImages.add(imgs);
      Listing removed = listing(p.id(), p.title(), p.description(), p.seller(), "49.90");
      beforeBuilder.add(removed, wholeOnly(imgs));
      builder.add(removed, imgs);
    }
    RelistingIndex before = beforeBuilder.build();
    RelistingIndex index = builder.build();
    RelistingIndex.Builder titlesBefore = RelistingIndex.builder().boilerplateShare(1.0);
    RelistingIndex.Builder titlesAfter = RelistingIndex.builder();
    for (Product p : products) {
      Listing t = Listing.builder(p.id(), p.title()).seller(Seller.of(p.seller())).build();
      titlesBefore.add(t, List.of());
      titlesAfter.add(t, List.of());
    }
    RelistingIndex titleBefore = titlesBefore.build();
    RelistingIndex titleAfter = titlesAfter.build();
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

    Map<String, Function<BufferedImage, byte[]>> transforms = new LinkedHashMap<>();
    transforms.put("identical file", img -> jpeg(img, 0.9f));
    transforms.put("JPEG quality 50", img -> jpeg(img, 0.5f));
    transforms.put("JPEG quality 20", img -> jpeg(img, 0.2f));
    transforms.put("resized to 50%", img -> jpeg(resize(img, 0.5), 0.85f));
    transforms.put("resized to 25%", img -> jpeg(resize(img, 0.25), 0.85f));
    transforms.put("cropped 5% (centred)", img -> jpeg(crop(img, 0.05, 0.5), 0.85f));
    transforms.put("cropped 10% (centred)", img -> jpeg(crop(img, 0.10, 0.5), 0.85f));
    transforms.put("cropped 10% (one corner)", img -> jpeg(crop(img, 0.10, 0.0), 0.85f));
    transforms.put("cropped 7% (off the grid: 30% of it from the left and top)",
        img -> jpeg(crop(img, 0.07, 0.3), 0.85f));
    transforms.put("watermark / text overlay", img -> jpeg(watermark(img), 0.85f));
    transforms.put("WebP quality 75", this::webp);
    transforms.put("all: 70%, crop 5%, watermark, JPEG 60",
        img -> jpeg(watermark(crop(resize(img, 0.7), 0.05, 0.3)), 0.6f));

    int pairs = n * OTHERS_PER_PRODUCT * n;
    StringBuilder imageTable = new StringBuilder(
        "| transformation | photo matches its original: PDQ ≤ 31 / dHash ≤ 10 / the rule before"
            + " / the rule now (with crops) | photos of other items matching a removed photo,"
            + " before / now, of " + pairs + " pairs |\n| --- | --- | --- |\n");
    StringBuilder listingTable = new StringBuilder(
        "| transformation | re-listings found (of " + n + "), before → now | other products of"
            + " the brand wrongly matched (of " + others.size() + "), before → now | precision of"
            + " what is reported, before → now |\n| --- | ---: | ---: | ---: |\n");
    List<String> wrong = new ArrayList<>();
    Tally textBefore = new Tally();
    Tally textAfter = new Tally();
    Tally titleOnlyBefore = new Tally();
    Tally titleOnlyAfter = new Tally();
    boolean textDone = false;
    String only = System.getProperty("transforms", "");
    transforms.keySet().removeIf(k -> !k.contains(only));
    for (Map.Entry<String, Function<BufferedImage, byte[]>> t : transforms.entrySet()) {
      List<Integer> trueDh = new ArrayList<>();
      List<Integer> falseDh = new ArrayList<>();
      int pdqHits = 0;
      int dHits = 0;
      int ruleBefore = 0;
      int ruleAfter = 0;
      int otherPairsBefore = 0;
      int otherPairsAfter = 0;
      Tally was = new Tally();
      Tally now = new Tally();
      // the photos first, on every core (the listings below use the seeded Random in order)
      Function<BufferedImage, byte[]> edit = t.getValue();
      List<ImageFingerprint> relistPhotos = IntStream.range(0, n).parallel()
          .mapToObj(i -> fingerprint(edit.apply(left.get(i)))).toList();
      List<ImageFingerprint> otherPhotos = IntStream.range(0, others.size()).parallel()
          .mapToObj(o -> fingerprint(edit.apply(right.get(photoOf(o, n))))).toList();
      for (int i = 0; i < n; i++) {
        Product p = products.get(i);
        ImageFingerprint q = relistPhotos.get(i);
        ImageFingerprint orig = removedImages.get(i).get(0).fingerprint();
        boolean pdq = q.sameBytes(orig) || q.pdq().distance(orig.pdq()) <= RelistingIndex.PDQ_RADIUS;
        boolean dh = q.sameBytes(orig) || q.dHashDistance(orig) <= RelistingIndex.DHASH_RADIUS;
        if (q.dHashDistance(orig) <= RelistingIndex.DHASH_RADIUS) {
          trueDh.add(q.pdq().distance(orig.pdq()));
        }
        pdqHits += pdq ? 1 : 0;
        dHits += dh ? 1 : 0;
        ruleBefore += RelistingIndex.photosMatch(wholeOnly(q), wholeOnly(orig)) ? 1 : 0;
        ruleAfter += RelistingIndex.photosMatch(q, orig) ? 1 : 0;
        Listing back = listing("Q" + i, reword(p, r), rewordDescription(p, r), "new-" + i,
            "39.00");
        List<ListingImage> photo = List.of(new ListingImage("q" + i + ".jpg", q));
        was.relisting(before.find(back, wholeOnly(photo)), p.id());
        List<Relisting> hits = index.find(back, photo);
        now.relisting(hits, p.id());
        for (Relisting h : hits) {
          if (!h.removedId().equals(p.id())) {
            wrong.add(t.getKey() + ": re-listing of " + p.id() + " (" + names.get(i) + ") also"
                + " matched " + h.removedId() + " (" + names.get(idOf(h)) + "), text "
                + h.text() + ", images " + h.images());
          }
        }
        if (!textDone) {
          textBefore.relisting(before.find(back, List.of()), p.id());
          textAfter.relisting(index.find(back, List.of()), p.id());
          Listing titleOnly = Listing.builder(back.id(), back.title())
              .seller(Seller.of("new-" + i)).build();
          titleOnlyBefore.relisting(titleBefore.find(titleOnly, List.of()), p.id());
          titleOnlyAfter.relisting(titleAfter.find(titleOnly, List.of()), p.id());
        }
      }
      for (int o = 0; o < others.size(); o++) {
        Product p = others.get(o);
        int photoOf = photoOf(o, n);
        ImageFingerprint q = otherPhotos.get(o);
        for (int j = 0; j < n; j++) {
          ImageFingerprint orig = removedImages.get(j).get(0).fingerprint();
          if (q.dHashDistance(orig) <= RelistingIndex.DHASH_RADIUS) {
            falseDh.add(q.pdq().distance(orig.pdq()));
          }
          otherPairsBefore += RelistingIndex.photosMatch(wholeOnly(q), wholeOnly(orig)) ? 1 : 0;
          otherPairsAfter += RelistingIndex.photosMatch(q, orig) ? 1 : 0;
        }
        Listing other = listing(p.id(), p.title(), p.description(), p.seller(), "45.00");
        List<ListingImage> photo = List.of(new ListingImage("o.jpg", q));
        was.other(before.find(other, wholeOnly(photo)));
        List<Relisting> hits = index.find(other, photo);
        now.other(hits);
        if (!hits.isEmpty()) {
          wrong.add(t.getKey() + ": other product " + p.id() + " '" + p.title() + "' (photo: right"
              + " half of " + names.get(photoOf) + ") matched " + hits.get(0).removedId() + " '"
              + products.get(idOf(hits.get(0))).title() + "', text " + hits.get(0).text()
              + ", images " + hits.get(0).images());
        }
        if (!textDone) {
          textBefore.other(before.find(other, List.of()));
          textAfter.other(index.find(other, List.of()));
          Listing titleOnly = Listing.builder(p.id(), p.title()).seller(Seller.of(p.seller()))
              .build();
          titleOnlyBefore.other(titleBefore.find(titleOnly, List.of()));
          titleOnlyAfter.other(titleAfter.find(titleOnly, List.of()));
        }
      }
      textDone = true;
      Collections.sort(trueDh);
      Collections.sort(falseDh);
      System.err.println(t.getKey() + ": PDQ distance where dHash matched: its original " + trueDh
          + "; other items " + falseDh);
      imageTable.append(String.format("| %s | %s / %s / %s / %s | %d (%s) / %d (%s) |%n",
          t.getKey(), pct(pdqHits, n), pct(dHits, n), pct(ruleBefore, n), pct(ruleAfter, n),
          otherPairsBefore, pct(otherPairsBefore, pairs), otherPairsAfter,
          pct(otherPairsAfter, pairs)));
      listingTable.append(row(t.getKey(), was, now, n, others.size()));
      // as it goes, so that a long run shows its rows before the end
      System.out.print(row(t.getKey(), was, now, n, others.size()));
      System.out.flush();
    }
    listingTable.append(row("text alone: templated descriptions, no photo", textBefore, textAfter,
        n, others.size()));
    listingTable.append(row("text alone, titles only (no description, no photo)",
        titleOnlyBefore, titleOnlyAfter, n, others.size()));
    System.out.println("Photos alone (the index's photo rule), per transformation:\n");
    System.out.println(imageTable);
    System.out.println("Listings through RelistingIndex.find (reworded title and description,"
        + " another seller and price, the photo transformed); before = whole-picture hashes and"
        + " every text shingle, now = with crop hashes and boilerplate set aside:\n");
    System.out.println(listingTable);
    System.out.println("Wrong matches now (" + wrong.size() + "; the first 60):");
    wrong.stream().limit(60).forEach(w -> System.out.println("  " + w));
  }

  /** The photo of another item that other product {@code o} shows: a following wallpaper's. */
  private static int photoOf(int o, int n) {
    return (o / OTHERS_PER_PRODUCT + 1 + o % OTHERS_PER_PRODUCT) % n;
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

  private static String row(String what, Tally was, Tally now, int n, int others) {
    return String.format("| %s | %d (%s) → %d (%s) | %d (%s) → %d (%s) | %s → %s |%n", what,
        was.found, pct(was.found, n), now.found, pct(now.found, n), was.wronglyMatched,
        pct(was.wronglyMatched, others), now.wronglyMatched, pct(now.wronglyMatched, others),
        pct(was.correct, was.reported), pct(now.correct, now.reported));
  }

  /** The fingerprint as marque made it before crops were hashed: the whole picture only. */
  private static ImageFingerprint wholeOnly(ImageFingerprint f) {
    return new ImageFingerprint(f.sha256(), f.pdq(), f.quality(), f.dHash(), f.width(),
        f.height());
  }

  private static List<ListingImage> wholeOnly(List<ListingImage> images) {
    return images.stream().map(i -> new ListingImage(i.source(), wholeOnly(i.fingerprint())))
        .toList();
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
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
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
  private byte[] webp(BufferedImage img) {
    try {
      Path png = Files.createTempFile(tmp, "in", ".png");
      Path out = Files.createTempFile(tmp, "out", ".webp");
      ImageIO.write(img, "png", png.toFile());
      Path said = Files.createTempFile(tmp, "cwebp", ".txt");
      Process p = new ProcessBuilder(cwebp.toString(), "-quiet", "-q", "75", png.toString(), "-o",
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
