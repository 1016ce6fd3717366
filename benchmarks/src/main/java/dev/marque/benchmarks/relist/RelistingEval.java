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
    RelistingIndex.Builder titlesOnly = RelistingIndex.builder();
    for (Product p : products) {
      titlesOnly.add(Listing.builder(p.id(), p.title()).seller(Seller.of(p.seller())).build(),
          List.of());
    }
    RelistingIndex titleIndex = titlesOnly.build();
    int titleFound = 0;
    int titleWrong = 0;
    int titleReported = 0;
    int titleCorrect = 0;
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
    transforms.put("watermark / text overlay", img -> jpeg(watermark(img), 0.85f));
    transforms.put("WebP quality 75", this::webp);
    transforms.put("all: 70%, crop 5%, watermark, JPEG 60",
        img -> jpeg(watermark(crop(resize(img, 0.7), 0.05, 0.3)), 0.6f));

    StringBuilder imageTable = new StringBuilder(
        "| transformation | photo matches its original: PDQ ≤ 31 / dHash ≤ 10 / the index's rule |"
            + " photos of other items matching a removed photo (the index's rule), of "
            + (n * OTHERS_PER_PRODUCT) + " × " + n + " pairs |\n| --- | --- | --- |\n");
    StringBuilder listingTable = new StringBuilder(
        "| transformation | re-listings found (of " + n + ") | other products of the brand wrongly"
            + " matched (of " + (n * OTHERS_PER_PRODUCT) + ") | precision of what is reported |\n"
            + "| --- | ---: | ---: | ---: |\n");
    List<String> wrong = new ArrayList<>();
    int textFound = 0;
    int textWrong = 0;
    int textReported = 0;
    int textCorrect = 0;
    boolean textDone = false;
    String only = System.getProperty("transforms", "");
    transforms.keySet().removeIf(k -> !k.contains(only));
    for (Map.Entry<String, Function<BufferedImage, byte[]>> t : transforms.entrySet()) {
      List<Integer> trueDh = new ArrayList<>();
      List<Integer> falseDh = new ArrayList<>();
      int pdqHits = 0;
      int dHits = 0;
      int eitherHits = 0;
      int otherPairs = 0;
      int found = 0;
      int wronglyMatched = 0;
      int reported = 0;
      int correct = 0;
      for (int i = 0; i < n; i++) {
        Product p = products.get(i);
        ImageFingerprint q = fingerprint(t.getValue().apply(left.get(i)));
        ImageFingerprint orig = removedImages.get(i).get(0).fingerprint();
        boolean pdq = q.sameBytes(orig) || q.pdq().distance(orig.pdq()) <= RelistingIndex.PDQ_RADIUS;
        boolean dh = q.sameBytes(orig) || q.dHashDistance(orig) <= RelistingIndex.DHASH_RADIUS;
        if (q.dHashDistance(orig) <= RelistingIndex.DHASH_RADIUS) {
          trueDh.add(q.pdq().distance(orig.pdq()));
        }
        pdqHits += pdq ? 1 : 0;
        dHits += dh ? 1 : 0;
        eitherHits += RelistingIndex.photosMatch(q, orig) ? 1 : 0;
        Listing back = listing("Q" + i, reword(p, r), rewordDescription(p, r), "new-" + i,
            "39.00");
        List<Relisting> hits = index.find(back, List.of(new ListingImage("q" + i + ".jpg", q)));
        reported += hits.size();
        for (Relisting h : hits) {
          if (h.removedId().equals(p.id())) {
            correct++;
          } else {
            wrong.add(t.getKey() + ": re-listing of " + p.id() + " (" + names.get(i) + ") also"
                + " matched " + h.removedId() + " (" + names.get(idOf(h)) + "), text "
                + h.text() + ", images " + h.images());
          }
        }
        found += hits.stream().anyMatch(h -> h.removedId().equals(p.id())) ? 1 : 0;
        if (!textDone) {
          List<Relisting> byText = index.find(back, List.of());
          textReported += byText.size();
          textFound += byText.stream().anyMatch(h -> h.removedId().equals(p.id())) ? 1 : 0;
          textCorrect += byText.stream().filter(h -> h.removedId().equals(p.id())).count();
          List<Relisting> byTitle = titleIndex.find(Listing.builder(back.id(), back.title())
              .seller(Seller.of("new-" + i)).build(), List.of());
          titleReported += byTitle.size();
          titleFound += byTitle.stream().anyMatch(h -> h.removedId().equals(p.id())) ? 1 : 0;
          titleCorrect += byTitle.stream().filter(h -> h.removedId().equals(p.id())).count();
        }
      }
      for (int o = 0; o < others.size(); o++) {
        Product p = others.get(o);
        int photo = (o / OTHERS_PER_PRODUCT + 1 + o % OTHERS_PER_PRODUCT) % n;
        ImageFingerprint q = fingerprint(t.getValue().apply(right.get(photo)));
        for (int j = 0; j < n; j++) {
          ImageFingerprint orig = removedImages.get(j).get(0).fingerprint();
          if (q.dHashDistance(orig) <= RelistingIndex.DHASH_RADIUS) {
            falseDh.add(q.pdq().distance(orig.pdq()));
          }
          if (RelistingIndex.photosMatch(q, orig)) {
            otherPairs++;
          }
        }
        Listing other = listing(p.id(), p.title(), p.description(), p.seller(), "45.00");
        List<Relisting> hits = index.find(other, List.of(new ListingImage("o.jpg", q)));
        reported += hits.size();
        if (!hits.isEmpty()) {
          wronglyMatched++;
          wrong.add(t.getKey() + ": other product " + p.id() + " '" + p.title() + "' (photo: right"
              + " half of " + names.get(photo) + ") matched " + hits.get(0).removedId() + " '"
              + products.get(idOf(hits.get(0))).title() + "', text " + hits.get(0).text()
              + ", images " + hits.get(0).images());
        }
        if (!textDone) {
          List<Relisting> byText = index.find(other, List.of());
          textReported += byText.size();
          textWrong += byText.isEmpty() ? 0 : 1;
          List<Relisting> byTitle = titleIndex.find(Listing.builder(p.id(), p.title())
              .seller(Seller.of(p.seller())).build(), List.of());
          titleReported += byTitle.size();
          titleWrong += byTitle.isEmpty() ? 0 : 1;
        }
      }
      textDone = true;
      Collections.sort(trueDh);
      Collections.sort(falseDh);
      System.err.println(t.getKey() + ": PDQ distance where dHash matched: its original " + trueDh
          + "; other items " + falseDh);
      imageTable.append(String.format("| %s | %s / %s / %s | %d (%s) |%n", t.getKey(),
          pct(pdqHits, n), pct(dHits, n), pct(eitherHits, n), otherPairs,
          pct(otherPairs, n * OTHERS_PER_PRODUCT * n)));
      listingTable.append(String.format("| %s | %d (%s) | %d (%s) | %s |%n", t.getKey(), found,
          pct(found, n), wronglyMatched, pct(wronglyMatched, others.size()),
          pct(correct, reported)));
    }
    listingTable.append(String.format("| text alone (the listing has no photo) | %d (%s) | %d (%s)"
        + " | %s |%n", textFound, pct(textFound, n), textWrong, pct(textWrong, others.size()),
        pct(textCorrect, textReported)));
    listingTable.append(String.format("| text alone, titles only (no description, no photo) | %d"
        + " (%s) | %d (%s) | %s |%n", titleFound, pct(titleFound, n), titleWrong,
        pct(titleWrong, others.size()), pct(titleCorrect, titleReported)));
    System.out.println("Photos alone (the index's photo rule), per transformation:\n");
    System.out.println(imageTable);
    System.out.println("Listings through RelistingIndex.find (reworded title and description,"
        + " another seller and price, the photo transformed):\n");
    System.out.println(listingTable);
    System.out.println("Wrong matches (" + wrong.size() + "; the first 60):");
    wrong.stream().limit(60).forEach(w -> System.out.println("  " + w));
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
      Process p = new ProcessBuilder(cwebp.toString(), "-quiet", "-q", "75", png.toString(), "-o",
          out.toString()).redirectErrorStream(true).start();
      String said = new String(p.getInputStream().readAllBytes());
      if (p.waitFor() != 0) {
        throw new IOException("cwebp failed: " + said);
      }
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
