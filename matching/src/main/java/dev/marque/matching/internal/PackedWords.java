package dev.marque.matching.internal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A sorted list of lower-case ASCII words, front-coded in blocks (as Lucene's term dictionaries are):
 * a few bytes a word on the heap, and a lookup that binary-searches the blocks' first words and then
 * reads one block. Immutable and thread-safe. The format is written by {@code
 * lexicons/generate/pack.py}: see there.
 */
public final class PackedWords {
  private static final int MAGIC = 0x4D4C5831; // "MLX1"
  private static final int MAX_BLOCK = 4096;

  private final int count;
  private final int blockSize;
  private final int[] blocks;
  private final byte[] data;

  private PackedWords(int count, int blockSize, int[] blocks, byte[] data) {
    this.count = count;
    this.blockSize = blockSize;
    this.blocks = blocks;
    this.data = data;
  }

  /**
   * Reads a packed list.
   *
   * @throws IOException if the stream fails or does not hold a packed list, naming {@code source}
   */
  public static PackedWords read(InputStream in, String source) throws IOException {
    DataInputStream d = new DataInputStream(in);
    if (d.readInt() != MAGIC) {
      throw new IOException(source + " is not a marque word list (no MLX1 header)");
    }
    int count = d.readInt();
    int blockSize = d.readInt();
    int blockCount = d.readInt();
    if (count < 0 || blockSize < 1 || blockSize > MAX_BLOCK || blockCount < 0
        || blockCount != (count + blockSize - 1) / blockSize) {
      throw new IOException(source + " has a damaged header: " + count + " words in " + blockCount
          + " blocks of " + blockSize);
    }
    int[] blocks = new int[blockCount];
    for (int i = 0; i < blockCount; i++) {
      blocks[i] = d.readInt();
    }
    int length = d.readInt();
    if (length < 0) {
      throw new IOException(source + " has a damaged header: data length " + length);
    }
    byte[] data = d.readNBytes(length);
    if (data.length != length) {
      throw new IOException(source + " is cut short: " + data.length + " of " + length + " bytes");
    }
    for (int i = 0; i < blockCount; i++) {
      if (blocks[i] < 0 || blocks[i] >= length || (i > 0 && blocks[i] <= blocks[i - 1])) {
        throw new IOException(source + " has a damaged block offset at block " + i);
      }
    }
    return new PackedWords(count, blockSize, blocks, data);
  }

  /** The number of words. */
  public int size() {
    return count;
  }

  /** {@return a list of no word} */
  public static PackedWords empty() {
    return new PackedWords(0, 1, new int[0], new byte[0]);
  }

  /** The bytes the list keeps on the heap, roughly. */
  public long heapBytes() {
    return data.length + 4L * blocks.length + 64;
  }

  /** Whether {@code w[0..len)}, lower-case ASCII letters, is one of the words. */
  public boolean contains(byte[] w, int len) {
    // The last block whose first word is not after w.
    int lo = 0;
    int hi = blocks.length - 1;
    int block = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int at = blocks[mid];
      int c = compare(data, at + 1, data[at] & 0xFF, w, len);
      if (c == 0) {
        return true;
      }
      if (c < 0) {
        block = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (block < 0) {
      return false;
    }
    int end = block + 1 < blocks.length ? blocks[block + 1] : data.length;
    int inBlock = Math.min(blockSize, count - block * blockSize);
    byte[] word = new byte[256];
    int at = blocks[block];
    int wordLen = data[at] & 0xFF;
    System.arraycopy(data, at + 1, word, 0, wordLen);
    at += 1 + wordLen;
    for (int i = 1; i < inBlock && at < end; i++) {
      int shared = data[at] & 0xFF;
      int rest = data[at + 1] & 0xFF;
      System.arraycopy(data, at + 2, word, shared, rest);
      wordLen = shared + rest;
      at += 2 + rest;
      int c = compare(word, 0, wordLen, w, len);
      if (c == 0) {
        return true;
      }
      if (c > 0) {
        return false;
      }
    }
    return false;
  }

  private static int compare(byte[] a, int from, int aLen, byte[] b, int bLen) {
    int n = Math.min(aLen, bLen);
    for (int i = 0; i < n; i++) {
      int c = (a[from + i] & 0xFF) - (b[i] & 0xFF);
      if (c != 0) {
        return c;
      }
    }
    return aLen - bLen;
  }
}
