package dev.marque.benchmarks.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marque.core.Brand;
import dev.marque.core.BrandMention;
import dev.marque.core.ListingField;
import dev.marque.core.rights.Office;
import dev.marque.core.rights.Trademark;
import dev.marque.matching.BrandIndex;
import dev.marque.matching.similarity.OptimalStringAlignment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the rule for misspellings of short brands (five letters or fewer: one edit changes a fifth of
 * the name) weighs recall against false alarms, with the same brands declaring their goods (a trade
 * mark in one Nice class) and declaring none. A misspelling of a short brand that declares goods is
 * reported only when something corroborates it, the brand's goods named beside it among others; one
 * that declares none is reported alone (four or five letters) or never (three), since its listings
 * cannot show what it sells. Run after {@code fetch-material.sh}, from the same material as {@link
 * MentionEval}:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.marque.benchmarks.eval.ShortBrandEval [CACHE_DIR]
 * </pre>
 *
 * <p>Each brand (500 simple-icons names, as MentionEval takes them) is given one Nice class at
 * random among the classes of faker's labelled product nouns. Misspellings are dnstwist's (the
 * kinds that change letters: addition, bitsquatting, homoglyph, insertion, omission, repetition,
 * replacement, transposition, vowel-swap), each put in a faker product title (en, fr, es, pt, nl)
 * whose product is of the brand's class ("its goods") or of another class ("other goods"). False
 * alarms are words of the outside dictionaries one edit from a brand name (not the brand, nor the
 * brand with an {@code s}) in the same two kinds of title.
 */
public final class ShortBrandEval {
  private static final int PORTFOLIO = 500;
  private static final int PER_ROW = 1000;
  private static final int SHORT = 5;
  private static final List<String> FUZZY_KINDS = List.of("addition", "bitsquatting", "homoglyph",
      "insertion", "omission", "repetition", "replacement", "transposition", "vowel-swap");
  private static final List<String> TITLE_LANGUAGES = List.of("en", "fr", "es", "pt", "nl");
  private static final List<String> DICTIONARIES = List.of("en", "de", "fr", "es", "it", "pt", "nl");

  private ShortBrandEval() {}

  /** A faker locale's product nouns with a labelled class, and words to make a title of. */
  private record Titles(List<String> adjective, List<String> material, List<String> product) {}

