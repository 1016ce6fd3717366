package dev.marque.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The normaliser's generated Unicode tables against ICU4J itself, which the normaliser used at run
 * time before: every code point, and NFKC_Casefold over sequences that reorder and compose.
 */
class UnicodeTablesTest {
  private static final Normalizer2 ICU_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

  @Test
  void theTablesHoldTheUnicodeVersionOfTheIcu4jTheyWereGeneratedWith() {
    assertThat(UnicodeTables.unicodeVersion()).isEqualTo(UCharacter.getUnicodeVersion().toString());
  }

  @Test
  void everyCodePointHasIcu4jsPropertiesAndFolds() {
    List<String> differences = new ArrayList<>();
    SpoofChecker spoof = new SpoofChecker.Builder().build();
    Normalizer2 nfd = Normalizer2.getNFDInstance();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String s = new String(Character.toChars(cp));
      int icuType = UCharacter.getType(cp);
      check(differences, cp, "category", icuType <= UCharacter.FORMAT ? icuType : icuType + 1,
          UnicodeTables.type(cp));
      check(differences, cp, "letter", UCharacter.isLetter(cp), UnicodeTables.isLetter(cp));
      check(differences, cp, "letter or digit", UCharacter.isLetterOrDigit(cp),
          UnicodeTables.isLetterOrDigit(cp));
      check(differences, cp, "default ignorable",
          UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT),
          UnicodeTables.isDefaultIgnorable(cp));
      check(differences, cp, "boundary", ICU_CASEFOLD.hasBoundaryBefore(cp),
          UnicodeTables.hasCasefoldBoundaryBefore(cp));
      check(differences, cp, "NFKC_Casefold", ICU_CASEFOLD.normalize(s),
          UnicodeTables.nfkcCasefold(s));
      check(differences, cp, "invisible", cp >= 0x80 && (UCharacter.getType(cp) == UCharacter.FORMAT
          || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)),
          InvisibleRemoval.isInvisible(cp));
      check(differences, cp, "confusable fold", referenceFold(spoof, nfd, cp),
          ConfusableFolding.fold(cp));
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void casefoldingReordersMarksAndComposes() {
    assertThat(UnicodeTables.nfkcCasefold("E\u0301")).isEqualTo("é");
    assertThat(UnicodeTables.nfkcCasefold("a\u0301\u0323")).isEqualTo("\u1EA1\u0301"); // ạ́
    assertThat(UnicodeTables.nfkcCasefold("\u1100\u1161\u11A8")).isEqualTo("각");
    assertThat(UnicodeTables.nfkcCasefold("\u1E9E")).isEqualTo("ss");
    assertThat(UnicodeTables.nfkcCasefold("\uFB01")).isEqualTo("fi");
    assertThat(UnicodeTables.nfkcCasefold("\u212B")).isEqualTo("å"); // Angstrom sign
    assertThat(UnicodeTables.nfkcCasefold("G\u200Bucci")).isEqualTo("gucci");
    assertThat(UnicodeTables.nfkcCasefold("\u0B47\u0B3E")).isEqualTo("\u0B4B"); // two starters
    assertThat(UnicodeTables.nfkcCasefold("\uD800")).isEqualTo("\uD800");
    assertThat(UnicodeTables.nfkcCasefold("")).isEmpty();
  }

  @Property(tries = 3000)
  void casefoldingEqualsIcu4jOnAnySequence(@ForAll("sequences") String s) {
    assertThat(UnicodeTables.nfkcCasefold(s)).isEqualTo(ICU_CASEFOLD.normalize(s));
  }

  @Provide
  Arbitrary<String> sequences() {
    List<Integer> tricky = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (UCharacter.getCombiningClass(cp) != 0 || !ICU_CASEFOLD.hasBoundaryBefore(cp)
          || !ICU_CASEFOLD.isInert(cp) && cp < 0x20000) {
        tricky.add(cp);
      }
    }
    Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.of(tricky)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between('A', 'z')),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x1100, 0x11FF)), // Hangul jamo
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0xAC00, 0xAC40)), // syllables
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, Character.MAX_CODE_POINT)));
    return codePoint.list().ofMinSize(1).ofMaxSize(12).map(cps -> {
      StringBuilder b = new StringBuilder();
      cps.forEach(b::appendCodePoint);
      return b.toString();
    });
  }

  private static void check(List<String> differences, int cp, String what, Object icu,
      Object ours) {
    if (!icu.equals(ours) && differences.size() < 20) {
      differences.add(String.format("U+%04X %s: ICU4J %s, tables %s", cp, what, icu, ours));
    }
  }

  /** ConfusableFolding.fold as it was computed with ICU4J at run time, before the tables. */
  private static String referenceFold(SpoofChecker spoof, Normalizer2 nfd, int cp) {
    char enclosed = ConfusableFolding.enclosedLetter(cp);
    if (enclosed != 0) {
      return String.valueOf(enclosed);
    }
    if (cp < 0x80 || !UCharacter.isLetter(cp)) {
      return "";
    }
    String single = new String(Character.toChars(cp));
    String base = latinLetters(nfd.normalize(single)); // a Latin letter with marks: its letter
    if (base.length() == 1) {
      return base;
    }
    String latin = latinLetters(spoof.getSkeleton(single));
    if (latin.length() == 2) { // an ASCII letter's own skeleton stands for the letter: rn is m
      for (char c = 'a'; c <= 'z'; c++) {
        if (latin.equals(latinLetters(spoof.getSkeleton(String.valueOf(c))))) {
          return String.valueOf(c);
        }
      }
    }
    return latin.isEmpty() ? base : latin;
  }

  private static String latinLetters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = UCharacter.getType(cp);
      if (type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK
          || type == UCharacter.COMBINING_SPACING_MARK) {
        continue;
      }
      if (cp >= 'A' && cp <= 'Z') {
        b.append((char) (cp + 32));
      } else if (cp >= 'a' && cp <= 'z') {
        b.append((char) cp);
      } else {
        return "";
      }
    }
    return b.length() <= 2 ? b.toString() : "";
  }
}
