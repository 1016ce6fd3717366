package dev.marque.matching.fingerprint.internal;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import dev.marque.matching.text.NormalizedText;
import dev.marque.matching.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The shingles of a listing's text: the matcher's own normalisation first (case, lookalike
 * letters, leetspeak, separators: so {@code G U C C I} and {@code Guссі} shingle like
 * {@code gucci}), then every word and every character 4-gram of every word (a word shorter than
 * four letters is its own gram), each hashed to 32 bits. Sets, not sequences: reordering the
 * words of a title changes nothing, rewording changes only the words replaced, and a misspelt
 * word still shares most of its 4-grams.
 */
public final class TextShingles {
  /** Of a description, only this many characters are shingled: titles carry the identity. */
  public static final int MAX_DESCRIPTION_CHARS = 2_000;

  private static final Hasher64 HASH = Hashing.komihash5_0();
  private static final TextNormalizer NORMALIZER = TextNormalizer.standard();

  private TextShingles() {}

  /**
   * The sorted, distinct shingle hashes of a title and description.
   *
   * @param title the title
   * @param description the description, or empty
   * @return sorted distinct 32-bit hashes
   */
  public static int[] of(String title, String description) {
    String text = normalize(title, description).text();
    Scratch scratch = SCRATCH.get();
    int[] out = scratch.hashes;
    int n = 0;
    Slice slice = scratch.slice;
    int len = text.length();
    int i = 0;
    while (i < len) {
      int start = wordStart(text, i);
      i = wordEnd(text, start);
      if (i == start) {
        continue;
      }
      if (n + 2 + (i - start) > out.length) {
        out = Arrays.copyOf(out, Math.max(out.length * 2, n + 2 + (i - start)));
        scratch.hashes = out;
      }
      Slice word = slice.of(text, start, i);
      out[n++] = (int) HASH.hashCharsToLong(word.withPrefix('w'));
      int length = i - start;
      if (length > 4) {
        for (int g = start; g + 4 <= i; g++) {
          out[n++] = (int) HASH.hashCharsToLong(slice.of(text, g, g + 4));
        }
      } else if (length < 4) {
        out[n++] = (int) HASH.hashCharsToLong(slice.of(text, start, i));
      }
      // a word of exactly four letters is its own single gram, the same as its word shingle's
      // content; one entry suffices
    }
    slice.of("", 0, 0); // the text is not kept past the call
    Arrays.sort(out, 0, n);
    int u = 0;
    for (int k = 0; k < n; k++) {
      if (k == 0 || out[k] != out[k - 1]) {
        out[u++] = out[k];
      }
    }
    return Arrays.copyOf(out, u);
  }

  /** Where the next word (a run of letters and digits) starts, from {@code i}. */
  private static int wordStart(String text, int i) {
    while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Where the word that starts at {@code i} ends. */
  private static int wordEnd(String text, int i) {
    while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The text {@link #of} shingles: title and description, normalised. */
  private static NormalizedText normalize(String title, String description) {
    String d = description.length() > MAX_DESCRIPTION_CHARS
        ? description.substring(0, MAX_DESCRIPTION_CHARS) : description;
    return NORMALIZER.normalize(d.isEmpty() ? title : title + "\n" + d);
  }

  /**
   * A word of a listing's text as the listing writes it, with its normalised form and that
   * form's shingle.
   *
   * @param asWritten the word as written ({@code A U R E L I A}, {@code Laurel})
   * @param normalized the word as the matcher normalises it ({@code aurelia}, {@code iaurei})
   * @param shingle the shingle of the normalised word
   */
  public record Word(String asWritten, String normalized, int shingle) {}

  /**
   * The words of a title and description whose word shingle is in a set, each once (by its
   * normalised form), as the listing writes them, in the order they come: the words a listing
   * shares with another listing's shingles.
   *
   * @param title the title
   * @param description the description, or empty
   * @param set sorted distinct shingles, as {@link #of} gives
   * @return the shared words
   */
  public static List<Word> sharedWords(String title, String description, int[] set) {
    NormalizedText normalized = normalize(title, description);
    String text = normalized.text();
    List<Word> out = new ArrayList<>();
    Slice slice = new Slice();
    int len = text.length();
    int i = 0;
    while (i < len) {
      int start = wordStart(text, i);
      i = wordEnd(text, start);
      if (i > start) {
        int shingle = (int) HASH.hashCharsToLong(slice.of(text, start, i).withPrefix('w'));
        if (Arrays.binarySearch(set, shingle) >= 0
            && out.stream().noneMatch(w -> w.shingle() == shingle)) {
          out.add(new Word(normalized.originalText(start, i).strip(), text.substring(start, i),
              shingle));
        }
      }
    }
    return out;
  }

  /** One thread's buffers for {@link #of}: the hashes as they are made, and the slice hashed. */
  private static final class Scratch {
    int[] hashes = new int[256];
    final Slice slice = new Slice();
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /**
   * The exact Jaccard similarity of two sorted distinct sets.
   *
   * @param a a sorted set
   * @param b another
   * @return |a ∩ b| / |a ∪ b|, 0 when both are empty
   */
  public static double jaccard(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int both = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        both++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - both;
    return union == 0 ? 0 : (double) both / union;
  }

  /**
   * The exact Jaccard similarity of two sorted distinct sets when it is at least {@code least},
   * else -1, giving up as soon as too many elements of either set have been found outside the
   * other for the bar to be reached: most candidates of a query are far below it.
   *
   * @param a a sorted set
   * @param b another
   * @param least the bar, above 0
   * @return {@link #jaccard jaccard(a, b)} when it is at least {@code least}, else -1
   */
  public static double jaccardAtLeast(int[] a, int[] b, double least) {
    int la = a.length;
    int lb = b.length;
    if (Math.min(la, lb) < least * Math.max(la, lb)) {
      return -1; // even if the smaller were inside the larger
    }
    // J >= least  <=>  |a ∩ b| >= least / (1 + least) * (|a| + |b|)
    int need = (int) Math.ceil(least / (1 + least) * (la + lb) - 1e-9);
    int spareA = la - need;
    int spareB = lb - need;
    int i = 0;
    int j = 0;
    int both = 0;
    while (i < la && j < lb) {
      if (a[i] == b[j]) {
        both++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        if (--spareA < 0) {
          return -1;
        }
        i++;
      } else {
        if (--spareB < 0) {
          return -1;
        }
        j++;
      }
    }
    int union = la + lb - both;
    double jaccard = union == 0 ? 0 : (double) both / union;
    return jaccard >= least ? jaccard : -1;
  }

  /**
   * A run of a string's characters, optionally after one prefix character, as a {@link
   * CharSequence} the hasher reads without a substring being made for every shingle; it hashes
   * exactly as the equal {@code String} does.
   */
  static final class Slice implements CharSequence {
    private String text = "";
    private int start;
    private int end;
    private char prefix;
    private int prefixLength;

    Slice of(String s, int from, int to) {
      text = s;
      start = from;
      end = to;
      prefixLength = 0;
      return this;
    }

    Slice withPrefix(char c) {
      prefix = c;
      prefixLength = 1;
      return this;
    }

    @Override
    public int length() {
      return prefixLength + end - start;
    }

    @Override
    public char charAt(int index) {
      if (index < prefixLength) {
        return prefix;
      }
      return text.charAt(start + index - prefixLength);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      return toString().substring(from, to);
    }

    @Override
    public String toString() {
      return (prefixLength > 0 ? String.valueOf(prefix) : "") + text.substring(start, end);
    }
  }
}
