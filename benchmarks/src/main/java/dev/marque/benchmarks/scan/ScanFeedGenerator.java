package dev.marque.benchmarks.scan;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a portfolio of invented brands and a listing feed that mentions them the ways real feeds
 * do (plainly, disguised, with cue words, as accessories, not at all), for timing {@code marque
 * scan}. Deterministic for a seed.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.marque.benchmarks.scan.ScanFeedGenerator \
 *     /tmp/marque-perf 500000 3000
 * </pre>
 * writes {@code portfolio.json} and {@code listings.jsonl} into the directory.
 */
public final class ScanFeedGenerator {
  private ScanFeedGenerator() {}

  private static final String[] ONSETS = {"b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r",
      "s", "t", "v", "z", "br", "cr", "dr", "fl", "gr", "kl", "pr", "st", "tr", "sh", "ch"};
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y"};
  private static final String[] CODAS = {"", "", "n", "r", "l", "s", "x", "nd", "rt", "ss"};
  private static final String[] PRODUCTS = {"tote bag", "shoulder bag", "wallet", "sneakers",
      "running shoes", "watch", "chronograph", "sunglasses", "headphones", "earbuds", "perfume",
      "scarf", "belt", "hoodie", "t-shirt", "jacket", "backpack", "phone case", "smart watch",
      "lipstick", "handbag", "cap", "dress", "bracelet", "ring"};
  private static final String[] WORDS = {"women", "men", "new", "2026", "fashion", "luxury",
      "genuine", "leather", "large", "capacity", "casual", "sport", "summer", "winter", "gift",
      "free shipping", "hot sale", "original", "classic", "black", "white", "gold", "silver",
      "premium", "wholesale", "vintage", "slim", "waterproof", "wireless", "bluetooth"};
  private static final String[] CUES = {"replica", "1:1", "AAA", "super copy", "mirror quality",
      "高仿", "réplica", "dupe", "inspired by", "OEM", "Fälschung", "реплика"};
  private static final String[] MARKETS = {"ALIEXPRESS", "AMAZON", "EBAY", "DHGATE", "TEMU",
      "TAOBAO", "SHOPEE", "WISH", "ETSY"};

  /** Writes the portfolio and the feed: {@code DIR LISTINGS BRANDS [SEED]}. */
  private static final Set<String> FILLER = fillerWords();

  private static Set<String> fillerWords() {
    Set<String> words = new java.util.HashSet<>();
    for (String[] list : new String[][] {WORDS, PRODUCTS, CUES}) {
      for (String phrase : list) {
        words.addAll(java.util.Arrays.asList(phrase.toLowerCase(java.util.Locale.ROOT).split(" ")));
      }
    }
    return Set.copyOf(words);
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int listings = Integer.parseInt(args[1]);
    int brandCount = Integer.parseInt(args[2]);
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 42L;
    Files.createDirectories(dir);
    Random random = new Random(seed);
    List<String> brands = brandNames(random, brandCount);
    writePortfolio(dir.resolve("portfolio.json"), brands, random);
    writeFeed(dir.resolve("listings.jsonl"), brands, listings, random);
    System.out.println("wrote " + dir.resolve("portfolio.json") + " (" + brandCount
        + " brands) and " + dir.resolve("listings.jsonl") + " (" + listings + " listings)");
  }

  static List<String> brandNames(Random random, int count) {
    Set<String> names = new LinkedHashSet<>();
    while (names.size() < count) {
      StringBuilder b = new StringBuilder();
      int syllables = 2 + random.nextInt(2);
      for (int i = 0; i < syllables; i++) {
        b.append(pick(random, ONSETS)).append(pick(random, VOWELS));
      }
      b.append(pick(random, CODAS));
      String name = Character.toUpperCase(b.charAt(0)) + b.substring(1);
      if (random.nextInt(8) == 0) {
        name += " " + pick(random, new String[] {"Audio", "Paris", "Milano", "Sport", "Labs"});
      }
      // A brand that is also one of the feed's filler words would be "mentioned" by every listing.
      if (!FILLER.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        names.add(name);
      }
    }
    return new ArrayList<>(names);
  }

