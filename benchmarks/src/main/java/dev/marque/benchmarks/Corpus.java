package dev.marque.benchmarks;

import dev.marque.core.Brand;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Reproducible benchmark data: brand-like names, listing titles, string pairs. */
final class Corpus {
  private static final String[] SYLLABLES = {"ka", "ro", "lu", "mi", "ve", "sa", "to", "ne", "ri",
      "qu", "xa", "bel", "dor", "fen", "gra", "hal", "jin", "kor", "lex", "mar", "nov", "pra", "sel",
      "tan", "vio", "wen", "zan", "chi", "bru", "sta"};
  private static final String[] WORDS = {"new", "women", "men", "leather", "bag", "shoulder", "black",
      "white", "classic", "large", "small", "wallet", "belt", "watch", "steel", "gold", "silver",
      "summer", "vintage", "genuine", "style", "fashion", "luxury", "designer", "tote", "crossbody",
      "sneakers", "running", "shoes", "size", "free", "shipping", "sale", "hot", "with", "box", "for"};

  private Corpus() {}

  /** {@code count} distinct brand names of two to four syllables, some of two words. */
  static List<Brand> brands(int count, long seed) {
    Random r = new Random(seed);
    Set<String> names = new LinkedHashSet<>();
    while (names.size() < count) {
      StringBuilder b = new StringBuilder();
      int syllables = 2 + r.nextInt(3);
      for (int i = 0; i < syllables; i++) {
        b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
      }
      if (r.nextInt(10) == 0) {
        b.append(' ').append(SYLLABLES[r.nextInt(SYLLABLES.length)]).append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
      }
      b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
      names.add(b.toString());
    }
    List<Brand> out = new ArrayList<>();
    for (String n : names) {
      out.add(Brand.of(n));
    }
    return out;
  }

  /** Titles of about 80 characters; about half mention a brand, plain or disguised. */
  static String[] titles(List<Brand> brands, int count, long seed) {
    Random r = new Random(seed);
    String[] out = new String[count];
    for (int t = 0; t < count; t++) {
      StringBuilder b = new StringBuilder();
      int brandAt = r.nextBoolean() ? r.nextInt(4) : -1;
      int word = 0;
      while (b.length() < 80) {
        if (b.length() > 0) {
          b.append(' ');
        }
        if (word++ == brandAt) {
          b.append(disguise(brands.get(r.nextInt(brands.size())).name(), r));
        } else {
          b.append(WORDS[r.nextInt(WORDS.length)]);
        }
      }
      out[t] = b.substring(0, 80);
    }
    return out;
  }

  private static String disguise(String name, Random r) {
    switch (r.nextInt(5)) {
      case 0:
        return name.toUpperCase();
      case 1:
        return name.replace('o', '0').replace('e', '3');
      case 2:
        return name.length() > 4 ? name.substring(0, 2) + name.substring(3) : name;
      case 3:
        return String.join(" ", name.split(""));
      default:
        return name;
    }
  }

  /** Pairs of strings of 8 to 64 characters, the second a few edits from the first. */
  static String[][] pairs(int count, long seed) {
    Random r = new Random(seed);
    String[][] out = new String[count][];
    for (int i = 0; i < count; i++) {
      int len = 8 + r.nextInt(57);
      StringBuilder a = new StringBuilder();
      for (int k = 0; k < len; k++) {
        a.append((char) ('a' + r.nextInt(26)));
      }
      StringBuilder b = new StringBuilder(a);
      int edits = 1 + r.nextInt(Math.max(1, len / 4));
      for (int e = 0; e < edits && b.length() > 1; e++) {
        int at = r.nextInt(b.length());
        switch (r.nextInt(3)) {
          case 0 -> b.setCharAt(at, (char) ('a' + r.nextInt(26)));
          case 1 -> b.deleteCharAt(at);
          default -> b.insert(at, (char) ('a' + r.nextInt(26)));
        }
      }
      out[i] = new String[] {a.toString(), b.length() > 64 ? b.substring(0, 64) : b.toString()};
    }
    return out;
  }
}
