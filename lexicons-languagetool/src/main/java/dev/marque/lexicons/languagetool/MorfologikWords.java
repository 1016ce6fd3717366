package dev.marque.lexicons.languagetool;

import dev.marque.matching.Lexicon;
import dev.marque.matching.WordList;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import morfologik.fsa.FSA;

/**
 * A language's word forms read from a LanguageTool part-of-speech dictionary on the class path: a
 * Morfologik automaton of {@code form SEP lemma-encoding SEP tag} sequences. The automaton is kept
 * as it is (about the size of its file on the heap) and asked directly: a folded word is a word
 * when some form that folds to it ({@code grun} for {@code grün}, {@code tasche} for {@code Tasche},
 * {@code citta} for {@code città}) has a reading that is no proper name. So {@code Gucci}, {@code
 * Prada} and {@code Ferrari} (Italian {@code NPR}) or {@code Samsung} and {@code Porsche} (German
 * {@code EIG}) are not ordinary words, and a misspelling of such a brand is still found.
 */
abstract class MorfologikWords implements WordList {
  /** Folded spellings of the characters 0x00-0x24F (Latin-1 and Latin Extended-A/B); null: none. */
  private static final String[] FOLD = new String[0x250];

  static {
    for (char c = 0; c < FOLD.length; c++) {
      if (Character.isLetter(c)) {
        String f = Lexicon.fold(String.valueOf(c));
        if (!f.isEmpty() && f.chars().allMatch(x -> x >= 'a' && x <= 'z')) {
          FOLD[c] = f;
        }
      }
    }
  }

  /** Readings below one form that are looked at before the form is taken as a word. */
  private static final int MAX_READING_ARCS = 4096;

  /** The shortest parts of a compound taken as words. */
  private static final int MIN_FIRST_PART = 3;
  /** A first part this short is taken only as a noun before a noun: Öl-tuch, not zu-gabel. */
  private static final int MIN_NOUN_FIRST_PART = 2;
  private static final int MIN_LAST_PART = 4;
  /** The shortest first part before a linking element: Hund-e-hütte, not Tal-en-house. */
  private static final int MIN_LINKED_PART = 4;

  private final String language;
  private final boolean compounds;
  private final String resource;
  private final Charset charset;
  private final byte separator;
  private final List<String> properNameTags;
  /** The longest proper-name tag, in bytes: how much of a tag is read. */
  private final int tagPrefix;
  private volatile FSA fsa;

  /**
   * @param language the ISO 639-1 code
   * @param resource the dictionary's path on the class path
   * @param charset the dictionary's encoding (its {@code .info} file's {@code fsa.dict.encoding})
   * @param separator its {@code fsa.dict.separator}
   * @param properNameTags the tags (or tag prefixes) of proper names
   * @param compounds whether a compound of two words is a word
   */
  MorfologikWords(String language, String resource, Charset charset, char separator,
      List<String> properNameTags, boolean compounds) {
    this.language = language;
    this.compounds = compounds;
    this.resource = resource;
    this.charset = charset;
    this.separator = (byte) separator;
    this.properNameTags = List.copyOf(properNameTags);
    this.tagPrefix = properNameTags.stream().mapToInt(t -> t.getBytes(charset).length).max()
        .orElse(1);
  }

  @Override
  public String language() {
    return language;
  }

  @Override
  public void load() {
    automaton();
  }

  /** The number of sequences is not stored in these automata, so the size is not known. */
  @Override
  public long size() {
    return -1;
  }

  @Override
  public boolean contains(String folded) {
    if (isListed(folded)) {
      return true;
    }
    if (!compounds || folded.isEmpty() || !isAsciiLetters(folded)) {
      return false;
    }
    FSA a = automaton();
    return inflected(a, folded) || compound(a, folded);
  }

  /**
   * Whether the dictionary holds the folded word itself as an ordinary word, not as a regular
   * inflection or a compound it lacks ({@code handtasche} is listed, {@code lederhandtaschen} is a
   * word by rule).
   */
  @Override
  public boolean isListed(String folded) {
    return spells(folded, ANY_ORDINARY);
  }

