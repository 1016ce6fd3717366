package dev.marque.benchmarks.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marque.core.Brand;
import dev.marque.core.BrandMention;
import dev.marque.core.ListingField;
import dev.marque.core.rights.IpRight;
import dev.marque.core.rights.Office;
import dev.marque.core.rights.Trademark;
import dev.marque.matching.BrandIndex;
import dev.marque.matching.Lexicon;
import dev.marque.matching.MatchOptions;
import dev.marque.matching.internal.CommonWords;
import dev.marque.matching.similarity.FuzzRatio;
import dev.marque.matching.similarity.OptimalStringAlignment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
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
import java.util.TreeMap;

/**
 * Measures marque's brand finding on labelled sets built from material outside marque, beside the
 * peer a new user would try first: thefuzz's {@code partial_ratio(brand, title) >= 90} (thefuzz
 * delegates to RapidFuzz, whose scorer {@link FuzzRatio#PARTIAL_RATIO} ports; both sides lower-cased,
 * the score rounded half-even to an integer as thefuzz does). Prints a Markdown table.
 *
 * <p>The material is fetched by {@code benchmarks/eval/fetch-material.sh} into a cache directory
 * (never committed): brand names from the npm package {@code simple-icons} (CC0), product-name parts
 * and per-language words from {@code @faker-js/faker}'s locales (MIT), Webster's 2nd ({@code web2},
 * public domain) from Debian's {@code miscfiles}, Italian words from Debian's {@code fortunes-it}
 * (Italian fortune cookies), disguises made by Debian's {@code dnstwist} fuzzers run on each
 * brand name, a dictionary per language that marque's lexicons are not made from (English: the CMU
 * Pronouncing Dictionary's words that Princeton WordNet 3.0 knows as lower-case words; German:
 * igerman98; French: wfrench; Spanish: wspanish; Italian: witalian; Portuguese: br.ispell; Dutch:
 * FreeDict's Dutch-English headwords) and WordNet's noun hierarchy for word-brands. None of it is a
 * list marque ships; how much of each dictionary marque's lists hold anyway is printed after the
 * table, since only the words they lack test the lexicons on words they were not made from.
 *
 * <ul>
 *   <li><b>Portfolio</b>: 500 simple-icons names of 4-12 ASCII letters that are neither a web2 word
 *     nor a faker word of any locale, plus every simple-icons brand with a name in another script
 *     (its {@code aliases.loc}), that name as its alias.
 *   <li><b>Recall</b>: per disguise kind, up to 300 titles each holding one disguised brand: dnstwist's
 *     fuzzers (a variant that is itself a dictionary word or another brand is dropped), and leet,
 *     masking, spacing, upper case and the other-script alias made here.
 *   <li><b>Clean titles</b>: 2,000 faker product titles per language (en, fr, es, pt, nl: adjective,
 *     material, product; de: faker's German adjectives, colours and nouns, as faker has no German
 *     product names; it: three words of fortunes-it's texts, drawn as often as they occur, as faker
 *     has no Italian words). Any mention is a false alarm.
 *   <li><b>Clean titles of dictionary words</b>: 2,000 titles per language of three words drawn
 *     uniformly from its dictionary (so mostly rare words; no brand's own name).
 *   <li><b>One edit</b>: titles holding a dictionary word one edit (insert, delete, substitute,
 *     swap) from a brand name, the brand absent (nor its plural or genitive, {@code Huaweis}); a
 *     second row per language takes only the words no list marque ships holds.
 *   <li><b>Word-brands (WordNet)</b>: the issue's eight (Ring, Apple, Coach, Dove, Shell, Mango,
 *     Puma, Gap, with their owners' classes) and 40 simple-icons names that are common English
 *     nouns, each with a random class; branded titles name a noun whose first WordNet sense lies
 *     under that class's synsets, generic ones are WordNet's compounds and gloss examples holding
 *     the word, none of whose words can name the brand's goods. Not held out: marque's goods
 *     vocabulary holds WordNet's goods nouns, so these rows show that the shipped words work, not
 *     how far they reach.
 *   <li><b>Word-brands, held out</b>: the same brands beside goods names marque does not ship, of
 *     their class or of another: CLDR's English emoji names, and FreeDict's translations of WordNet
 *     goods nouns into the six other languages.
 *   <li><b>Word-brands (faker titles)</b>: simple-icons names that are web2 words ({@code Shell}, {@code Ring}),
 *     each given a random goods class among those of faker's product nouns (labelled below, by hand),
 *     in titles with a product noun of that class (branded, in any language) or of another (generic:
 *     in a language that has the word, web2 for English and the locale's faker words otherwise, and,
 *     as a second row, in any language as before). The goods vocabulary was tuned once on this
 *     set, so it is no held-out set.
 * </ul>
 *
 * <pre>
 * benchmarks/eval/fetch-material.sh
 * java -cp benchmarks/target/benchmarks.jar dev.marque.benchmarks.eval.MentionEval [CACHE_DIR]
 * </pre>
 */
