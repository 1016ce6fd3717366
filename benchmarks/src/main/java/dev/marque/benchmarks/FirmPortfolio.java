package dev.marque.benchmarks;

import dev.marque.core.Brand;
import dev.marque.core.Money;
import dev.marque.core.Product;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A brand-protection firm's portfolio, generated: the brands of all its clients, each with a name
 * of one to four words, five aliases (the name with a place, the company's legal name of 20–40
 * characters, a product line, initials, the name in another script) and one to three products
 * with SKUs and prices; and a listing feed that mentions them as feeds do (plainly, by an alias,
 * disguised, misspelt, not at all). Deterministic for a seed.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.marque.benchmarks.FirmPortfolio /tmp/marque-firm 20000 20000
 * java -Xmx512m -jar cli/target/marque.jar scan --portfolio /tmp/marque-firm/portfolio.json \
 *     --listings /tmp/marque-firm/listings.jsonl --out /tmp/marque-firm/findings.jsonl
 * </pre>
 * writes {@code portfolio.json} ({@code BRANDS} brands) and {@code listings.jsonl} ({@code
 * LISTINGS} listings) into the directory; {@code IndexFootprint} measures the index of the same
 * brands.
 */
public final class FirmPortfolio {
  private static final String[] ONSETS = {"b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r",
      "s", "t", "v", "z", "br", "cr", "dr", "fl", "gr", "kl", "pr", "st", "tr", "sh", "ch", ""};
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y"};
  private static final String[] CODAS = {"", "", "n", "r", "l", "s", "x", "nd", "rt", "ss"};
  private static final String[] PLACES = {"Milano", "Paris", "London", "New York", "Tokyo",
      "Italia", "Roma", "Firenze", "Berlin", "Seoul", "Shanghai", "Barcelona"};
  private static final String[] LEGAL = {"S.p.A.", "S.r.l.", "GmbH", "Inc.", "Ltd", "S.A.",
      "B.V.", "Co., Ltd.", "LLC", "AG", "SAS"};
  private static final String[] SECTORS = {"Fashion Group", "International Holdings",
      "Luxury Goods", "Consumer Electronics", "Cosmetics", "Sportswear", "Trading Company",
      "Manufacturing", "Leather Goods", "Watchmakers", "Brands"};
  private static final String[] LINES = {"Sport", "Kids", "Home", "Beauty", "Black Label", "Pro",
      "Studio", "Outdoor", "Jeans", "Eyewear", "Parfums", "Collection"};
  private static final String[] GOODS = {"tote bag", "shoulder bag", "wallet", "sneakers",
      "running shoes", "watch", "chronograph", "sunglasses", "headphones", "earbuds", "perfume",
      "scarf", "belt", "hoodie", "t-shirt", "jacket", "backpack", "phone case", "lipstick",
      "handbag", "cap", "dress", "bracelet"};
  private static final String[] WORDS = {"women", "men", "new", "2026", "fashion", "genuine",
      "leather", "large", "casual", "summer", "winter", "gift", "free shipping", "hot sale",
      "classic", "black", "white", "gold", "silver", "premium", "vintage", "slim", "waterproof"};
  private static final String HAN = "古驰爱马仕香奈儿普拉达迪奥巴黎世家范思哲宝格丽卡地亚浪琴欧米茄劳力士";
  private static final String[] MARKETS = {"ALIEXPRESS", "AMAZON", "EBAY", "DHGATE", "TEMU"};

  private FirmPortfolio() {}

  /**
   * Writes the portfolio and the feed: {@code DIR BRANDS LISTINGS [SEED]}.
   *
   * @param args the directory, the number of brands, the number of listings, a seed
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int brandCount = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int listings = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 7L;
    Files.createDirectories(dir);
    List<Brand> brands = brands(brandCount, seed);
    writePortfolio(dir.resolve("portfolio.json"), brands);
    writeFeed(dir.resolve("listings.jsonl"), brands, listings, new Random(seed + 1));
    System.out.println("wrote " + dir.resolve("portfolio.json") + " (" + brandCount
        + " brands, 5 aliases each) and " + dir.resolve("listings.jsonl") + " (" + listings
        + " listings)");
  }

  /**
   * {@return {@code count} brands with distinct names, five aliases each and one to three products}
   *
   * @param count how many brands
   * @param seed the seed
   */
  public static List<Brand> brands(int count, long seed) {
    Random r = new Random(seed);
    Set<String> names = new LinkedHashSet<>();
    while (names.size() < count) {
      int words = 1 + weighted(r, 50, 30, 15, 5);
      StringBuilder b = new StringBuilder();
      for (int w = 0; w < words; w++) {
        if (w > 0) {
          b.append(w == words - 1 && words > 2 && r.nextInt(4) == 0 ? " & " : " ");
        }
        b.append(capitalised(word(r)));
      }
      names.add(b.toString());
    }
    List<Brand> out = new ArrayList<>(count);
    int i = 0;
    for (String name : names) {
      String first = name.split(" ")[0];
      String initials = initials(name, r);
      List<String> aliases = List.of(
          name + " " + pick(r, PLACES),
          // the legal name: 20-40 characters
          legalName(name, r),
          first + " " + pick(r, LINES),
          initials,
          han(r));
      List<Product> products = new ArrayList<>();
      for (int p = 0, n = 1 + r.nextInt(3); p < n; p++) {
        products.add(new Product(first + " " + pick(r, GOODS) + " " + (p + 1),
            Optional.of(sku(first, i, p)), Optional.empty(),
            Optional.of(Money.of((50 + r.nextInt(1500)) + ".00", "USD"))));
      }
      out.add(new Brand(name, aliases, List.of(), products, List.of()));
      i++;
    }
    return out;
  }