  /**
   * Whether a folded word is a proper name of the dictionary ({@code graz}, {@code linz}, {@code
   * andys}): a form whose readings are all names.
   */
  @Override
  public boolean isName(String folded) {
    return spells(folded, ANY_PROPER);
  }

  /** Whether a form of the dictionary spells the folded word with a reading that is {@code wanted}. */
  private boolean spells(String folded, byte[] wanted) {
    Objects.requireNonNull(folded, "folded must not be null");
    if (folded.isEmpty() || !isAsciiLetters(folded)) {
      return false;
    }
    FSA a = automaton();
    return walk(a, a.getRootNode(), folded, 0, wanted);
  }

  private static boolean isAsciiLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /**
   * German's regular inflections of forms the dictionary lacks (Morphy lists lemmas' paradigms as
   * it knows them, not every form a writer uses): a noun with a plural or case ending ({@code
   * juxe}, from {@code Jux}); an adjective with its declension ending; a verb form with its final
   * {@code e} dropped, as in the imperative and the spoken first person ({@code träller}, from
   * {@code trällere}); and a verb in {@code -ern} or {@code -eln} with the {@code e} of its stem
   * dropped before an ending ({@code trillre}, from {@code trillere}; {@code wandre}, {@code
   * handle}).
   */
  private boolean inflected(FSA a, String word) {
    int n = word.length();
    for (String ending : NOUN_ENDINGS) {
      if (takes(word, ending, MIN_STEM)
          && walk(a, a.getRootNode(), word.substring(0, n - ending.length()), 0, NOUN)) {
        return true;
      }
    }
    for (String ending : ADJECTIVE_ENDINGS) {
      if (takes(word, ending, MIN_STEM)
          && walk(a, a.getRootNode(), word.substring(0, n - ending.length()), 0, ADJECTIVE)) {
        return true;
      }
    }
    if (n >= MIN_STEM && walk(a, a.getRootNode(), word + "e", 0, VERB)) {
      return true;
    }
    if (n >= MIN_STEM + 2 && (word.endsWith("re") || word.endsWith("le"))
        && !isVowel(word.charAt(n - 3))) {
      String full = word.substring(0, n - 2) + "e" + word.substring(n - 2);
      return walk(a, a.getRootNode(), full, 0, VERB);
    }
    return false;
  }