public final class MentionEval {
  static final long SEED = 20261202L;
  private static final int PORTFOLIO = 500;
  private static final int PER_KIND = 300;
  private static final int CLEAN_PER_LANGUAGE = 2000;
  private static final int WORD_BRANDS = 40;
  private static final int ONE_EDIT_PER_LANGUAGE = 500;
  private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl");

  /**
   * The Nice class of each of faker's product nouns, labelled by hand for this evaluation (the
   * labeller also compiled marque's goods vocabulary: this set checks its coverage, not its truth).
   */
  static final Map<String, Integer> PRODUCT_CLASS = labels(
      "bacon 29 ball 28 bike 12 car 12 chair 20 cheese 29 chicken 29 chips 29 computer 9 fish 29"
      + " gloves 25 hat 25 keyboard 9 mouse 9 pants 25 pizza 30 salad 29 sausages 29 shirt 25"
      + " shoes 25 soap 3 table 20 towels 24 tuna 29"
      + " boule 28 chaise 20 chapeau 25 chaussures 25 chemise 25 clavier 9 frites 29 fromage 29"
      + " gants 25 lard 29 ordinateur 9 pantalon 25 poisson 29 poulet 29 salade 29 saucisses 29"
      + " savon 3 serviettes 24 souris 9 thon 29 voiture 12 velo 12"
      + " atun 29 bicicleta 12 camiseta 25 coche 12 ensalada 29 gorro 25 guantes 25 mesa 20"
      + " ordenador 9 pantalones 25 patatas_fritas 29 pelota 28 pescado 29 pollo 29 queso 29"
      + " raton 9 salchichas 29 silla 20 sopa 29 teclado 9 toallas 24 zapatos 25"
      + " atum 29 bola 28 cadeira 20 calcas 25 carro 12 chapeu 25 computador 9 frango 29 luvas 25"
      + " peixe 29 queijo 29 sabonete 3 salada 29 salgadinhos 30 salsicha 29 sapatos 25 toalhas 24"
      + " auto 12 bal 28 bijzettafel 20 boekenkast 20 broek 25 camera 9 fiets 12 handdoeken 24"
      + " handschoenen 25 hangmat 22 hoed 25 kaas 29 kaasschaaf 8 kip 29 koffer 18 leunstoel 20"
      + " muis 9 poef 20 schoenen 25 stoel 20 tafel 20 tonijn 29 trui 25 vis 29 vlag 24"
      + " worstjes 29 zak 18 zeep 3");

  private MentionEval() {}

  /** Material of one faker locale. */
  private record Locale1(String language, List<String> adjective, List<String> material,
      List<String> product, Set<String> words) {}

  /** One labelled title: the brand it holds, or none. */
  private record Sample(String title, String brand) {}