  private static String legalName(String name, Random r) {
    String legal = name + " " + pick(r, SECTORS) + " " + pick(r, LEGAL);
    while (legal.length() > 40) {
      legal = legal.substring(0, legal.lastIndexOf(' '));
    }
    while (legal.length() < 20) {
      legal = legal + " " + pick(r, SECTORS);
      if (legal.length() > 40) {
        legal = legal.substring(0, 40).trim();
      }
    }
    return legal;
  }

  private static String initials(String name, Random r) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split(" ")) {
      if (!w.equals("&")) {
        b.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    // Initials that spell a word of the feed ("MEN") would be reported on every use of the word.
    while (b.length() < 3 || isFeedWord(b.toString().toLowerCase(Locale.ROOT))) {
      b.append((char) ('A' + r.nextInt(26)));
    }
    return b.toString();
  }

  private static boolean isFeedWord(String word) {
    for (String[] list : new String[][] {WORDS, GOODS}) {
      for (String phrase : list) {
        if (List.of(phrase.split("[ -]")).contains(word)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String han(Random r) {
    StringBuilder b = new StringBuilder();
    for (int k = 0, n = 2 + r.nextInt(3); k < n; k++) {
      b.append(HAN.charAt(r.nextInt(HAN.length())));
    }
    return b.toString();
  }

  private static String word(Random r) {
    StringBuilder b = new StringBuilder();
    for (int s = 0, n = 2 + r.nextInt(3); s < n; s++) {
      b.append(pick(r, ONSETS)).append(pick(r, VOWELS));
    }
    return b.append(pick(r, CODAS)).toString();
  }

  private static String capitalised(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  private static String sku(String first, int brand, int product) {
    String letters = (first.replaceAll("[^A-Za-z]", "") + "XXX").toUpperCase(Locale.ROOT);
    return letters.substring(0, 3) + "-" + brand + "-" + product;
  }

  /** An index drawn with the given weights. */
  private static int weighted(Random r, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int x = r.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  private static void writePortfolio(Path file, List<Brand> brands) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\"holder\": {\"name\": \"Benchmark Brand Protection LLP\"}, \"brands\": [\n");
      for (int i = 0; i < brands.size(); i++) {
        Brand b = brands.get(i);
        w.write("{\"name\": " + quoted(b.name()) + ", \"aliases\": [");
        for (int a = 0; a < b.aliases().size(); a++) {
          w.write((a == 0 ? "" : ", ") + quoted(b.aliases().get(a)));
        }
        w.write("], \"products\": [");
        for (int p = 0; p < b.products().size(); p++) {
          Product product = b.products().get(p);
          w.write((p == 0 ? "" : ", ") + "{\"name\": " + quoted(product.name()) + ", \"sku\": "
              + quoted(product.sku().orElseThrow()) + ", \"msrp\": {\"amount\": \""
              + product.msrp().orElseThrow().amount().toPlainString()
              + "\", \"currency\": \"USD\"}}");
        }
        w.write("]}" + (i + 1 < brands.size() ? ",\n" : "\n"));
      }
      w.write("]}\n");
    }
  }

  private static void writeFeed(Path file, List<Brand> brands, int count, Random r)
      throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        Brand brand = brands.get(r.nextInt(brands.size()));
        String goods = pick(r, GOODS);
        String mention = switch (weighted(r, 50, 20, 15, 10, 5)) {
          case 0 -> ""; // no brand at all
          case 1 -> brand.name();
          case 2 -> brand.aliases().get(r.nextInt(brand.aliases().size()));
          case 3 -> disguised(brand.name(), r);
          default -> misspelt(brand.name(), r);
        };
        StringBuilder title = new StringBuilder(mention.isEmpty() ? pick(r, WORDS) : mention);
        title.append(' ').append(goods);
        for (int k = 0, n = 2 + r.nextInt(5); k < n; k++) {
          title.append(' ').append(pick(r, WORDS));
        }
        w.write("{\"id\":\"" + (20_000_000 + i) + "\",\"marketplace\":\"" + pick(r, MARKETS)
            + "\",\"title\":" + quoted(title.toString()) + ",\"price\":{\"amount\":\""
            + (5 + r.nextInt(900)) + ".99\",\"currency\":\"USD\"},\"seller\":{\"id\":\"seller-"
            + r.nextInt(50_000) + "\"}}\n");
      }
    }
  }

  private static String disguised(String name, Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> String.join(" ", name.split(""));
      case 1 -> name.replace('o', '0').replace('i', '1').replace('e', '3');
      default -> name.replace('a', '\u0430').replace('o', '\u043e').replace('e', '\u0435');
    };
  }

  private static String misspelt(String name, Random r) {
    int at = 1 + r.nextInt(Math.max(1, name.length() - 1));
    return at < name.length() ? name.substring(0, at) + name.substring(at + 1) : name;
  }

  private static String quoted(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.append('"').toString();
  }
}