  private static void writePortfolio(Path file, List<String> brands, Random random)
      throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\"holder\": {\"name\": \"Benchmark Brands Ltd\"}, \"brands\": [\n");
      for (int i = 0; i < brands.size(); i++) {
        String name = brands.get(i);
        w.write("{\"name\": \"" + name + "\", \"products\": [");
        int products = 1 + random.nextInt(3);
        for (int p = 0; p < products; p++) {
          w.write((p == 0 ? "" : ", ") + "{\"name\": \"" + name + " " + pick(random, PRODUCTS)
              + " " + (p + 1) + "\", \"sku\": \"" + sku(name, p) + "\", \"msrp\": {\"amount\": \""
              + (50 + random.nextInt(1500)) + ".00\", \"currency\": \"USD\"}}");
        }
        w.write("], \"authorizedSellers\": [{\"marketplace\": \"AMAZON\", \"sellerId\": \"official-"
            + i + "\"}]}" + (i + 1 < brands.size() ? ",\n" : "\n"));
      }
      w.write("]}\n");
    }
  }

  private static String sku(String name, int p) {
    return name.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT).substring(0, 3) + "-" + p
        + "-" + Math.abs(name.hashCode() % 10_000);
  }

  private static void writeFeed(Path file, List<String> brands, int count, Random random)
      throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        String brand = brands.get(random.nextInt(brands.size()));
        int kind = random.nextInt(100);
        String product = pick(random, PRODUCTS);
        StringBuilder title = new StringBuilder();
        String seller = "seller-" + random.nextInt(50_000);
        String market = pick(random, MARKETS);
        if (kind < 55) {
          title.append(pick(random, WORDS)).append(' ').append(product); // no brand at all
        } else if (kind < 75) {
          title.append(brand).append(' ').append(product);
        } else if (kind < 83) {
          title.append(disguise(brand, random)).append(' ').append(product);
        } else if (kind < 93) {
          title.append(brand).append(' ').append(product).append(' ').append(pick(random, CUES));
        } else if (kind < 97) {
          title.append(pick(random, new String[] {"case for ", "strap for ",
              "compatible with ", "replacement for "})).append(brand).append(' ').append(product);
        } else {
          title.append(brand).append(' ').append(product);
          seller = "official-" + brands.indexOf(brand);
          market = "AMAZON";
        }
        for (int k = 0, n = 2 + random.nextInt(5); k < n; k++) {
          title.append(' ').append(pick(random, WORDS));
        }
        String price = (5 + random.nextInt(900)) + "." + (10 + random.nextInt(90));
        w.write("{\"id\":\"" + (10_000_000 + i) + "\",\"marketplace\":\"" + market
            + "\",\"url\":\"https://example.com/item/" + (10_000_000 + i) + "\",\"title\":\""
            + title + "\"");
        if (random.nextInt(3) == 0) {
          w.write(",\"description\":\"" + pick(random, WORDS) + " " + product + ", "
              + pick(random, WORDS) + " " + pick(random, WORDS) + ". Fast shipping.\"");
        }
        w.write(",\"price\":{\"amount\":\"" + price + "\",\"currency\":\"USD\"},\"seller\":{\"id\":\""
            + seller + "\"},\"scraper\":{\"run\":\"bench\",\"page\":" + (i / 60) + "}}\n");
      }
    }
  }

  private static String disguise(String brand, Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> String.join(" ", brand.split(""));
      case 1 -> brand.replace('o', '0').replace('i', '1').replace('e', '3').replace('a', '@');
      case 2 -> brand.charAt(0) + "*" + brand.substring(2);
      default -> brand.replace('a', '\u0430').replace('o', '\u043e').replace('e', '\u0435');
    };
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
