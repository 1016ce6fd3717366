package dev.marque.benchmarks;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import dev.marque.matching.text.ConfusableFolding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Why marque-matching's normaliser reads Unicode tables generated at build time from ICU4J's data
 * ({@code matching/generate/GenerateUnicodeTables.java}) instead of the JDK's own Unicode support:
 * for every code point, where the JDK ({@link Character}, {@link Normalizer}) disagrees with ICU4J
 * on the properties and foldings the normaliser uses, and how large such tables are, gzip'd. (That
 * the tables agree with ICU4J is {@code UnicodeTablesTest}'s job, in matching.) {@code java -cp
 * benchmarks/target/benchmarks.jar dev.marque.benchmarks.IcuCoverage}.
 */
public final class IcuCoverage {
  private IcuCoverage() {}

  /**
   * Prints the counts and the table sizes.
   *
   * @param args none
   * @throws IOException never (gzip into memory)
   */
  public static void main(String[] args) throws IOException {
    Normalizer2 nfkcCf = Normalizer2.getNFKCCasefoldInstance();
    int letter = 0;
    int letterOrDigit = 0;
    int invisible = 0;
    int mark = 0;
    int caseFold = 0;
    int boundary = 0;
    StringBuilder foldTable = new StringBuilder();
    StringBuilder caseTable = new StringBuilder();
    StringBuilder invisibleTable = new StringBuilder();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      letter += UCharacter.isLetter(cp) != Character.isLetter(cp) ? 1 : 0;
      letterOrDigit += UCharacter.isLetterOrDigit(cp) != Character.isLetterOrDigit(cp) ? 1 : 0;
      boolean icuInvisible = UCharacter.getType(cp) == UCharacter.FORMAT
          || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
      invisible += icuInvisible != (Character.getType(cp) == Character.FORMAT) ? 1 : 0;
      if (icuInvisible) {
        invisibleTable.append(Integer.toHexString(cp)).append('\n');
      }
      mark += isIcuMark(cp) != isJdkMark(cp) ? 1 : 0;
      String s = new String(Character.toChars(cp));
      String icu = nfkcCf.normalize(s);
      if (!icu.equals(s)) {
        caseTable.append(Integer.toHexString(cp)).append(' ').append(icu).append('\n');
      }
      String jdk = Normalizer.normalize(Normalizer.normalize(s, Normalizer.Form.NFKC)
          .toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
      caseFold += icu.equals(jdk) ? 0 : 1;
      boundary += nfkcCf.hasBoundaryBefore(cp) != (UCharacter.getCombiningClass(cp) == 0) ? 1 : 0;
      String folded = ConfusableFolding.fold(cp);
      if (!folded.isEmpty()) {
        foldTable.append(Integer.toHexString(cp)).append(' ').append(folded).append('\n');
      }
    }
    System.out.printf("ICU4J %s (Unicode %s) against the JDK %s; code points where they differ:%n",
        com.ibm.icu.util.VersionInfo.ICU_VERSION, UCharacter.getUnicodeVersion(),
        System.getProperty("java.version"));
    System.out.printf("  isLetter %d, isLetterOrDigit %d, marks (Mn/Mc/Me) %d%n", letter,
        letterOrDigit, mark);
    System.out.printf("  invisible (FORMAT or Default_Ignorable) vs the JDK's FORMAT: %d%n",
        invisible);
    System.out.printf("  NFKC_Casefold vs NFKC(lower(NFKC)) one code point at a time: %d%n",
        caseFold);
    System.out.printf("  NFKC_Casefold boundary vs combining class 0: %d%n", boundary);
    System.out.printf("Tables generated from ICU4J instead, gzip'd: confusable folds %d entries "
        + "%d bytes; NFKC_Casefold %d bytes; invisibles %d bytes%n",
        foldTable.toString().lines().count(), gzip(foldTable), gzip(caseTable),
        gzip(invisibleTable));
  }

  private static boolean isIcuMark(int cp) {
    int t = UCharacter.getType(cp);
    return t == UCharacter.NON_SPACING_MARK || t == UCharacter.ENCLOSING_MARK
        || t == UCharacter.COMBINING_SPACING_MARK;
  }

  private static boolean isJdkMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
        || t == Character.COMBINING_SPACING_MARK;
  }

  private static int gzip(CharSequence table) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(table.toString().getBytes(StandardCharsets.UTF_8));
    }
    return bytes.size();
  }
}