  /**
   * Runs the evaluation: {@code [CACHE_DIR]}, by default {@code ~/.cache/marque-eval}.
   *
   * @param args the cache directory, optionally
   * @throws IOException if the material cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path cache = args.length > 0 ? Path.of(args[0])
        : Path.of(System.getProperty("user.home"), ".cache", "marque-eval");
    ObjectMapper json = new ObjectMapper();
    Random random = new Random(MentionEval.SEED);

    Set<String> web2 = new HashSet<>();
    Set<String> web2Lower = new HashSet<>();
    for (String w : Files.readAllLines(cache.resolve("web2"), StandardCharsets.UTF_8)) {
      web2.add(w.strip().toLowerCase(Locale.ROOT));
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
        web2Lower.add(w.strip());
      }
    }
    Map<String, Titles> titles = new LinkedHashMap<>();
    Set<String> fakerWords = new HashSet<>();
    for (String language : TITLE_LANGUAGES) {
      JsonNode n = json.readTree(cache.resolve("faker-" + language + ".json").toFile());
      List<String> products = MentionEval.strings(n.get("product")).stream()
          .filter(p -> MentionEval.PRODUCT_CLASS.containsKey(MentionEval.key(p))).toList();
      titles.put(language, new Titles(MentionEval.strings(n.get("adjective")),
          MentionEval.strings(n.get("material")), products));
      MentionEval.strings(n.get("words")).forEach(w -> fakerWords.add(w.toLowerCase(Locale.ROOT)));
    }
    List<Integer> classes = new ArrayList<>(new TreeSet<>(MentionEval.PRODUCT_CLASS.values()));

    // The portfolio: names that are no dictionary word, each with one class.
    List<String> candidates = new ArrayList<>();
    for (JsonNode icon : json.readTree(cache.resolve("simple-icons.json").toFile())) {
      String title = icon.get("title").asText();
      String lower = title.toLowerCase(Locale.ROOT);
      if (title.matches("[A-Za-z]{4,12}") && !web2Lower.contains(lower) && !web2.contains(lower)
          && !fakerWords.contains(lower)) {
        candidates.add(title);
      }
    }
    Collections.sort(candidates);
    Collections.shuffle(candidates, random);
    List<String> names = candidates.subList(0, Math.min(PORTFOLIO, candidates.size()));
    Map<String, Integer> classOf = new HashMap<>();
    List<Brand> declared = new ArrayList<>();
    List<Brand> bare = new ArrayList<>();
    Map<String, String> byKey = new HashMap<>();
    for (String name : names) {
      int c = classes.get(random.nextInt(classes.size()));
      classOf.put(name, c);
      byKey.put(name.toLowerCase(Locale.ROOT), name);
      declared.add(new Brand(name, List.of(),
          List.of(Trademark.word(name.toUpperCase(Locale.ROOT), "1", Office.EUIPO, c)), List.of(),
          List.of()));
      bare.add(Brand.of(name));
    }
    BrandIndex withGoods = BrandIndex.of(declared);
    BrandIndex withoutGoods = BrandIndex.of(bare);

    // Misspellings, by the brand's length.
    Map<Boolean, List<String[]>> misspelt = new HashMap<>();
    for (String line : Files.readAllLines(cache.resolve("variants.tsv"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length == 3 && classOf.containsKey(f[0]) && FUZZY_KINDS.contains(f[1])) {
        String v = f[2].toLowerCase(Locale.ROOT);
        if (!v.equals(f[0].toLowerCase(Locale.ROOT)) && !web2.contains(v) && !fakerWords.contains(v)
            && !byKey.containsKey(v)) {
          misspelt.computeIfAbsent(f[0].length() <= SHORT, k -> new ArrayList<>()).add(f);
        }
      }
    }
    // Words one edit from a brand, by the brand's length.
    Map<String, Set<String>> deletions = new HashMap<>();
    for (String key : byKey.keySet()) {
      for (String d : MentionEval.deletes(key)) {
        deletions.computeIfAbsent(d, k -> new HashSet<>()).add(key);
      }
    }
    Map<Boolean, List<String[]>> near = new HashMap<>();
    for (String language : DICTIONARIES) {
      for (String w : new TreeSet<>(Files.readAllLines(
          cache.resolve("dict-" + language + ".txt"), StandardCharsets.UTF_8))) {
        String lw = w.strip().toLowerCase(Locale.ROOT);
        if (lw.length() < 4 || byKey.containsKey(lw)
            || lw.endsWith("s") && byKey.containsKey(lw.substring(0, lw.length() - 1))) {
          continue;
        }
        Set<String> keys = new TreeSet<>();
        for (String d : MentionEval.deletes(lw)) {
          keys.addAll(deletions.getOrDefault(d, Set.of()));
        }
        for (String k : keys) {
          if (OptimalStringAlignment.INSTANCE.distance(lw, k, 1) == 1) {
            near.computeIfAbsent(k.length() <= SHORT, x -> new ArrayList<>())
                .add(new String[] {byKey.get(k), w.strip()});
          }
        }
      }
    }

    System.out.println("| set | titles | brands declare goods (class 1-34) | brands declare none |");
    System.out.println("| --- | ---: | ---: | ---: |");
    for (boolean isShort : new boolean[] {true, false}) {
      String length = isShort ? "brands of 4-5 letters" : "brands of 6-12 letters";
      for (boolean itsGoods : new boolean[] {true, false}) {
        String goods = itsGoods ? "beside its goods" : "beside other goods";
        row("recall: misspelt, " + goods + ", " + length, misspelt.get(isShort), itsGoods, true,
            classOf, titles, withGoods, withoutGoods, new Random(random.nextLong()));
      }
      for (boolean itsGoods : new boolean[] {true, false}) {
        String goods = itsGoods ? "beside its goods" : "beside other goods";
        row("false alarms: a word one edit from it, " + goods + ", " + length, near.get(isShort),
            itsGoods, false, classOf, titles, withGoods, withoutGoods, new Random(random.nextLong()));
      }
    }
    System.out.println();
    System.out.println("portfolio: " + names.size() + " brands, " + names.stream()
        .filter(n -> n.length() <= SHORT).count() + " of 4-5 letters; seed " + MentionEval.SEED
        + "; misspellings: dnstwist's " + String.join(", ", FUZZY_KINDS) + ".");
  }

  /** One row: up to {@link #PER_ROW} of the pairs (brand, text), each in a title of its kind. */
  private static void row(String set, List<String[]> pairs, boolean itsGoods, boolean branded,
      Map<String, Integer> classOf, Map<String, Titles> titles, BrandIndex withGoods,
      BrandIndex withoutGoods, Random random) {
    List<String[]> from = new ArrayList<>(pairs == null ? List.of() : pairs);
    Collections.shuffle(from, random);
    int n = 0;
    int declared = 0;
    int bare = 0;
    List<String> languages = new ArrayList<>(titles.keySet());
    for (String[] p : from) {
      if (n == PER_ROW) {
        break;
      }
      Titles t = titles.get(languages.get(random.nextInt(languages.size())));
      int c = classOf.get(p[0]);
      List<String> products = t.product().stream()
          .filter(x -> (MentionEval.PRODUCT_CLASS.get(MentionEval.key(x)) == c) == itsGoods)
          .toList();
      if (products.isEmpty()) {
        continue;
      }
      String rest = products.get(random.nextInt(products.size())) + " "
          + t.adjective().get(random.nextInt(t.adjective().size())) + " "
          + t.material().get(random.nextInt(t.material().size()));
      String title = random.nextBoolean() ? p[1] + " " + rest : rest + " " + p[1];
      n++;
      declared += hit(withGoods, title, p[0], branded) ? 1 : 0;
      bare += hit(withoutGoods, title, p[0], branded) ? 1 : 0;
    }
    System.out.println("| " + set + " | " + n + " | " + rate(declared, n) + " | " + rate(bare, n)
        + " |");
  }

  /** Recall: the brand is found; false alarm: any brand is. */
  private static boolean hit(BrandIndex index, String title, String brand, boolean branded) {
    List<BrandMention> found = index.find(title, ListingField.TITLE);
    if (!branded) {
      return !found.isEmpty();
    }
    for (BrandMention m : found) {
      if (m.brand().equals(brand)) {
        return true;
      }
    }
    return false;
  }

  private static String rate(int hits, int n) {
    return n == 0 ? "–" : String.format(Locale.ROOT, "%.1f%% (%d)", 100.0 * hits / n, hits);
  }
}
