package dev.marque.matching.fingerprint;

import java.util.Arrays;
import java.util.Locale;

/**
 * A 256-bit PDQ perceptual hash of an image: two pictures a person sees as the same (re-encoded,
 * resized, lightly cropped or marked) have hashes a small Hamming {@link #distance distance}
 * apart; unrelated pictures are about 128 apart. Meta recommends treating 31 or less as a match.
 *
 * <p>The hex form is the one Meta's reference tools print (64 hex digits, bit 255 first), so
 * hashes can be exchanged with other PDQ implementations and with hash-sharing programmes.
 *
 * <pre>{@code
 * PdqHash a = PdqHash.fromHex("f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22");
 * a.distance(b) <= 31   // the same picture
 * }</pre>
 */
public final class PdqHash {
  /** The number of bits. */
  public static final int BITS = 256;

  private final long[] words;

  private PdqHash(long[] words) {
    this.words = words;
  }

  /**
   * A hash from its four 64-bit words, bit {@code k} in word {@code k / 64}.
   *
   * @param w0 bits 0..63
   * @param w1 bits 64..127
   * @param w2 bits 128..191
   * @param w3 bits 192..255
   * @return the hash
   */
  public static PdqHash ofWords(long w0, long w1, long w2, long w3) {
    return new PdqHash(new long[] {w0, w1, w2, w3});
  }

  /**
   * Reads the 64-hex-digit form (either case).
   *
   * @param hex the hash as Meta's tools print it
   * @return the hash
   * @throws IllegalArgumentException if {@code hex} is not 64 hex digits
   */
  public static PdqHash fromHex(String hex) {
    if (hex == null || hex.length() != 64) {
      throw new IllegalArgumentException("hex: a PDQ hash is 64 hex digits, got "
          + (hex == null ? "null" : hex.length() + " characters"));
    }
    long[] w = new long[4];
    for (int i = 0; i < 4; i++) {
      String part = hex.substring((3 - i) * 16, (4 - i) * 16);
      try {
        w[i] = Long.parseUnsignedLong(part, 16);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("hex: not a hex number: " + part, e);
      }
    }
    return new PdqHash(w);
  }

  /**
   * One of the four 64-bit words.
   *
   * @param index 0..3; word {@code i} holds bits {@code 64 i .. 64 i + 63}
   * @return the word
   * @throws IndexOutOfBoundsException if {@code index} is not 0..3
   */
  public long word(int index) {
    return words[index];
  }

  /**
   * The number of bits in which this hash and another differ: 0 for the same picture, about 128
   * for unrelated ones.
   *
   * @param other the other hash
   * @return 0..256
   */
  public int distance(PdqHash other) {
    long[] o = other.words;
    return Long.bitCount(words[0] ^ o[0]) + Long.bitCount(words[1] ^ o[1])
        + Long.bitCount(words[2] ^ o[2]) + Long.bitCount(words[3] ^ o[3]);
  }

  /**
   * The 64-hex-digit form, bit 255 first.
   *
   * @return lower-case hex
   */
  public String toHex() {
    return String.format(Locale.ROOT, "%016x%016x%016x%016x", words[3], words[2], words[1], words[0]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PdqHash h && Arrays.equals(words, h.words);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(words);
  }

  /** The hex form. */
  @Override
  public String toString() {
    return toHex();
  }
}