  /**
   * The word-brands both WordNet-based sets judge: the issue's eight with their owners' classes,
   * and up to {@value #WORD_BRANDS} other WordNet word-brands drawn at random, each given one class
   * drawn from {@code classes}; indexed with the word-brand rule and without it.
   */
  private record WordBrands(List<Brand> brands, Map<String, int[]> classOf, BrandIndex index,
      BrandIndex noRule) {

    static WordBrands draw(JsonNode wordNet, List<Integer> classes, Random random) {
      List<String> others = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : wordNet.get("wordBrands").properties()) {
        if (!ISSUE_WORD_BRANDS.containsKey(e.getKey())) {
          others.add(e.getKey());
        }
      }
      Collections.sort(others);
      Collections.shuffle(others, random);
      List<String> names = new ArrayList<>(new java.util.TreeSet<>(ISSUE_WORD_BRANDS.keySet()));
      names.addAll(others.subList(0, Math.min(WORD_BRANDS, others.size())));
      List<Brand> brands = new ArrayList<>();
      Map<String, int[]> classOf = new HashMap<>();
      for (String name : names) {
        int[] c = ISSUE_WORD_BRANDS.getOrDefault(name,
            new int[] {classes.get(random.nextInt(classes.size()))});
        classOf.put(name, c);
        brands.add(new Brand(name, List.of(),
            List.of(Trademark.word(name.toUpperCase(Locale.ROOT), "1", Office.EUIPO, c)),
            List.of(), List.of()));
      }
      return new WordBrands(brands, classOf, BrandIndex.of(brands),
          BrandIndex.of(brands, MatchOptions.defaults().withWordBrandsByContext(false)));
    }
  }

  /** Examples of marque's misses and false alarms printed to standard error, per row. */
  private static final int EXAMPLES = Integer.getInteger("marque.eval.examples", 0);

  /** Counts of one row: hits of marque, of marque without the word-brand rule, of the peer. */
  private static final class Row {
    final String set;
    int n;
    int marque;
    int marqueNoRule;
    int peer;
    int shown;

    Row(String set) {
      this.set = set;
    }

    /** Shows a title marque got wrong, when asked to. */
    void example(String title, Object what) {
      if (shown++ < EXAMPLES) {
        System.err.println(set + ": " + title + "  ->  " + what);
      }
    }
  }

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
    Random random = new Random(SEED);

    Set<String> web2 = new HashSet<>();
    for (String w : Files.readAllLines(cache.resolve("web2"), StandardCharsets.UTF_8)) {
      web2.add(w.strip().toLowerCase(Locale.ROOT));
    }
    Set<String> web2Lower = new HashSet<>(); // common words, not proper names
    for (String w : Files.readAllLines(cache.resolve("web2"), StandardCharsets.UTF_8)) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
        web2Lower.add(w.strip());
      }
    }
    Map<String, Locale1> locales = new LinkedHashMap<>();
    Set<String> fakerWords = new HashSet<>();
    for (String language : LANGUAGES) {
      // faker has no Italian words: Italian comes from Debian's fortunes-it (fetch-material.sh).
      String file = language.equals("it") ? "fortunes-it.json" : "faker-" + language + ".json";
      JsonNode n = json.readTree(cache.resolve(file).toFile());
      Locale1 l = new Locale1(language, strings(n.get("adjective")), strings(n.get("material")),
          strings(n.get("product")), new HashSet<>(strings(n.get("words"))));
      locales.put(language, l);
      for (String w : l.words) {
        fakerWords.add(w.toLowerCase(Locale.ROOT));
      }
    }

    // Dictionaries other than marque's (fetch-material.sh names each source), and what of them
    // marque ships: a word marque ships is one the matcher knows is a word; the others are held out.
    Lexicon shipped = Lexicon.available();
    Set<String> commonWords = CommonWords.english();
    Map<String, List<String>> dictionaries = new LinkedHashMap<>();
    Map<String, Set<String>> heldOut = new LinkedHashMap<>();
    List<String> overlap = new ArrayList<>();
    for (String language : LANGUAGES) {
      List<String> words = new ArrayList<>();
      Set<String> notShipped = new HashSet<>();
      int inOwn = 0;
      for (String w : Files.readAllLines(cache.resolve("dict-" + language + ".txt"),
          StandardCharsets.UTF_8)) {
        if (w.isBlank()) {
          continue;
        }
        words.add(w);
        Set<String> of = shipped.languagesOf(w);
        inOwn += of.contains(language) ? 1 : 0;
        if (!shipped.contains(w) && !commonWords.contains(w.toLowerCase(Locale.ROOT))) {
          notShipped.add(w);
        }
      }
      dictionaries.put(language, words);
      heldOut.put(language, notShipped);
      overlap.add(String.format(Locale.ROOT, "| %s | %d | %.1f%% (%d) | %.1f%% (%d) |", language,
          words.size(), 100.0 * inOwn / words.size(), inOwn,
          100.0 * (words.size() - notShipped.size()) / words.size(),
          words.size() - notShipped.size()));
    }

    // The portfolio.
    JsonNode icons = json.readTree(cache.resolve("simple-icons.json").toFile());
    List<String> candidates = new ArrayList<>();
    List<String> wordBrandNames = new ArrayList<>();
    Map<String, String> otherScript = new TreeMap<>();
    for (JsonNode icon : icons) {
      String title = icon.get("title").asText();
      String lower = title.toLowerCase(Locale.ROOT);
      if (title.matches("[A-Za-z]{4,12}")) {
        if (web2Lower.contains(lower)) {
          wordBrandNames.add(title);
        } else if (!web2.contains(lower) && !fakerWords.contains(lower)) {
          candidates.add(title);
        }
      }
      JsonNode loc = icon.path("aliases").path("loc");
      for (JsonNode value : loc) {
        String alias = value.asText();
        if (alias.codePoints().anyMatch(c -> Character.isLetter(c) && c > 0x24F)) {
          otherScript.putIfAbsent(title, alias);
        }
      }
    }
    Collections.sort(candidates);
    Collections.shuffle(candidates, random);
    List<String> names = new ArrayList<>(candidates.subList(0, Math.min(PORTFOLIO, candidates.size())));
    List<Brand> brands = new ArrayList<>();
    for (String name : names) {
      brands.add(Brand.of(name));
    }
    otherScript.forEach((name, alias) -> brands.add(Brand.of(name, alias)));
    Set<String> brandKeys = new HashSet<>();
    for (Brand b : brands) {
      brandKeys.add(b.name().toLowerCase(Locale.ROOT));
    }
    BrandIndex index = BrandIndex.of(brands);
    BrandIndex noRule = BrandIndex.of(brands, MatchOptions.defaults().withWordBrandsByContext(false));
    Map<String, String> peerKeys = new LinkedHashMap<>();
    for (Brand b : brands) {
      peerKeys.put(b.name(), b.name().toLowerCase(Locale.ROOT));
      for (String a : b.aliases()) {
        peerKeys.put(b.name() + "\u0000" + a, a.toLowerCase(Locale.ROOT));
      }
    }

    // Recall sets.
    Map<String, List<Sample>> recall = new LinkedHashMap<>();
    Set<String> inPortfolio = new HashSet<>(names);
    Map<String, List<String[]>> variantsByKind = new TreeMap<>();
    for (String line : Files.readAllLines(cache.resolve("variants.tsv"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length == 3 && inPortfolio.contains(f[0])) {
        String v = f[2];
        String folded = v.toLowerCase(Locale.ROOT);
        if (!folded.equals(f[0].toLowerCase(Locale.ROOT)) && !web2.contains(folded)
            && !fakerWords.contains(folded) && !brandKeys.contains(folded)) {
          variantsByKind.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new String[] {f[0], v});
        }
      }
    }
    variantsByKind.forEach((kind, pairs) -> {
      Collections.shuffle(pairs, random);
      List<Sample> samples = new ArrayList<>();
      for (String[] p : pairs.subList(0, Math.min(PER_KIND, pairs.size()))) {
        samples.add(new Sample(withBrand(p[1], locales, random), p[0]));
      }
      recall.put(kind, samples);
    });
    recall.put("leet", made(names, random, locales, MentionEval::leet));
    recall.put("masking", made(names, random, locales, MentionEval::mask));
    recall.put("spacing", made(names, random, locales,
        (n, r) -> String.join(" ", n.toUpperCase(Locale.ROOT).split(""))));
    recall.put("upper case", made(names, random, locales, (n, r) -> n.toUpperCase(Locale.ROOT)));
    List<Sample> aliases = new ArrayList<>();
    otherScript.forEach((name, alias) -> aliases.add(new Sample(withBrand(alias, locales, random), name)));
    recall.put("other-script alias", aliases);

    List<Row> rows = new ArrayList<>();
    Row overall = new Row("**recall, all kinds**");
    for (Map.Entry<String, List<Sample>> e : recall.entrySet()) {
      Row row = new Row("recall: " + e.getKey());
      for (Sample s : e.getValue()) {
        row.n++;
        boolean found = has(index, s.title, s.brand);
        if (!found) {
          row.example(s.title, "missed " + s.brand);
        }
        row.marque += found ? 1 : 0;
        row.marqueNoRule += has(noRule, s.title, s.brand) ? 1 : 0;
        row.peer += peerFinds(s.title, s.brand, brands) ? 1 : 0;
      }
      rows.add(row);
      overall.n += row.n;
      overall.marque += row.marque;
      overall.marqueNoRule += row.marqueNoRule;
      overall.peer += row.peer;
    }
    rows.add(0, overall);

    // Clean titles, per language.
    for (Locale1 l : locales.values()) {
      Row row = new Row("false alarms: clean titles, " + l.language);
      for (int i = 0; i < CLEAN_PER_LANGUAGE; i++) {
        String title = productTitle(l, random);
        falseAlarm(row, title, index, noRule, peerKeys);
      }
      rows.add(row);
    }

    // Clean titles of three words of each language's dictionary, drawn uniformly (so mostly rare
    // words): no marketplace title, but a test of the lexicon on words it was not built from.
    Set<String> brandKeysFolded = new HashSet<>();
    for (String key : brandKeys) {
      brandKeysFolded.add(Lexicon.fold(key));
    }
    for (String language : LANGUAGES) {
      List<String> words = dictionaries.get(language).stream()
          .filter(w -> !brandKeysFolded.contains(Lexicon.fold(w))).toList();
      Row row = new Row("false alarms: clean titles of dictionary words, " + language);
      for (int i = 0; i < CLEAN_PER_LANGUAGE; i++) {
        String title = pick(words, random) + " " + pick(words, random) + " " + pick(words, random);
        falseAlarm(row, title, index, noRule, peerKeys);
      }
      rows.add(row);
    }

    // Dictionary words one edit from a brand name.
    Map<String, Set<String>> deletions = new HashMap<>();
    for (String key : brandKeys) {
      if (key.length() >= 4 && key.chars().allMatch(Character::isLetter)) {
        for (String d : deletes(key)) {
          deletions.computeIfAbsent(d, k -> new HashSet<>()).add(key);
        }
      }
    }
    for (Locale1 l : locales.values()) {
      List<String> near = new ArrayList<>();
      for (String w : new java.util.TreeSet<>(dictionaries.get(l.language))) {
        String lw = w.toLowerCase(Locale.ROOT);
        // A brand's own plural or genitive (igerman98's "Huaweis", "Symantecs") names the brand.
        boolean brandInflected = lw.endsWith("s")
            && brandKeys.contains(lw.substring(0, lw.length() - 1));
        if (lw.length() >= 4 && !brandKeys.contains(lw) && !brandInflected
            && oneEditFromABrand(lw, deletions)) {
          near.add(w);
        }
      }
      Collections.shuffle(near, random);
      List<String> nearHeldOut = near.stream().filter(heldOut.get(l.language)::contains).toList();
      for (boolean onlyHeldOut : new boolean[] {false, true}) {
        List<String> from = onlyHeldOut ? nearHeldOut : near;
        Row row = new Row("false alarms: a word one edit from a brand, " + l.language
            + (onlyHeldOut ? ", words marque does not ship" : ""));
        for (String w : from.subList(0, Math.min(ONE_EDIT_PER_LANGUAGE, from.size()))) {
          String title = withBrand(w, Map.of(l.language, l), random);
          falseAlarm(row, title, index, noRule, peerKeys);
        }
        rows.add(row);
      }
    }

    // Word-brands.
    Collections.sort(wordBrandNames);
    Collections.shuffle(wordBrandNames, random);
    List<Integer> classes = PRODUCT_CLASS.values().stream().distinct().sorted().toList();
    List<Brand> wordBrands = new ArrayList<>();
    Map<String, Integer> classOf = new HashMap<>();
    for (String name : wordBrandNames.subList(0, Math.min(WORD_BRANDS, wordBrandNames.size()))) {
      int c = classes.get(random.nextInt(classes.size()));
      classOf.put(name, c);
      List<IpRight> rights = List.of(Trademark.word(name.toUpperCase(Locale.ROOT), "1", Office.EUIPO, c));
      wordBrands.add(new Brand(name, List.of(), rights, List.of(), List.of()));
    }
    BrandIndex wordIndex = BrandIndex.of(wordBrands);
    BrandIndex wordNoRule = BrandIndex.of(wordBrands, MatchOptions.defaults().withWordBrandsByContext(false));
    Row generic = new Row("word-brands (faker titles): generic uses reported");
    Row genericAnyLanguage = new Row(
        "word-brands (faker titles): generic uses reported, in titles of any language");
    Row branded = new Row("word-brands (faker titles): uses for the brand's goods found");
    List<Locale1> productLocales = locales.values().stream()
        .filter(l -> !l.language.equals("de") && !l.language.equals("it")).toList();
    for (Brand b : wordBrands) {
      String lower = b.name().toLowerCase(Locale.ROOT);
      // A word is used in its ordinary sense in a language that has the word (web2 for English,
      // the locale's faker words otherwise); the brand is named in titles of any language.
      List<Locale1> hasTheWord = productLocales.stream()
          .filter(l -> l.language.equals("en") ? web2Lower.contains(lower) : l.words.contains(lower))
          .toList();
      for (int i = 0; i < 15; i++) {
        boolean wantBranded = i % 3 == 0;
        boolean anyLanguage = i % 3 == 2;
        List<Locale1> from = wantBranded || anyLanguage ? productLocales : hasTheWord;
        Locale1 l = from.get(random.nextInt(from.size()));
        List<String> products = l.product.stream()
            .filter(p -> PRODUCT_CLASS.containsKey(key(p))
                && (PRODUCT_CLASS.get(key(p)) == classOf.get(b.name())) == wantBranded)
            .toList();
        if (products.isEmpty()) {
          continue;
        }
        String product = products.get(random.nextInt(products.size()));
        String word = random.nextBoolean() ? b.name() : b.name().toLowerCase(Locale.ROOT);
        String rest = pick(l.adjective, random) + " " + pick(l.material, random);
        String title = random.nextBoolean() ? word + " " + product + " " + rest
            : product + " " + rest + " " + word;
        Row row = wantBranded ? branded : anyLanguage ? genericAnyLanguage : generic;
        row.n++;
        boolean found = has(wordIndex, title, b.name());
        if (found != wantBranded) {
          row.example(title, b.name() + " class " + classOf.get(b.name()));
        }
        row.marque += found ? 1 : 0;
        row.marqueNoRule += has(wordNoRule, title, b.name()) ? 1 : 0;
        row.peer += peerFinds(title, b.name(), wordBrands) ? 1 : 0;
      }
    }
    rows.add(generic);
    rows.add(genericAnyLanguage);
    rows.add(branded);
    JsonNode wordNet = json.readTree(cache.resolve("wordnet-wordbrands.json").toFile());
    rows.addAll(wordNetWordBrands(wordNet, random));
    rows.addAll(heldOutWordBrands(json.readTree(cache.resolve("held-out-goods.json").toFile()),
        wordNet, new Random(SEED + 1)));

    System.out.println("| set | titles | marque | marque, word-brand rule off | peer: partial_ratio ≥ 90 |");
    System.out.println("| --- | ---: | ---: | ---: | ---: |");
    for (Row r : rows) {
      System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s |%n", r.set, r.n, rate(r.marque, r.n),
          rate(r.marqueNoRule, r.n), rate(r.peer, r.n));
    }
    System.out.printf(Locale.ROOT, "%nportfolio: %d brands (%d with another script's name);"
            + " word-brands: %d (faker titles); seed %d%n", brands.size(), otherScript.size(),
        wordBrands.size(), SEED);
    System.out.println();
    System.out.println("| dictionary | words | in marque's list of the language | in any list marque ships |");
    System.out.println("| --- | ---: | ---: | ---: |");
    overlap.forEach(System.out::println);
  }

  /** The Nice classes of the issue's word-brands, as their owners register them. */
  private static final Map<String, int[]> ISSUE_WORD_BRANDS = Map.of("Ring", new int[] {9},
      "Apple", new int[] {9}, "Coach", new int[] {18, 25}, "Dove", new int[] {3},
      "Shell", new int[] {4}, "Mango", new int[] {25}, "Puma", new int[] {25},
      "Gap", new int[] {25});

  /**
   * Word-brands on titles made from WordNet 3.0 (fetch-material.sh's {@code dictionaries.py}), not
   * from marque's goods vocabulary: the issue's eight with their own classes and up to
   * {@value #WORD_BRANDS} simple-icons names that are common English nouns, each with one random
   * class. A brand's goods are the nouns whose first sense WordNet files under that class's
   * synsets; a generic use is one of WordNet's compounds or gloss examples holding the word, none
   * of whose words can name goods of the brand's classes in any sense.
   */
  private static List<Row> wordNetWordBrands(JsonNode material, Random random) {
    Map<Integer, List<String>> goods = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : material.get("goods").properties()) {
      goods.put(Integer.parseInt(e.getKey()), strings(e.getValue()));
    }
    List<Integer> classes = goods.keySet().stream().filter(c -> goods.get(c).size() >= 3).toList();
    WordBrands set = WordBrands.draw(material, classes, random);
    List<Brand> brands = set.brands();
    Map<String, int[]> classOf = set.classOf();
    BrandIndex index = set.index();
    BrandIndex noRule = set.noRule();
    Row generic = new Row("word-brands (WordNet phrases; not held out): generic uses reported");
    Row branded = new Row(
        "word-brands (WordNet goods nouns; not held out): uses for the brand's goods found");
    for (Brand b : brands) {
      String lower = b.name().toLowerCase(Locale.ROOT);
      Set<Integer> own = new HashSet<>();
      for (int c : classOf.get(b.name())) {
        own.add(c);
      }
      List<String> phrases = new ArrayList<>();
      for (JsonNode p : material.get("wordBrands").get(b.name())) {
        boolean namesOwnGoods = false;
        for (JsonNode c : p.get("classes")) {
          namesOwnGoods |= own.contains(c.asInt());
        }
        if (!namesOwnGoods) {
          phrases.add(p.get("text").asText());
        }
      }
      Collections.shuffle(phrases, random);
      for (String title : phrases.subList(0, Math.min(10, phrases.size()))) {
        count(generic, title, b, false, index, noRule, brands);
      }
      int[] c = classOf.get(b.name());
      for (int i = 0; i < 5; i++) {
        List<String> nouns = goods.get(c[random.nextInt(c.length)]).stream()
            .filter(n -> !n.contains(lower)).toList();
        String noun = pick(nouns, random);
        String word = random.nextBoolean() ? b.name() : lower;
        count(branded, random.nextBoolean() ? word + " " + noun : noun + " " + word, b, true, index,
            noRule, brands);
      }
    }
    return List.of(generic, branded);
  }

  /** The held-out word-brand sets: their source, by language. */
  private static final Map<String, String> HELD_OUT_SOURCE = Map.of("en", "CLDR emoji names");

  /**
   * Word-brands on goods names marque does not ship ({@code held-out-goods.json}, made by
   * fetch-material.sh's {@code dictionaries.py}): English names of goods emoji from CLDR's English
   * annotations, and FreeDict's translations of WordNet goods nouns into the six other languages,
   * each with its Nice class. The brands are those of the WordNet set (the issue's eight with their
   * own classes, and up to {@value #WORD_BRANDS} others, each given one random class among those
   * every language has goods names of). Per brand and language, five titles name the brand beside
   * goods of its class, and five beside goods of a class none of whose words' WordNet senses is
   * one of the brand's classes ({@code Coach Regenschirm} is not generic for Coach, 18).
   */
  private static List<Row> heldOutWordBrands(JsonNode material, JsonNode wordNet, Random random) {
    Map<String, Map<Integer, List<JsonNode>>> byClass = new LinkedHashMap<>();
    for (String language : LANGUAGES) {
      Map<Integer, List<JsonNode>> classes = new TreeMap<>();
      for (JsonNode n : material.get(language)) {
        classes.computeIfAbsent(n.get("class").asInt(), k -> new ArrayList<>()).add(n);
      }
      byClass.put(language, classes);
    }
    List<Integer> everywhere = new ArrayList<>();
    for (int c = 1; c <= 34; c++) {
      final int cls = c;
      if (byClass.values().stream().allMatch(m -> m.getOrDefault(cls, List.of()).size() >= 3)) {
        everywhere.add(c);
      }
    }
    WordBrands set = WordBrands.draw(wordNet, everywhere, random);
    List<Brand> brands = set.brands();
    Map<String, int[]> classOf = set.classOf();
    BrandIndex index = set.index();
    BrandIndex noRule = set.noRule();
    List<Row> rows = new ArrayList<>();
    Row allGeneric = new Row("word-brands, held out, all seven languages: generic uses reported");
    Row allBranded = new Row(
        "word-brands, held out, all seven languages: uses for the brand's goods found");
    for (String language : LANGUAGES) {
      String source = HELD_OUT_SOURCE.getOrDefault(language, "FreeDict translations");
      Row generic = new Row("word-brands, held out (" + source + ", " + language
          + "): generic uses reported");
      Row branded = new Row("word-brands, held out (" + source + ", " + language
          + "): uses for the brand's goods found");
      Map<Integer, List<JsonNode>> goods = byClass.get(language);
      for (Brand b : brands) {
        Set<Integer> own = new HashSet<>();
        for (int c : classOf.get(b.name())) {
          own.add(c);
        }
        String lower = b.name().toLowerCase(Locale.ROOT);
        List<String> ownGoods = new ArrayList<>();
        List<String> otherGoods = new ArrayList<>();
        for (Map.Entry<Integer, List<JsonNode>> e : goods.entrySet()) {
          for (JsonNode n : e.getValue()) {
            String text = n.get("text").asText();
            if (text.toLowerCase(Locale.ROOT).contains(lower)) {
              continue;
            }
            boolean mayNameOwn = false;
            for (JsonNode c : n.get("any")) {
              mayNameOwn |= own.contains(c.asInt());
            }
            if (own.contains(e.getKey())) {
              ownGoods.add(text);
            } else if (!mayNameOwn) {
              otherGoods.add(text);
            }
          }
        }
        for (int i = 0; i < 5; i++) {
          for (boolean wantBranded : new boolean[] {true, false}) {
            List<String> from = wantBranded ? ownGoods : otherGoods;
            if (from.isEmpty()) {
              continue;
            }
            String noun = pick(from, random);
            String word = random.nextBoolean() ? b.name() : lower;
            String title = random.nextBoolean() ? word + " " + noun : noun + " " + word;
            for (Row row : wantBranded ? List.of(branded, allBranded) : List.of(generic, allGeneric)) {
              count(row, title, b, wantBranded, index, noRule, brands);
            }
          }
        }
      }
      rows.add(generic);
      rows.add(branded);
    }
    rows.add(allGeneric);
    rows.add(allBranded);
    return rows;
  }

  /** Counts a title that names {@code brand} ({@code branded}) or uses its word generically. */
  private static void count(Row row, String title, Brand brand, boolean branded, BrandIndex index,
      BrandIndex noRule, List<Brand> brands) {
    row.n++;
    boolean found = has(index, title, brand.name());
    if (found != branded) {
      row.example(title, brand.name() + " " + brand.rights());
    }
    row.marque += found ? 1 : 0;
    row.marqueNoRule += has(noRule, title, brand.name()) ? 1 : 0;
    row.peer += peerFinds(title, brand.name(), brands) ? 1 : 0;
  }

  /** Counts a title that holds no brand: any mention of marque, any flag of the peer, is false. */
  private static void falseAlarm(Row row, String title, BrandIndex index, BrandIndex noRule,
      Map<String, String> peerKeys) {
    row.n++;
    List<BrandMention> found = index.find(title, ListingField.TITLE);
    if (!found.isEmpty()) {
      row.example(title, found.get(0).brand() + " as " + found.get(0).matched());
    }
    row.marque += found.isEmpty() ? 0 : 1;
    row.marqueNoRule += noRule.find(title, ListingField.TITLE).isEmpty() ? 0 : 1;
    row.peer += peerFlags(title, peerKeys) ? 1 : 0;
  }

  private static String rate(int hits, int n) {
    return n == 0 ? "–" : String.format(Locale.ROOT, "%.1f%% (%d)", 100.0 * hits / n, hits);
  }

  private static boolean has(BrandIndex index, String title, String brand) {
    for (BrandMention m : index.find(title, ListingField.TITLE)) {
      if (m.brand().equals(brand)) {
        return true;
      }
    }
    return false;
  }

  /** thefuzz's {@code partial_ratio}, rounded as it rounds, at least 90. */
  static boolean partialRatioAtLeast90(String needle, String title) {
    double score = FuzzRatio.PARTIAL_RATIO.score(needle, title) * 100.0;
    return Math.rint(score) >= 90;
  }

  private static boolean peerFinds(String title, String brand, List<Brand> brands) {
    String t = title.toLowerCase(Locale.ROOT);
    for (Brand b : brands) {
      if (b.name().equals(brand)) {
        for (String s : b.names()) {
          if (partialRatioAtLeast90(s.toLowerCase(Locale.ROOT), t)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean peerFlags(String title, Map<String, String> keys) {
    String t = title.toLowerCase(Locale.ROOT);
    for (String k : keys.values()) {
      if (partialRatioAtLeast90(k, t)) {
        return true;
      }
    }
    return false;
  }

  private interface Disguise {
    String apply(String name, Random random);
  }

  private static List<Sample> made(List<String> names, Random random, Map<String, Locale1> locales,
      Disguise disguise) {
    List<Sample> out = new ArrayList<>();
    List<String> shuffled = new ArrayList<>(names);
    Collections.shuffle(shuffled, random);
    for (String n : shuffled) {
      String v = disguise.apply(n, random);
      if (v != null && out.size() < PER_KIND) {
        out.add(new Sample(withBrand(v, locales, random), n));
      }
    }
    return out;
  }

  private static final Map<Character, Character> LEET = Map.of('a', '4', 'e', '3', 'i', '1',
      'o', '0', 's', '5', 't', '7', 'b', '8', 'g', '9');

  private static String leet(String name, Random random) {
    char[] c = name.toCharArray();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < c.length; i++) {
      if (LEET.containsKey(Character.toLowerCase(c[i]))) {
        at.add(i);
      }
    }
    if (at.isEmpty()) {
      return null;
    }
    Collections.shuffle(at, random);
    for (int k = 0; k < Math.min(at.size(), 1 + random.nextInt(2)); k++) {
      c[at.get(k)] = LEET.get(Character.toLowerCase(c[at.get(k)]));
    }
    return new String(c);
  }

  private static String mask(String name, Random random) {
    char[] c = name.toCharArray();
    c[1 + random.nextInt(c.length - 2)] = '*';
    return new String(c);
  }

  /** A product title of the locale with {@code text} at its start or its end. */
  private static String withBrand(String text, Map<String, Locale1> locales, Random random) {
    List<Locale1> all = new ArrayList<>(locales.values());
    String title = productTitle(all.get(random.nextInt(all.size())), random);
    return random.nextBoolean() ? text + " " + title : title + " " + text;
  }

  private static String productTitle(Locale1 l, Random random) {
    if (l.language.equals("en") || l.language.equals("nl") || l.language.equals("de")) {
      return pick(l.adjective, random) + " " + pick(l.material, random) + " " + pick(l.product, random);
    }
    return pick(l.product, random) + " " + pick(l.adjective, random) + " " + pick(l.material, random);
  }

  private static String pick(List<String> from, Random random) {
    return from.get(random.nextInt(from.size()));
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  static String key(String product) {
    String d = Normalizer.normalize(product.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    return d.replace(' ', '_');
  }

  private static Map<String, Integer> labels(String pairs) {
    String[] f = pairs.trim().split("\\s+");
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < f.length; i += 2) {
      out.put(f[i], Integer.parseInt(f[i + 1]));
    }
    return Map.copyOf(out);
  }

  static List<String> deletes(String w) {
    List<String> out = new ArrayList<>();
    out.add(w);
    for (int i = 0; i < w.length(); i++) {
      out.add(w.substring(0, i) + w.substring(i + 1));
    }
    return out;
  }

  /** One insertion, deletion, substitution or adjacent swap from some brand key. */
  static boolean oneEditFromABrand(String w, Map<String, Set<String>> deletions) {
    Set<String> seen = new HashSet<>();
    for (String d : deletes(w)) {
      Set<String> keys = deletions.get(d);
      if (keys != null) {
        seen.addAll(keys);
      }
    }
    for (String k : seen) {
      if (OptimalStringAlignment.INSTANCE.distance(w, k, 1) == 1) {
        return true;
      }
    }
    return false;
  }
}
