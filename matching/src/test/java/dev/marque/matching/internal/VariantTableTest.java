package dev.marque.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.matching.MatchOptions;
import dev.marque.matching.PhraseMatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The deletion-variant table: its read-only layout gives back what was added, and long keys posted
 * by their prefixes' variants are found exactly where their whole variants found them (old table
 * beside new, on random aliases and random misspellings, maskings and splittings of them).
 */
class VariantTableTest {
  private static final String[] SYLLABLES = {"ka", "ro", "lu", "mi", "ve", "sa", "to", "ne", "ri",
      "bel", "dor", "fen", "gra", "hal", "jin", "kor", "lex", "mar", "nov", "pra", "sel", "tan",
      "vio", "wen", "zan", "chi", "bru", "sta", "a", "e", "o"};
  private static final String[] FILLER = {"new", "bag", "women", "leather", "tote", "2026", "gold",
      "for", "with", "the", "watch", "paris", "group", "sport"};

  @Test
  void givesBackEveryPostingOfEveryHash() {
    Random r = new Random(17);
    VariantTable table = new VariantTable(10);
    Map<Long, List<Integer>> reference = new HashMap<>();
    for (int i = 0; i < 50_000; i++) {
      long hash = r.nextInt(3) == 0 ? r.nextInt(2_000) : r.nextLong(); // many shared, some 0
      int value = r.nextInt(1_000_000);
      table.add(hash, value);
      reference.computeIfAbsent(hash, k -> new ArrayList<>()).add(0, value); // newest first
    }
    table.trim();
    assertThat(table.postings()).isEqualTo(50_000);
    reference.forEach((hash, values) -> {
      long range = table.find(hash);
      List<Integer> found = new ArrayList<>();
      for (int p = VariantTable.from(range); p < VariantTable.to(range); p++) {
        found.add(table.value(p));
      }
      assertThat(found).as("hash %d", hash).isEqualTo(values);
    });
    for (int i = 0; i < 50_000; i++) {
      long absent = r.nextLong();
      if (!reference.containsKey(absent)) {
        assertThat(table.find(absent)).isZero();
      }
    }
  }

  @Test
  void anEmptyTableFindsNothing() {
    VariantTable table = new VariantTable(0);
    table.trim();
    assertThat(table.find(0)).isZero();
    assertThat(table.find(42)).isZero();
  }

  @Test
  void aLongKeyPostsItsPrefixesVariantsOnly() {
    char[] key = "kalorafashiongroupinternational".toCharArray();
    long[] prefix = new long[key.length + 1];
    Hashing.prefixes(key, key.length, prefix);
    long[] out = new long[64];
    int count = VariantTable.keyPrefixVariants(prefix, 2, new long[VariantTable.PREFIX], out);
    int p = VariantTable.PREFIX;
    assertThat(count).isEqualTo(1 + p + p * (p - 1) / 2); // 37, where the whole key has 497
    assertThat(out[0]).isEqualTo(Hashing.of("kalorafa"));
  }

  @Test
  void aCommonSubsequenceDecidesWhetherTwoSpellingsShareAVariant() {
    char[] q = "kaloramilan".toCharArray();
    assertThat(VariantTable.shareVariant(q, q.length, "kaloramilano".toCharArray(), 0, 1)).isTrue();
    assertThat(VariantTable.shareVariant(q, q.length, "kaloramilano".toCharArray(), 1, 0)).isFalse();
    // One deleted from the window, two from the key: a substitution and a lost letter.
    char[] typo = "kalxramilno".toCharArray();
    assertThat(VariantTable.shareVariant(typo, typo.length, "kaloramilano".toCharArray(), 1, 2))
        .isTrue();
    char[] moved = "kalxxramilno".toCharArray();
    assertThat(VariantTable.shareVariant(moved, moved.length, "kaloramilano".toCharArray(), 1, 2))
        .isFalse();
  }

