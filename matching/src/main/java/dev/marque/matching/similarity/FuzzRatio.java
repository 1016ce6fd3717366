package dev.marque.matching.similarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The RapidFuzz {@code fuzz} scorers, with RapidFuzz's results divided by 100 (so {@code 0.9655...}
 * where RapidFuzz says {@code 96.55...}). No preprocessing is applied, as in RapidFuzz 3: lower-case
 * or normalise first if you want it.
 *
 * <table>
 * <caption>Examples from RapidFuzz's documentation</caption>
 * <tr><th>scorer</th><th>left</th><th>right</th><th>score</th></tr>
 * <tr><td>RATIO</td><td>{@code this is a test}</td><td>{@code this is a test!}</td><td>0.9655...</td></tr>
 * <tr><td>PARTIAL_RATIO</td><td>{@code this is a test}</td><td>{@code this is a test!}</td><td>1.0</td></tr>
 * <tr><td>TOKEN_SET_RATIO</td><td>{@code fuzzy was a bear}</td><td>{@code fuzzy fuzzy was a bear}</td><td>1.0</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
public enum FuzzRatio implements SimilarityScore {
  /** Normalised Indel similarity: {@code 1 - indel / (len(l) + len(r))}. */
  RATIO {
    @Override
    public double score(CharSequence left, CharSequence right) {
      return Indel.INSTANCE.score(left, right);
    }
  },
  /** The best {@link #RATIO} of the shorter string against any equally long part of the longer. */
  PARTIAL_RATIO {
    @Override
    public double score(CharSequence left, CharSequence right) {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
      CharSequence shorter = left.length() <= right.length() ? left : right;
      CharSequence longer = shorter == left ? right : left;
      if (shorter.length() == 0) {
        return longer.length() == 0 ? 1.0 : 0.0;
      }
      double best = partial(shorter, longer);
      if (best < 1.0 && shorter.length() == longer.length()) {
        best = Math.max(best, partial(longer, shorter));
      }
      return best;
    }
  },
  /**
   * Compares the sets of whitespace-separated words: 1 when one set contains the other, otherwise the
   * best ratio among the shared words with each side's remaining words appended.
   */
  TOKEN_SET_RATIO {
    @Override
    public double score(CharSequence left, CharSequence right) {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
      TreeSet<String> a = tokens(left);
      TreeSet<String> b = tokens(right);
      if (a.isEmpty() || b.isEmpty()) {
        return 0.0;
      }
      TreeSet<String> common = new TreeSet<>(a);
      common.retainAll(b);
      TreeSet<String> onlyA = new TreeSet<>(a);
      onlyA.removeAll(b);
      TreeSet<String> onlyB = new TreeSet<>(b);
      onlyB.removeAll(a);
      if (!common.isEmpty() && (onlyA.isEmpty() || onlyB.isEmpty())) {
        return 1.0;
      }
      String diffAb = String.join(" ", onlyA);
      String diffBa = String.join(" ", onlyB);
      int sectLen = String.join(" ", common).length();
      int sep = sectLen == 0 ? 0 : 1;
      int sectAbLen = sectLen + sep + diffAb.length();
      int sectBaLen = sectLen + sep + diffBa.length();
      // The shared words are a common prefix of both sides, so only the differences cost edits.
      int dist = Indel.INSTANCE.distance(diffAb, diffBa);
      double result = 1.0 - (double) dist / (sectAbLen + sectBaLen);
      if (sectLen == 0) {
        return result;
      }
      double ab = 1.0 - (double) (sep + diffAb.length()) / (sectLen + sectAbLen);
      double ba = 1.0 - (double) (sep + diffBa.length()) / (sectLen + sectBaLen);
      return Math.max(result, Math.max(ab, ba));
    }
  };

  private static double partial(CharSequence needle, CharSequence hay) {
    int len1 = needle.length();
    int len2 = hay.length();
    double best = 0.0;
    // Windows cut off at the start, full windows, then windows cut off at the end, as RapidFuzz does.
    for (int i = 1; i < len1 && best < 1.0; i++) {
      best = Math.max(best, Indel.INSTANCE.score(needle, hay.subSequence(0, i)));
    }
    for (int i = 0; i <= len2 - len1 && best < 1.0; i++) {
      best = Math.max(best, Indel.INSTANCE.score(needle, hay.subSequence(i, i + len1)));
    }
    for (int i = Math.max(len2 - len1 + 1, 1); i < len2 && best < 1.0; i++) {
      best = Math.max(best, Indel.INSTANCE.score(needle, hay.subSequence(i, len2)));
    }
    return best;
  }

  private static TreeSet<String> tokens(CharSequence s) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        if (b.length() > 0) {
          out.add(b.toString());
          b.setLength(0);
        }
      } else {
        b.append(c);
      }
    }
    if (b.length() > 0) {
      out.add(b.toString());
    }
    return new TreeSet<>(out);
  }
}