  /**
   * Whether {@code word} ends with {@code ending} (an inflectional ending or a compound's linking
   * element) after a stem of {@code minStem} letters or more that may take it: an ending that
   * starts with {@code e} follows a consonant ({@code Jux-e}, {@code Hund-e-hütte}, not {@code
   * Hoodie-e}); {@code n} follows {@code e}, {@code l} or {@code r} ({@code Kerze-n}, {@code
   * Blume-n-topf}, not {@code Opa-n}); {@code s} follows no hissing sound ({@code Auto-s}, not
   * {@code Adonis-s}); {@code r} and {@code m} follow any stem ({@code leise-r}).
   */
  private static boolean takes(String word, String ending, int minStem) {
    int stem = word.length() - ending.length();
    if (stem < minStem || !word.endsWith(ending)) {
      return false;
    }
    char last = word.charAt(stem - 1);
    return switch (ending.charAt(0)) {
      case 'e' -> !isVowel(last);
      case 'n' -> last == 'e' || last == 'l' || last == 'r';
      case 's' -> last != 's' && last != 'x' && last != 'z';
      default -> true;
    };
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  /** The shortest stem an inflectional ending is taken off to leave. */
  private static final int MIN_STEM = 3;
  /** Plural and case endings of German nouns: Tag-e, Tag-es, Held-en, Kerze-n, Auto-s, Kind-er. */
  private static final String[] NOUN_ENDINGS = {"e", "es", "en", "n", "s", "er", "ern"};
  /** Declension endings of German adjectives: schön-e, schön-en, schön-er, leise-n, leise-r. */
  private static final String[] ADJECTIVE_ENDINGS = {"e", "en", "er", "es", "em", "n", "r", "s",
      "m"};
  /** The linking elements of German compounds: Geburtstag-s-geschenk, Blume-n-topf, Kind-er-wagen. */
  private static final String[] LINKS = {"s", "es", "n", "en", "er", "e"};

  /**
   * Whether the word is a compound of two words of the dictionary, the first of at least three
   * letters (two when both are nouns: {@code öltuch}) and the last of at least four, with or
   * without a linking element ({@code -s-}, {@code -es-}, {@code -n-}, {@code -en-}, {@code -er-},
   * {@code -e-}): {@code handtasche}, {@code
   * lederhandtaschen}, {@code geburtstagsgeschenk}, {@code blumentopf}, {@code kinderwagen},
   * {@code hundehutte}. German writes its nouns together, and no dictionary lists every compound.
   */
  private boolean compound(FSA a, String word) {
    for (int i = word.length() - MIN_LAST_PART; i >= MIN_NOUN_FIRST_PART; i--) {
      if (!walk(a, a.getRootNode(), word.substring(i), 0, ANY_ORDINARY)) {
        continue;
      }
      String first = word.substring(0, i);
      if (i < MIN_FIRST_PART) {
        if (walk(a, a.getRootNode(), first, 0, NOUN)
            && walk(a, a.getRootNode(), word.substring(i), 0, NOUN)) {
          return true;
        }
        continue;
      }
      if (walk(a, a.getRootNode(), first, 0, ANY_ORDINARY) || compound(a, first)) {
        return true;
      }
      for (String link : LINKS) {
        int stem = first.length() - link.length();
        if (takes(first, link, MIN_LINKED_PART)
            && walk(a, a.getRootNode(), first.substring(0, stem), 0, ANY_ORDINARY)) {
          return true;
        }
      }
    }
    return false;
  }

  /** What a form's readings must show: {@link #ANY_ORDINARY}, {@link #ANY_PROPER} or a tag. */
  private static final byte[] ANY_ORDINARY = new byte[0];
  private static final byte[] ANY_PROPER = new byte[0];
  private static final byte[] NOUN = "SUB".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final byte[] ADJECTIVE = "ADJ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final byte[] VERB = "VER".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /**
   * Whether, from {@code node} (at a character boundary), a form spells the rest of the word whose
   * readings show what is {@code wanted}: an ordinary word ({@link #ANY_ORDINARY}), a proper name
   * only ({@link #ANY_PROPER}), or a reading whose tag starts with the bytes given ({@code SUB}).
   */
  private boolean walk(FSA a, int node, String word, int i, byte[] wanted) {
    if (i == word.length()) {
      int arc = a.getArc(node, separator);
      if (arc == 0 || a.isArcTerminal(arc)) {
        return false;
      }
      int readings = a.getEndNode(arc);
      if (wanted == ANY_ORDINARY) {
        return ordinary(a, readings);
      }
      if (wanted == ANY_PROPER) {
        return readings(a, readings, -1, new byte[tagPrefix], new int[] {MAX_READING_ARCS})
            == PROPER;
      }
      return tagged(a, readings, wanted, -1, new int[] {MAX_READING_ARCS});
    }
    for (int arc = a.getFirstArc(node); arc != 0; arc = a.getNextArc(arc)) {
      int b = a.getArcLabel(arc) & 0xff;
      if (b == (separator & 0xff) || a.isArcTerminal(arc)) {
        continue;
      }
      int next = a.getEndNode(arc);
      if (b < 0x80 || !isUtf8()) {
        char c = b < 0x80 ? (char) b : decodeSingle(b);
        int n = matched(c, word, i);
        if (n > 0 && walk(a, next, word, i + n, wanted)) {
          return true;
        }
      } else if (b >= 0xC2 && b <= 0xDF) {
        // A two-byte character: its second byte is on the arcs of the next node.
        for (int arc2 = a.getFirstArc(next); arc2 != 0; arc2 = a.getNextArc(arc2)) {
          int b2 = a.getArcLabel(arc2) & 0xff;
          if ((b2 & 0xC0) != 0x80 || a.isArcTerminal(arc2)) {
            continue;
          }
          int n = matched((char) (((b & 0x1F) << 6) | (b2 & 0x3F)), word, i);
          if (n > 0 && walk(a, a.getEndNode(arc2), word, i + n, wanted)) {
            return true;
          }
        }
      }
      // Longer UTF-8 sequences spell no letter that folds to a-z.
    }
    return false;
  }

  /** How many letters of {@code word} from {@code i} the character spells folded; 0 if it does not. */
  private static int matched(char c, String word, int i) {
    String f = c < FOLD.length ? FOLD[c] : null;
    if (f == null) {
      return 0;
    }
    if (f.length() == 1) {
      return word.charAt(i) == f.charAt(0) ? 1 : 0;
    }
    return word.startsWith(f, i) ? f.length() : 0;
  }

  /**
   * Whether the readings below a form (after its first separator) show an ordinary word: some
   * reading whose tag is no proper name, and none that is one.
   */
  private boolean ordinary(FSA a, int node) {
    return readings(a, node, -1, new byte[tagPrefix], new int[] {MAX_READING_ARCS}) == ORDINARY;
  }

  private static final int NONE = 0;
  private static final int ORDINARY = 1;
  private static final int PROPER = 2;

  /**
   * Walks the readings below {@code node}: the lemma's encoding up to the second separator
   * ({@code tagLength < 0}), then the first bytes of the tag. PROPER as soon as a tag is a proper
   * name's, else ORDINARY when some reading was seen, else NONE.
   */
  private int readings(FSA a, int node, int tagLength, byte[] tag, int[] budget) {
    int result = NONE;
    for (int arc = a.getFirstArc(node); arc != 0; arc = a.getNextArc(arc)) {
      if (--budget[0] < 0) {
        return result;
      }
      byte b = a.getArcLabel(arc);
      boolean end = a.isArcTerminal(arc);
      int r;
      if (tagLength < 0) {
        if (b == separator) {
          r = end ? ORDINARY : readings(a, a.getEndNode(arc), 0, tag, budget);
        } else {
          r = end ? NONE : readings(a, a.getEndNode(arc), -1, tag, budget);
        }
      } else {
        tag[tagLength] = b;
        int n = tagLength + 1;
        if (properName(tag, n, false)) {
          r = PROPER;
        } else if (end || n == tag.length || !properName(tag, n, true)) {
          r = ORDINARY;
        } else {
          r = Math.max(a.isArcFinal(arc) ? ORDINARY : NONE,
              readings(a, a.getEndNode(arc), n, tag, budget));
        }
      }
      if (r == PROPER) {
        return PROPER;
      }
      result = Math.max(result, r);
    }
    return result;
  }

  /**
   * Whether some reading below {@code node} has a tag starting with {@code tag}: walks the lemma's
   * encoding up to the second separator ({@code matched < 0}), then matches the tag's first bytes.
   */
  private boolean tagged(FSA a, int node, byte[] tag, int matched, int[] budget) {
    for (int arc = a.getFirstArc(node); arc != 0; arc = a.getNextArc(arc)) {
      if (--budget[0] < 0) {
        return false;
      }
      byte b = a.getArcLabel(arc);
      boolean end = a.isArcTerminal(arc);
      if (matched < 0) {
        if (!end && tagged(a, a.getEndNode(arc), tag, b == separator ? 0 : -1, budget)) {
          return true;
        }
      } else if (b == tag[matched]) {
        if (matched + 1 == tag.length) {
          return true;
        }
        if (!end && tagged(a, a.getEndNode(arc), tag, matched + 1, budget)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the tag's first {@code length} bytes are a proper-name tag ({@code partly}: could
   * still become one).
   */
  private boolean properName(byte[] tag, int length, boolean partly) {
    String t = new String(tag, 0, length, charset);
    for (String p : properNameTags) {
      if (partly ? p.startsWith(t) : t.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private boolean isUtf8() {
    return charset.name().equalsIgnoreCase("UTF-8");
  }

  private char decodeSingle(int b) {
    return new String(new byte[] {(byte) b}, charset).charAt(0);
  }

  private FSA automaton() {
    FSA a = fsa;
    if (a == null) {
      synchronized (this) {
        a = fsa;
        if (a == null) {
          a = read();
          fsa = a;
        }
      }
    }
    return a;
  }

  private FSA read() {
    ClassLoader loader = MorfologikWords.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the dictionary " + resource + " for '" + language
            + "' is not on the class path; its artifact is a dependency of"
            + " marque-lexicons-languagetool");
      }
      return FSA.read(new BufferedInputStream(in, 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dictionary " + resource, e);
    }
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + language + ", " + resource + "]";
  }
}