  /**
   * The matcher with long keys posted by their prefixes' variants finds exactly what it found with
   * all their variants: every random text, every match, its span, method and similarity.
   */
  @Property(tries = 60)
  void prefixVariantsFindWhatWholeVariantsFound(@ForAll long seed) {
    compare(new Random(seed), 40);
  }

  /** The same on more texts, counting the long keys found misspelt: the comparison is not empty. */
  @Test
  void longKeysAreFoundMisspeltAsBefore() {
    Random r = new Random(20261202);
    int misspelt = 0;
    for (int round = 0; round < 20; round++) {
      misspelt += compare(r, 100);
    }
    assertThat(misspelt).isGreaterThan(100);
  }

  /**
   * Compiles both matchers for a random portfolio and compares them on {@code texts} random texts;
   * returns how many matches were of a long key, misspelt or masked.
   */
  private static int compare(Random r, int texts) {
    Map<String, List<String>> spellings = new LinkedHashMap<>();
    List<String> all = new ArrayList<>();
    for (int b = 0; b < 12; b++) {
      String name = phrase(r, 1 + r.nextInt(2));
      List<String> list = new ArrayList<>(List.of(name));
      for (int a = 0, n = r.nextInt(4); a < n; a++) {
        list.add(a == 0 ? name + " " + phrase(r, 1 + r.nextInt(3)) : phrase(r, 1 + r.nextInt(4)));
      }
      if (spellings.putIfAbsent(name, list) == null) {
        all.addAll(list);
      }
    }
    MatchOptions options = MatchOptions.defaults();
    PhraseMatcher byPrefix = PhraseMatcher.compile(spellings, Map.of(), true, options, true);
    PhraseMatcher whole = PhraseMatcher.compile(spellings, Map.of(), true, options, false);
    int longMisspelt = 0;
    for (int t = 0; t < texts; t++) {
      String text = text(r, all.get(r.nextInt(all.size())));
      List<PhraseMatch> expected = whole.find(text);
      assertThat(byPrefix.find(text)).as("in [%s]", text).isEqualTo(expected);
      for (PhraseMatch m : expected) {
        if (m.similarity() < 1 && m.spelling().replace(" ", "").length() > VariantTable.PREFIX) {
          longMisspelt++;
        }
      }
    }
    return longMisspelt;
  }

  private static String phrase(Random r, int words) {
    StringBuilder b = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        b.append(' ');
      }
      for (int s = 0, n = 1 + r.nextInt(4); s < n; s++) {
        b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
      }
    }
    return b.toString();
  }

  /** A title holding {@code spelling} misspelt, masked, split or glued, among filler words. */
  private static String text(Random r, String spelling) {
    StringBuilder s = new StringBuilder(spelling);
    for (int e = 0, n = r.nextInt(4); e < n && s.length() > 1; e++) {
      int at = r.nextInt(s.length());
      char c = SYLLABLES[r.nextInt(SYLLABLES.length)].charAt(0);
      switch (r.nextInt(6)) {
        case 0 -> s.setCharAt(at, c);
        case 1 -> s.deleteCharAt(at);
        case 2 -> s.insert(at, c);
        case 3 -> {
          if (at + 1 < s.length()) {
            char x = s.charAt(at);
            s.setCharAt(at, s.charAt(at + 1));
            s.setCharAt(at + 1, x);
          }
        }
        case 4 -> s.setCharAt(at, '*');
        default -> s.insert(at, ' ');
      }
    }
    String mention = r.nextInt(5) == 0 ? s.toString().replace(" ", "") : s.toString();
    StringBuilder title = new StringBuilder();
    for (int k = 0, n = r.nextInt(3); k < n; k++) {
      title.append(FILLER[r.nextInt(FILLER.length)]).append(' ');
    }
    title.append(mention);
    for (int k = 0, n = r.nextInt(3); k < n; k++) {
      title.append(' ').append(FILLER[r.nextInt(FILLER.length)]);
    }
    return title.toString();
  }
}
