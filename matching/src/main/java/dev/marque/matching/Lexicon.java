package dev.marque.matching;

import dev.marque.matching.internal.PackedWords;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the languages listings are written in, with their inflected forms ({@code twinkled},
 * {@code boggles}, {@code réarme}): a token that is such a word is not reported as a misspelt brand
 * unless the seller also disguised it (see the {@linkplain dev.marque.matching package
 * documentation}). Immutable and thread-safe; each language's list is read from the class path once,
 * on first use, and shared by every lexicon and index in the JVM.
 *
 * <pre>{@code
 * Lexicon all = Lexicon.available();            // every language whose list is on the class path
 * all.contains("Réarme");                      // true: a French word, whatever its case or accents
 * Lexicon.of(List.of("en")).contains("hoodie");  // true
 * all.languagesOf("mango");                    // the languages that list it: [en, es, ...]
 * Lexicon mine = all.withWords(List.of("kawaii")).withoutWords(List.of("gucci"));
 * }</pre>
 *
 * <p>The lists ship in the artifact {@code dev.marque:marque-lexicons} (data only, a few MB), under
 * {@code dev/marque/lexicons/<language>/words.lex}; {@code marque-matching} works without it, with no
 * language available. A language without such a list may come from a {@link WordList} service of
 * another artifact: {@code dev.marque:marque-lexicons-languagetool} supplies German and Italian so,
 * from dictionaries that stay in their own artifacts. Words are compared {@linkplain #fold folded}:
 * lower case, marks removed.
 *
 * @since 0.2.0
 */
public final class Lexicon {
  /**
   * The languages marque knows how to load, as ISO 639-1 codes: English, German, French, Spanish,
   * Italian, Portuguese, Dutch. Whether a language's list is present is {@link #availableLanguages()}.
   */
  public static final List<String> KNOWN_LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl");

  private static final String RESOURCE = "dev/marque/lexicons/%s/words.lex";
  /** The same lists' proper names, beside each list: read on first use, absent in older jars. */
  private static final String NAMES_RESOURCE = "dev/marque/lexicons/%s/names.lex";
  private static final ConcurrentHashMap<String, Words> LOADED = new ConcurrentHashMap<>();
  /** The word lists other artifacts supply, by language: found once, read on first use. */
  private static volatile Map<String, WordList> services;
  private static final Lexicon EMPTY = new Lexicon(Set.of(), Set.of(), Set.of());
  /** The longest word kept in the lists: a longer token is no word of ours. */
  private static final int MAX_WORD = 48;

  private final Set<String> languages;
  private final Set<String> added;
  private final Set<String> removed;

  private Lexicon(Set<String> languages, Set<String> added, Set<String> removed) {
    this.languages = languages;
    this.added = added;
    this.removed = removed;
  }

  /** {@return a lexicon of no language and no word: nothing is a word} */
  public static Lexicon empty() {
    return EMPTY;
  }

  /** {@return a lexicon of every {@linkplain #availableLanguages() available} language} */
  public static Lexicon available() {
    return of(availableLanguages());
  }

  /**
   * {@return the {@linkplain #KNOWN_LANGUAGES known} languages whose list is on the class path (all
   * of those {@code marque-lexicons} ships, when it is a dependency), in the order of {@link
   * #KNOWN_LANGUAGES}}
   */
  public static Set<String> availableLanguages() {
    Set<String> out = new LinkedHashSet<>();
    for (String language : KNOWN_LANGUAGES) {
      if (LOADED.containsKey(language) || loader().getResource(resource(language)) != null
          || services().containsKey(language)) {
        out.add(language);
      }
    }
    return Set.copyOf(out);
  }

  /**
   * A lexicon of the given languages (ISO 639-1 codes such as {@code "en"}, any case). The lists are
   * read when first asked, or by {@link #load()}.
   *
   * @param languages the languages, each {@linkplain #availableLanguages() available}
   * @return the lexicon
   * @throws IllegalArgumentException naming a language that is unknown or whose list is not on the
   *     class path (add the dependency {@code dev.marque:marque-lexicons})
   * @throws NullPointerException if {@code languages} or one of them is null
   */
  public static Lexicon of(Collection<String> languages) {
    Objects.requireNonNull(languages, "languages must not be null");
    Set<String> out = new TreeSet<>();
    int i = 0;
    for (String language : languages) {
      Objects.requireNonNull(language, "languages[" + i + "] must not be null");
      String code = language.strip().toLowerCase(Locale.ROOT);
      if (!KNOWN_LANGUAGES.contains(code)) {
        throw new IllegalArgumentException("languages[" + i + "] is not a known language: '"
            + language + "'; known: " + KNOWN_LANGUAGES);
      }
      if (!LOADED.containsKey(code) && loader().getResource(resource(code)) == null
          && !services().containsKey(code)) {
        throw new IllegalArgumentException("languages[" + i + "]: no word list for '" + code
            + "' on the class path (" + resource(code) + "); add the dependency"
            + " dev.marque:marque-lexicons" + (code.equals("de") || code.equals("it")
                ? "-languagetool" : "") + ", or choose among " + availableLanguages());
      }
      out.add(code);
      i++;
    }
    return new Lexicon(Set.copyOf(out), Set.of(), Set.of());
  }

  /** {@return the languages of this lexicon} */
  public Set<String> languages() {
    return languages;
  }

  /** {@return the words added to the languages' lists by {@link #withWords}, folded} */
  public Set<String> addedWords() {
    return added;
  }

  /** {@return the words taken out of the languages' lists by {@link #withoutWords}, folded} */
  public Set<String> removedWords() {
    return removed;
  }

  /**
   * A copy that also counts these words as words (your market's vocabulary), folded; a word added
   * is no longer removed.
   *
   * @param words the words to add
   * @return the changed copy
   * @throws NullPointerException if {@code words} or one of them is null
   */
  public Lexicon withWords(Collection<String> words) {
    Set<String> w = folded(words, "words");
    Set<String> a = new TreeSet<>(added);
    a.addAll(w);
    Set<String> r = new TreeSet<>(removed);
    r.removeAll(w);
    return new Lexicon(languages, Set.copyOf(a), Set.copyOf(r));
  }

  /**
   * A copy that does not count these words as words, though a language lists them (a brand that
   * must be found even when misspelt as a word), folded; a word removed is no longer added.
   *
   * @param words the words to take out
   * @return the changed copy
   * @throws NullPointerException if {@code words} or one of them is null
   */
  public Lexicon withoutWords(Collection<String> words) {
    Set<String> w = folded(words, "words");
    Set<String> r = new TreeSet<>(removed);
    r.addAll(w);
    Set<String> a = new TreeSet<>(added);
    a.removeAll(w);
    return new Lexicon(languages, Set.copyOf(a), Set.copyOf(r));
  }

  /**
   * Whether {@code word}, {@linkplain #fold folded}, is a word of one of the languages or an added
   * word, and not a removed one.
   *
   * @param word a single word, in any case, with or without accents
   * @return whether it is a word
   * @throws NullPointerException if {@code word} is null
   */
  public boolean contains(CharSequence word) {
    String f = fold(Objects.requireNonNull(word, "word must not be null"));
    if (removed.contains(f)) {
      return false;
    }
    if (added.contains(f)) {
      return true;
    }
    byte[] key = asciiKey(f);
    if (key == null) {
      return false;
    }
    for (String language : languages) {
      if (words(language).contains(key, f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code word}, {@linkplain #fold folded}, is a proper name that a language's list knows
   * (a place or a person's name: {@code Graz}, {@code Linz}) and no word of this lexicon: such a
   * token is not reported as a misspelling of a brand, though a brand that is a name is still a
   * brand. Names come from the {@link WordList}s ({@code marque-lexicons-languagetool}:
   * German and Italian) and {@code marque-lexicons}' names lists beside its word lists (the
   * names its sources hold: {@code Hedy}, {@code Texel}).
   *
   * @param word a single word, in any case, with or without accents
   * @return whether it is a known name
   * @throws NullPointerException if {@code word} is null
   * @since 0.2.0
   */
  public boolean isName(CharSequence word) {
    String f = fold(Objects.requireNonNull(word, "word must not be null"));
    if (removed.contains(f) || added.contains(f)) {
      return false;
    }
    byte[] key = asciiKey(f);
    if (key == null) {
      return false;
    }
    for (String language : languages) {
      if (words(language).isName(f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The languages of this lexicon that list {@code word}, {@linkplain #fold folded}: which language
   * a brand name is an ordinary word of. Added and removed words are not counted.
   *
   * @param word a single word
   * @return the languages listing it, possibly none
   * @throws NullPointerException if {@code word} is null
   */
  public Set<String> languagesOf(CharSequence word) {
    return languagesOf(word, false);
  }

  /**
   * The languages of this lexicon whose lists hold {@code word}, {@linkplain #fold folded}, as that
   * very form: {@link #languagesOf} less the languages that take it for a word only by a rule for
   * the forms no list holds ({@link WordList#isListed}: a German compound such as {@code
   * singlesore}, Single and Sore, is a word of German by rule, listed in no language). Added and
   * removed words are not counted.
   *
   * @param word a single word
   * @return the languages listing that form, possibly none
   * @throws NullPointerException if {@code word} is null
   * @since 0.2.0
   */
  public Set<String> languagesListing(CharSequence word) {
    return languagesOf(word, true);
  }

  /** The languages whose lists hold the word, as it is if {@code listed}, else by rule too. */
  private Set<String> languagesOf(CharSequence word, boolean listed) {
    byte[] key = asciiKey(fold(Objects.requireNonNull(word, "word must not be null")));
    if (key == null) {
      return Set.of();
    }
    Set<String> out = new TreeSet<>();
    String f = new String(key, StandardCharsets.US_ASCII);
    for (String language : languages) {
      Words w = words(language);
      if (listed ? w.isListed(key, f) : w.contains(key, f)) {
        out.add(language);
      }
    }
    return Set.copyOf(out);
  }

  /**
   * Reads every list of this lexicon now (it is otherwise read on first use), so that the first
   * lookup does not pay for it; a list already read by any lexicon is not read again.
   *
   * @return this lexicon
   * @throws UncheckedIOException if a list cannot be read
   */
  public Lexicon load() {
    for (String language : languages) {
      words(language).loadNames();
    }
    return this;
  }

  /**
   * {@return the number of words the languages list (the same word in two languages counted
   * twice); a list another artifact supplies counts with its {@linkplain WordList#size() entries},
   * or not at all when it cannot tell}
   */
  public long size() {
    long n = 0;
    for (String language : languages) {
      n += Math.max(0, words(language).size());
    }
    return n;
  }

  /**
   * The form words are compared in: lower case (root locale), canonically decomposed, marks
   * removed, and {@code ß æ œ ø ł đ ð þ ı} spelt {@code ss ae oe o l d d th i}: {@code Réarme} is
   * {@code rearme}, {@code Straße} is {@code strasse}. The lists are stored folded.
   *
   * @param word the word
   * @return the folded word
   * @throws NullPointerException if {@code word} is null
   */
  public static String fold(CharSequence word) {
    Objects.requireNonNull(word, "word must not be null");
    String lower = word.toString().toLowerCase(Locale.ROOT);
    boolean ascii = true;
    for (int i = 0; i < lower.length() && ascii; i++) {
      ascii = lower.charAt(i) < 0x80;
    }
    if (ascii) {
      return lower;
    }
    String d = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case 'ß' -> b.append("ss");
        case 'æ' -> b.append("ae");
        case 'œ' -> b.append("oe");
        case 'ø' -> b.append('o');
        case 'ł' -> b.append('l');
        case 'đ', 'ð' -> b.append('d');
        case 'þ' -> b.append("th");
        case 'ı' -> b.append('i');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** The folded word as bytes when it is a-z only and not too long, else null: no list has it. */
  private static byte[] asciiKey(String folded) {
    int n = folded.length();
    if (n == 0 || n > MAX_WORD) {
      return null;
    }
    byte[] key = new byte[n];
    for (int i = 0; i < n; i++) {
      char c = folded.charAt(i);
      if (c < 'a' || c > 'z') {
        return null;
      }
      key[i] = (byte) c;
    }
    return key;
  }

  private static Set<String> folded(Collection<String> words, String name) {
    Objects.requireNonNull(words, name + " must not be null");
    Set<String> out = new TreeSet<>();
    int i = 0;
    for (String w : words) {
      Objects.requireNonNull(w, name + "[" + i++ + "] must not be null");
      String f = fold(w.strip());
      if (!f.isEmpty()) {
        out.add(f);
      }
    }
    return out;
  }

  /** A language's words, from marque's own list or from another artifact's {@link WordList}. */
  private interface Words {
    /** Whether the folded word, given as its a-z bytes and as a string, is a word. */
    boolean contains(byte[] key, String folded);

    /** Whether the list holds the folded word itself, not only by a rule ({@link WordList#isListed}). */
    boolean isListed(byte[] key, String folded);

    /** Whether the folded word is a proper name of the list. */
    boolean isName(String folded);

    /** Reads the list's names now, if it has any. */
    void loadNames();

    long size();
  }

  private static Words words(String language) {
    return LOADED.computeIfAbsent(language, Lexicon::read);
  }

  /** marque's own list when it is on the class path, else the list another artifact supplies. */
  private static Words read(String language) {
    String resource = resource(language);
    try (InputStream in = loader().getResourceAsStream(resource)) {
      if (in == null) {
        WordList service = services().get(language);
        if (service == null) {
          throw new IllegalStateException(
              "the word list " + resource + " is no longer on the class path");
        }
        service.load();
        return new Words() {
          @Override
          public boolean contains(byte[] key, String folded) {
            return service.contains(folded);
          }

          @Override
          public boolean isListed(byte[] key, String folded) {
            return service.isListed(folded);
          }

          @Override
          public boolean isName(String folded) {
            return service.isName(folded);
          }

          @Override
          public void loadNames() {
            // a service reads its names with its words
          }

          @Override
          public long size() {
            return service.size();
          }
        };
      }
      PackedWords packed = PackedWords.read(new BufferedInputStream(in, 1 << 16), resource);
      return new Words() {
        private volatile PackedWords names;

        @Override
        public boolean contains(byte[] key, String folded) {
          return packed.contains(key, key.length);
        }

        @Override
        public boolean isListed(byte[] key, String folded) {
          return contains(key, folded);
        }

        @Override
        public boolean isName(String folded) {
          byte[] key = asciiKey(folded);
          return key != null && names().contains(key, key.length);
        }

        @Override
        public void loadNames() {
          names();
        }

        private PackedWords names() {
          PackedWords n = names;
          if (n == null) {
            synchronized (this) {
              n = names;
              if (n == null) {
                n = readNames(language);
                names = n;
              }
            }
          }
          return n;
        }

        @Override
        public long size() {
          return packed.size();
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the word list " + resource, e);
    }
  }

  /** The names list beside a language's word list; an empty list when there is none. */
  private static PackedWords readNames(String language) {
    String resource = String.format(Locale.ROOT, NAMES_RESOURCE, language);
    try (InputStream in = loader().getResourceAsStream(resource)) {
      return in == null ? PackedWords.empty()
          : PackedWords.read(new BufferedInputStream(in, 1 << 16), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the names list " + resource, e);
    }
  }

  /** The {@link WordList} services on the class path or module path, the first for a language. */
  private static Map<String, WordList> services() {
    Map<String, WordList> found = services;
    if (found == null) {
      Map<String, WordList> out = new LinkedHashMap<>();
      for (WordList list : ServiceLoader.load(WordList.class, loader())) {
        String code = list.language().strip().toLowerCase(Locale.ROOT);
        if (KNOWN_LANGUAGES.contains(code)) {
          out.putIfAbsent(code, list);
        }
      }
      found = Map.copyOf(out);
      services = found;
    }
    return found;
  }

  private static String resource(String language) {
    return String.format(Locale.ROOT, RESOURCE, language);
  }

  private static ClassLoader loader() {
    ClassLoader l = Lexicon.class.getClassLoader();
    return l != null ? l : ClassLoader.getSystemClassLoader();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Lexicon l && languages.equals(l.languages) && added.equals(l.added)
        && removed.equals(l.removed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(languages, added, removed);
  }

  @Override
  public String toString() {
    return "Lexicon" + new TreeSet<>(languages) + (added.isEmpty() ? "" : " +" + added.size())
        + (removed.isEmpty() ? "" : " -" + removed.size());
  }
}
