import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.util.VersionInfo;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the Unicode tables marque-matching's normaliser reads ({@code
 * dev/marque/matching/text/unicode-tables.bin}), from the Unicode data ICU4J carries: the
 * general category, Default_Ignorable_Code_Point, the canonical combining class and the canonical
 * compositions of every code point, its NFKC_Casefold mapping (decomposed) and whether that
 * normalisation has a boundary before it, and the Latin letters each letter outside ASCII folds to
 * by the UTS #39 confusable skeleton. Run by the build (generate-resources), with ICU4J on the
 * class path of this one program only, so the library itself does not need ICU4J:
 *
 * <pre>java -cp icu4j.jar GenerateUnicodeTables.java OUT.bin</pre>
 *
 * <p>The format is read by {@code dev.marque.matching.text.UnicodeTables}; change both together.
 */
public final class GenerateUnicodeTables {
  static final int MAGIC = 0x4d515554; // "MQUT"
  static final int FORMAT = 1;
  static final int BLOCK_SHIFT = 7;
  static final int BLOCK = 1 << BLOCK_SHIFT;

  // The property bits of a code point, beside its general category (the JDK's numbering) in 0-4.
  static final int DEFAULT_IGNORABLE = 1 << 5;
  static final int CASEFOLD_BOUNDARY = 1 << 6;
  static final int CASEFOLD_MAPPED = 1 << 7;
  static final int NONZERO_CCC = 1 << 8;
  static final int COMBINES_BACK = 1 << 9;
  static final int CONFUSABLE_FOLD = 1 << 10;

