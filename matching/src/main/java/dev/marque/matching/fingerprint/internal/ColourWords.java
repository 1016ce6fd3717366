package dev.marque.matching.fingerprint.internal;

import dev.marque.matching.internal.GoodsVocabulary;
import java.util.HashMap;
import java.util.Map;

/**
 * The colours a listing names, as families ({@code burgundy} and {@code bordeaux} are red's,
 * {@code navy} blue's), in English, German, French, Spanish, Italian, Portuguese and Dutch: a
 * re-lister rewords a title but does not change the colour of the item it sells, so two listings
 * naming colours of no common family are two variants, not one item listed again. Written by
 * hand for marque from the basic colour terms of those languages (their common inflected forms
 * listed); Apache-2.0. Words that name other things as often as a product's colour are left out:
 * {@code orange} (a fruit and a telecom), {@code rose}, {@code cream}, {@code olive}, {@code
 * gold} (a material), {@code chocolate}, {@code cognac}, {@code charcoal}, {@code khaki}.
 */
public final class ColourWords {
  private ColourWords() {}

  /** The families, one bit each, and their words in the seven languages. */
  private static final String[][] FAMILIES = {
    {"black", "black", "schwarz", "schwarze", "schwarzer", "schwarzes", "schwarzen", "noir",
        "noire", "noirs", "noires", "negro", "negra", "negros", "negras", "nero", "nera", "neri",
        "nere", "preto", "preta", "pretos", "pretas", "zwart", "zwarte"},
    {"white", "white", "weiss", "weisse", "weisser", "weisses", "weissen", "blanc", "blanche",
        "blancs", "blanches", "blanco", "blanca", "blancos", "blancas", "bianco", "bianca",
        "bianchi", "bianche", "branco", "branca", "brancos", "brancas", "wit", "witte", "ivory"},
    {"red", "red", "burgundy", "maroon", "rot", "rote", "roter", "rotes", "roten", "weinrot",
        "rouge", "rouges", "bordeaux", "rojo", "roja", "rojos", "rojas", "burdeos", "rosso",
        "rossa", "rossi", "rosse", "vermelho", "vermelha", "vermelhos", "vermelhas", "rood",
        "rode"},
    {"blue", "blue", "navy", "blau", "blaue", "blauer", "blaues", "blauen", "bleu", "bleue",
        "bleus", "bleues", "azul", "azules", "azuis", "blu", "blauw", "blauwe", "marineblau"},
    {"green", "green", "grun", "grune", "gruner", "grunes", "grunen", "vert", "verte",
        "verts", "vertes", "verde", "verdes", "verdi", "groen", "groene"},
    {"yellow", "yellow", "gelb", "gelbe", "gelber", "gelbes", "gelben", "jaune", "jaunes",
        "amarillo", "amarilla", "amarillos", "amarillas", "giallo", "gialla", "gialli", "gialle",
        "amarelo", "amarela", "amarelos", "amarelas", "geel", "gele"},
    {"brown", "brown", "tan", "camel", "braun", "braune", "brauner", "braunes", "braunen",
        "marron", "marrons", "brun", "brune", "bruns", "brunes", "marrom", "castanho",
        "castanha", "marrone", "bruin", "bruine"},
    {"grey", "grey", "gray", "grau", "graue", "grauer", "graues", "grauen", "gris", "grise",
        "grises", "grigio", "grigia", "grigi", "grigie", "cinza", "cinzento", "cinzenta", "grijs",
        "grijze", "anthracite", "antracite", "anthrazit"},
    {"pink", "pink", "fuchsia", "rosa", "pinkfarben", "rosado", "rosada", "roze"},
    {"purple", "purple", "violet", "lilac", "lila", "violett", "violette", "violets", "violettes",
        "morado", "morada", "morados", "moradas", "viola", "roxo", "roxa", "roxos", "roxas",
        "paars", "paarse"},
    {"beige", "beige", "nude", "bege", "ecru"},
    {"silver", "silver", "silber", "silberne", "silberner", "silbernes", "argent", "argente",
        "argentee", "plateado", "plateada", "argento", "argentato", "prateado", "prateada",
        "zilver", "zilveren"},
  };

  private static final Map<String, Integer> FAMILY_OF = build();
  /** The shortest and longest colour word: a word of another length is not looked up. */
  private static final int MIN_LENGTH = FAMILY_OF.keySet().stream().mapToInt(String::length).min()
      .orElseThrow();
  private static final int MAX_LENGTH = FAMILY_OF.keySet().stream().mapToInt(String::length).max()
      .orElseThrow();
  /** The ASCII letters (lower case) a colour word starts with: most words start otherwise. */
  private static final boolean[] FIRST = new boolean[128];

  static {
    for (String w : FAMILY_OF.keySet()) {
      FIRST[w.charAt(0)] = true;
    }
  }

  private static Map<String, Integer> build() {
    Map<String, Integer> m = new HashMap<>();
    for (int f = 0; f < FAMILIES.length; f++) {
      for (int w = 1; w < FAMILIES[f].length; w++) {
        Integer before = m.put(FAMILIES[f][w], f);
        if (before != null && before != f) {
          throw new IllegalStateException(FAMILIES[f][w] + " is in two colour families");
        }
      }
    }
    return Map.copyOf(m);
  }

  /**
   * {@return the colour families the texts name, one bit each (0 when none)} Words are compared
   * folded as the goods vocabulary folds them ({@link GoodsVocabulary#fold}: lower-cased, without
   * marks; {@code weiß} is {@code weiss}, {@code grün} {@code grun}).
   *
   * @param texts the title, the description...
   */
  public static int of(String... texts) {
    int bits = 0;
    for (String text : texts) {
      int start = -1;
      for (int i = 0; i <= text.length(); i++) {
        boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
        if (letter && start < 0) {
          start = i;
        } else if (!letter && start >= 0) {
          if (mayBeColour(text, start, i)) {
            Integer f = FAMILY_OF.get(GoodsVocabulary.fold(text.substring(start, i)));
            if (f != null) {
              bits |= 1 << f;
            }
          }
          start = -1;
        }
      }
    }
    return bits;
  }

  /**
   * Whether two listings name colours and no colour family of one is named by the other: two
   * variants of an item ({@code brown} against {@code burgundy}), not the same item.
   *
   * @param a one listing's families ({@link #of})
   * @param b the other's
   * @return whether they contradict each other
   */
  public static boolean contradict(int a, int b) {
    return a != 0 && b != 0 && (a & b) == 0;
  }

  /** The family's English name of the lowest bit set: {@code brown}; empty for none. */
  public static String name(int bits) {
    return bits == 0 ? "" : FAMILIES[Integer.numberOfTrailingZeros(bits)][0];
  }

  /**
   * Whether the word from {@code start} to {@code end} may be a colour word, by its length and its
   * first letter: most words of a listing are not looked up (a word with marks may fold shorter,
   * so only its first letter counts when it is not ASCII).
   */
  private static boolean mayBeColour(String text, int start, int end) {
    int length = end - start;
    if (length < MIN_LENGTH || length > MAX_LENGTH + 2) {
      return false;
    }
    char c = Character.toLowerCase(text.charAt(start));
    return c >= 128 || FIRST[c];
  }
}
