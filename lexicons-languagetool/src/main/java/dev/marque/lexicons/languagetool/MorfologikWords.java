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
  private static final int MIN_LAST_PART = 4;

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
    Objects.requireNonNull(folded, "folded must not be null");
    if (folded.isEmpty()) {
      return false;
    }
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    FSA a = automaton();
    if (walk(a, a.getRootNode(), folded, 0)) {
      return true;
    }
    return compounds && compound(a, folded);
  }

  /**
   * Whether the word is a compound of two words of the dictionary, the first of at least three
   * letters and the last of at least four, with or without a linking {@code s} ({@code
   * handtasche}, {@code lederhandtaschen}, {@code geburtstagsgeschenk}): German writes its nouns
   * together, and no dictionary lists every compound.
   */
  private boolean compound(FSA a, String word) {
    for (int i = word.length() - MIN_LAST_PART; i >= MIN_FIRST_PART; i--) {
      if (!walk(a, a.getRootNode(), word.substring(i), 0)) {
        continue;
      }
      String first = word.substring(0, i);
      if (walk(a, a.getRootNode(), first, 0) || compound(a, first)
          || (first.endsWith("s") && first.length() > MIN_FIRST_PART
              && walk(a, a.getRootNode(), first.substring(0, first.length() - 1), 0))) {
        return true;
      }
    }
    return false;
  }

  /** Whether, from {@code node} (at a character boundary), a form spells the rest of the word. */
  private boolean walk(FSA a, int node, String word, int i) {
    if (i == word.length()) {
      int arc = a.getArc(node, separator);
      return arc != 0 && !a.isArcTerminal(arc) && ordinary(a, a.getEndNode(arc));
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
        if (n > 0 && walk(a, next, word, i + n)) {
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
          if (n > 0 && walk(a, a.getEndNode(arc2), word, i + n)) {
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