  private GenerateUnicodeTables() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: GenerateUnicodeTables OUT.bin");
    }
    Normalizer2 casefold = Normalizer2.getNFKCCasefoldInstance();
    Normalizer2 nfd = Normalizer2.getNFDInstance();
    Normalizer2 nfc = Normalizer2.getNFCInstance();
    SpoofChecker spoof = new SpoofChecker.Builder().build();

    char[] props = new char[Character.MAX_CODE_POINT + 1];
    TreeMap<Integer, String> mappings = new TreeMap<>();
    TreeMap<Integer, Integer> combiningClasses = new TreeMap<>();
    TreeMap<Long, Integer> compositions = new TreeMap<>();
    TreeMap<Integer, String> folds = new TreeMap<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      int p = jdkCategory(UCharacter.getType(cp));
      if (UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
        p |= DEFAULT_IGNORABLE;
      }
      if (casefold.hasBoundaryBefore(cp)) {
        p |= CASEFOLD_BOUNDARY;
      }
      int ccc = UCharacter.getCombiningClass(cp);
      if (ccc != 0) {
        p |= NONZERO_CCC;
        combiningClasses.put(cp, ccc);
      }
      String s = new String(Character.toChars(cp));
      if (isHangulSyllable(cp)) {
        // Composed algorithmically at run time; never decomposed (NFKC_Casefold keeps syllables).
        check(casefold.normalize(s).equals(s), "Hangul syllable changed by NFKC_Casefold", cp);
      } else {
        String decomposed = nfd.normalize(casefold.normalize(s));
        if (!decomposed.equals(s)) {
          p |= CASEFOLD_MAPPED;
          mappings.put(cp, decomposed);
        }
        String raw = nfc.getRawDecomposition(cp);
        if (raw != null && raw.codePointCount(0, raw.length()) == 2) {
          int first = raw.codePointAt(0);
          int second = raw.codePointAt(Character.charCount(first));
          if (nfc.composePair(first, second) == cp) {
            compositions.put(((long) first << 21) | second, cp);
          }
        }
      }
      if (cp >= 0x80 && UCharacter.isLetter(cp)) {
        String fold = confusableFold(spoof, nfd, s);
        if (!fold.isEmpty()) {
          p |= CONFUSABLE_FOLD;
          folds.put(cp, fold);
        }
      }
      props[cp] = (char) p;
    }
    for (int cp : new int[] {'A', 'a', '0', ' ', '-', '(', ')', '_', '!', '+', '$', '^', 0xAB, 0xBB,
        0xE000, 0xD800, 0x00AD, 0x0301}) {
      check((props[cp] & 31) == Character.getType(cp), "category numbering not the JDK's", cp);
    }
    for (long key : compositions.keySet()) {
      props[(int) (key & 0x1FFFFF)] |= COMBINES_BACK;
    }
    for (int cp = 0x1161; cp <= 0x1175; cp++) {
      props[cp] |= COMBINES_BACK; // Hangul vowel jamo after a leading consonant
    }
    for (int cp = 0x11A8; cp <= 0x11C2; cp++) {
      props[cp] |= COMBINES_BACK; // Hangul trailing consonant jamo after an LV syllable
    }

    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream file = Files.newOutputStream(out);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(file))) {
      data.writeInt(MAGIC);
      data.writeInt(FORMAT);
      data.writeUTF(UCharacter.getUnicodeVersion().toString());
      data.writeUTF(VersionInfo.ICU_VERSION.toString());
      writeProperties(data, props);
      data.writeInt(mappings.size());
      for (Map.Entry<Integer, String> e : mappings.entrySet()) {
        data.writeInt(e.getKey());
        writeChars(data, e.getValue());
      }
      data.writeInt(combiningClasses.size());
      for (Map.Entry<Integer, Integer> e : combiningClasses.entrySet()) {
        data.writeInt(e.getKey());
        data.writeByte(e.getValue());
      }
      data.writeInt(compositions.size());
      for (Map.Entry<Long, Integer> e : compositions.entrySet()) {
        data.writeLong(e.getKey());
        data.writeInt(e.getValue());
      }
      data.writeInt(folds.size());
      for (Map.Entry<Integer, String> e : folds.entrySet()) {
        data.writeInt(e.getKey());
        writeChars(data, e.getValue());
      }
    }
    System.out.printf("Unicode %s tables from ICU4J %s: %d NFKC_Casefold mappings, %d combining"
        + " classes, %d compositions, %d confusable folds, %d bytes -> %s%n",
        UCharacter.getUnicodeVersion(), VersionInfo.ICU_VERSION, mappings.size(),
        combiningClasses.size(), compositions.size(), folds.size(), Files.size(out), out);
  }

  /** The properties as a two-stage table: an index of blocks, and the distinct blocks. */
  private static void writeProperties(DataOutputStream data, char[] props) throws IOException {
    int blocks = props.length / BLOCK;
    char[] index = new char[blocks];
    List<char[]> distinct = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int b = 0; b < blocks; b++) {
      char[] block = new char[BLOCK];
      System.arraycopy(props, b * BLOCK, block, 0, BLOCK);
      String key = new String(block);
      Integer number = seen.get(key);
      if (number == null) {
        number = distinct.size();
        seen.put(key, number);
        distinct.add(block);
      }
      index[b] = (char) (int) number;
    }
    data.writeInt(BLOCK_SHIFT);
    data.writeInt(index.length);
    for (char c : index) {
      data.writeChar(c);
    }
    data.writeInt(distinct.size());
    for (char[] block : distinct) {
      for (char c : block) {
        data.writeChar(c);
      }
    }
  }

  private static void writeChars(DataOutputStream data, String s) throws IOException {
    data.writeShort(s.length());
    for (int i = 0; i < s.length(); i++) {
      data.writeChar(s.charAt(i));
    }
  }

  /**
   * The Latin letters a letter outside ASCII folds to: the ASCII letter it decomposes to once its
   * marks are dropped ({@code ḿ} is an m with an acute, so m, though UTS #39's skeleton draws m as
   * rn and would part it from a plain m); else its UTS #39 skeleton, or failing that its canonical
   * decomposition, when either is one or two ASCII letters once marks are dropped; else empty (the
   * letter is kept).
   */
  static String confusableFold(SpoofChecker spoof, Normalizer2 nfd, String letter) {
    String base = latinLetters(nfd.normalize(letter));
    if (base.length() == 1) {
      return base;
    }
    String latin = latinLetters(spoof.getSkeleton(letter));
    return latin.isEmpty() ? base : asciiLetterDrawnAs(spoof, latin);
  }

  /**
   * The ASCII letter whose own skeleton is {@code latin} ({@code m}, whose skeleton is rn: so
   * {@code ɱ}, an m with a hook, is an m), else {@code latin} itself.
   */
  static String asciiLetterDrawnAs(SpoofChecker spoof, String latin) {
    if (latin.length() != 2) {
      return latin;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      String own = String.valueOf(c);
      if (latin.equals(latinLetters(spoof.getSkeleton(own)))) {
        return own;
      }
    }
    return latin;
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
    // A skeleton of three or more letters is a ligature-like expansion, no longer a lookalike.
    return b.length() <= 2 ? b.toString() : "";
  }

  /** ICU numbers the general categories as the JDK does up to FORMAT; the JDK skips 17 after it. */
  private static int jdkCategory(int icuType) {
    int jdk = icuType <= UCharacter.FORMAT ? icuType : icuType + 1;
    check(jdk <= 30, "unknown general category " + icuType, 0);
    return jdk;
  }

  private static boolean isHangulSyllable(int cp) {
    return cp >= 0xAC00 && cp <= 0xD7A3;
  }

  private static void check(boolean condition, String message, int cp) {
    if (!condition) {
      throw new IllegalStateException(message + " at U+" + Integer.toHexString(cp));
    }
  }
}
