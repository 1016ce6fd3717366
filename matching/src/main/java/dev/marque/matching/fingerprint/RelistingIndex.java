package dev.marque.matching.fingerprint;

import dev.marque.core.Listing;
import dev.marque.core.Marketplace;
import dev.marque.core.Seller;
import dev.marque.matching.fingerprint.internal.MultiIndex;
import dev.marque.matching.fingerprint.internal.TextLsh;
import dev.marque.matching.fingerprint.internal.TextShingles;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The listings a brand has had removed, indexed so that a listing coming back — under a new id,
 * often a new seller, its title reworded and its photos re-encoded, resized, cropped or
 * watermarked — is recognised at scan speed, with the evidence: the text's Jaccard similarity,
 * which photo matches which at what distance, and whether the seller is the same.
 *
 * <pre>{@code
 * RelistingIndex.Builder b = RelistingIndex.builder();
 * for (Listing removed : removedListings) {
 *   b.add(removed, imagesOf(removed));     // List<ListingImage>, possibly empty
 * }
 * RelistingIndex index = b.build();
 * index.save(Path.of("removed.idx"));       // RelistingIndex.load(...) later
 * List<Relisting> hits = index.find(listing, imagesOf(listing));   // best first
 * }</pre>
 *
 * <p>How a candidate is judged (the thresholds were set from the distances measured on generated
 * product pictures and reworded titles in the tests and {@code RelistingThroughput}, and checked
 * on outside photos by {@code RelistingEval}, whose results the README gives):
 *
 * <ul>
 *   <li>Candidates come from the text (MinHash LSH, then exact Jaccard of the shingle sets, see
 *       {@link TextLsh}) and from every photo (PDQ within {@value #PDQ_RADIUS} bits or dHash within
 *       {@value #DHASH_RADIUS} bits, both searched exactly by multi-index hashing); a dHash match
 *       counts only with PDQ within {@value #DHASH_PDQ_GUARD} ({@link #photosMatch}).
 *   <li>A photo match (or byte-identical file) with text Jaccard of at least {@value #TEXT_WITH_PHOTO}
 *       is a re-listing; a near-identical photo (PDQ within {@value #PDQ_CLOSE}) is one whatever the
 *       text says.
 *   <li>Without a photo match, text alone decides: Jaccard {@value #TEXT_ALONE} or more when either
 *       side has no usable photo, {@value #TEXT_DESPITE_PHOTOS} or more when both have photos and none
 *       match (other products of a brand share much of their titles, but not their photos).
 * </ul>
 *
 * <p>Immutable and thread-safe once built.
 */
public final class RelistingIndex {
  /** PDQ radius for a photo match (Meta's recommended threshold). */
  public static final int PDQ_RADIUS = 31;
  /** PDQ distance under which a photo alone proves the re-listing. */
  public static final int PDQ_CLOSE = 16;
  /** dHash radius for a photo match: survives 5-10% crops, where PDQ does not. */
  public static final int DHASH_RADIUS = 10;
  /**
   * A dHash match counts only when PDQ is at most this far too. On smooth, low-detail pictures
   * (skies, gradients, plain backgrounds) the 64-bit dHash of unrelated photos falls within its
   * radius; their PDQ hashes stay 110 to 150 bits apart, while a crop or watermark that dHash
   * survives moves PDQ by less than 100 (measured by {@code RelistingEval} on outside photos).
   */
  public static final int DHASH_PDQ_GUARD = 100;
  /** Text Jaccard needed beside a matching photo. */
  public static final double TEXT_WITH_PHOTO = 0.1;
  /** Text Jaccard that alone proves a re-listing when photos cannot be compared. */
  public static final double TEXT_ALONE = 0.6;
  /** Text Jaccard that proves a re-listing even though both have photos and none match. */
  public static final double TEXT_DESPITE_PHOTOS = 0.85;
  /**
   * At most this many text candidates are checked by exact Jaccard per listing: those sharing the
   * most LSH bands. It bounds a query's cost when thousands of removed listings share a title's
   * words (a popular product sold by many); a re-listing shares nearly every band and comes first.
   */
  public static final int MAX_TEXT_CANDIDATES = 256;

  /** At most this many re-listing candidates are reported per listing. */
  public static final int MAX_RESULTS = 10;

  private static final byte[] MAGIC = "MARQUE-RELISTING".getBytes(StandardCharsets.US_ASCII);
  private static final int FORMAT_VERSION = 1;
  private static final int MAX_STRING_BYTES = 1 << 20;

  private final String[] ids;
  private final Marketplace[] marketplaces;
  private final String[] sellers;
  private final int[][] shingles;
  private final ListingImage[][] images;
  private final TextLsh lsh;
  private final MultiIndex pdqIndex;
  private final MultiIndex dHashIndex;
  /** For each indexed image: listing number << 16 | image number. */
  private final long[] imageOwners;
  /** Seller account ({@code marketplace:sellerId}) to its network's number; empty when none given. */
  private final Map<String, Integer> networkOf;

  private RelistingIndex(String[] ids, Marketplace[] marketplaces, String[] sellers,
      int[][] shingles, ListingImage[][] images) {
    this.ids = ids;
    this.marketplaces = marketplaces;
    this.sellers = sellers;
    this.shingles = shingles;
    this.images = images;
    int n = ids.length;
    int[][] keys = new int[n][];
    for (int i = 0; i < n; i++) {
      keys[i] = TextLsh.keys(shingles[i]);
    }
    this.lsh = TextLsh.build(keys, n);
    int imageCount = 0;
    for (ListingImage[] li : images) {
      imageCount += li.length;
    }
    long[] pdq = new long[imageCount * 4];
    long[] dHash = new long[imageCount];
    imageOwners = new long[imageCount];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < images[i].length; j++) {
        ImageFingerprint f = images[i][j].fingerprint();
        for (int w = 0; w < 4; w++) {
          pdq[k * 4 + w] = f.pdq().word(w);
        }
        dHash[k] = f.dHash();
        imageOwners[k] = ((long) i << 16) | j;
        k++;
      }
    }
    this.pdqIndex = new MultiIndex(pdq, 4, PDQ_RADIUS);
    this.dHashIndex = new MultiIndex(dHash, 1, DHASH_RADIUS);
    this.networkOf = Map.of();
  }

  private RelistingIndex(RelistingIndex base, Map<String, Integer> networkOf) {
    this.ids = base.ids;
    this.marketplaces = base.marketplaces;
    this.sellers = base.sellers;
    this.shingles = base.shingles;
    this.images = base.images;
    this.lsh = base.lsh;
    this.pdqIndex = base.pdqIndex;
    this.dHashIndex = base.dHashIndex;
    this.imageOwners = base.imageOwners;
    this.networkOf = networkOf;
  }

  /**
   * This index, telling a re-listing by a seller linked to the removed listing's seller apart from
   * one by an unrelated account: a candidate whose seller is in the same network as the removed
   * listing's seller is reported as {@link SellerRelation#LINKED}. The networks come from {@link
   * SellerNetworks} over the removed listings and the listings checked together (so that a shared
   * phone number or e-mail address links an old account with a new one); they are not saved with
   * the index.
   *
   * <pre>{@code
   * SellerNetworks.Builder sellers = SellerNetworks.builder();
   * removed.forEach(l -> sellers.add(l, List.of()));
   * listings.forEach(l -> sellers.add(l, List.of()));
   * RelistingIndex linked = index.withNetworks(sellers.build());
   * }</pre>
   *
   * @param networks the seller networks (accounts as {@code marketplace:sellerId}, the marketplace
   *     in lower case, as {@link SellerNetwork#sellers()} gives them)
   * @return an index sharing this one's data, with those networks
   */
  public RelistingIndex withNetworks(List<SellerNetwork> networks) {
    Objects.requireNonNull(networks, "networks");
    Map<String, Integer> of = new HashMap<>();
    int n = 0;
    for (SellerNetwork network : networks) {
      Objects.requireNonNull(network, "networks: an element is null");
      for (String seller : network.sellers()) {
        of.put(seller, n);
      }
      n++;
    }
    return new RelistingIndex(this, Map.copyOf(of));
  }

  /**
   * A builder for an index of removed listings.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The number of removed listings indexed.
   *
   * @return the count
   */
  public int size() {
    return ids.length;
  }

  /**
   * The removed listings a listing appears to re-list, best first; empty when none.
   *
   * @param listing the listing to check
   * @param listingImages its fingerprinted images (those that could be read; may be empty)
   * @return at most {@value #MAX_RESULTS} re-listings, best score first
   */
  public List<Relisting> find(Listing listing, List<ListingImage> listingImages) {
    Objects.requireNonNull(listing, "listing");
    Objects.requireNonNull(listingImages, "listingImages");
    int[] query = TextShingles.of(listing.title(), listing.description().orElse(""));
    Candidates text = new Candidates();
    lsh.candidates(TextLsh.keys(query), text);
    Candidates candidates = new Candidates();
    for (int id : text.mostShared(MAX_TEXT_CANDIDATES)) {
      candidates.accept(id);
    }
    for (ListingImage image : listingImages) {
      ImageFingerprint f = image.fingerprint();
      PdqHash p = f.pdq();
      for (long hit : pdqIndex.search(new long[] {p.word(0), p.word(1), p.word(2), p.word(3)})) {
        candidates.accept((int) (imageOwners[(int) hit] >>> 16));
      }
      for (long hit : dHashIndex.search(new long[] {f.dHash()})) {
        candidates.accept((int) (imageOwners[(int) hit] >>> 16));
      }
    }
    int[] unique = candidates.distinct();
    if (unique.length == 0) {
      return List.of();
    }
    List<Relisting> out = new ArrayList<>();
    for (int id : unique) {
      Relisting r = judge(id, listing, query, listingImages);
      if (r != null) {
        out.add(r);
      }
    }
    out.sort(Comparator.comparingDouble(Relisting::score).reversed()
        .thenComparing(Relisting::removedId));
    return out.size() > MAX_RESULTS ? List.copyOf(out.subList(0, MAX_RESULTS)) : out;
  }

  /**
   * Whether two photos match by this index's rule: the same file, PDQ within {@value #PDQ_RADIUS},
   * or dHash within {@value #DHASH_RADIUS} with PDQ within {@value #DHASH_PDQ_GUARD}.
   *
   * @param a one photo's fingerprint
   * @param b the other's
   * @return whether they match
   */
  public static boolean photosMatch(ImageFingerprint a, ImageFingerprint b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.sameBytes(b)) {
      return true;
    }
    int d = a.pdq().distance(b.pdq());
    return d <= PDQ_RADIUS || a.dHashDistance(b) <= DHASH_RADIUS && d <= DHASH_PDQ_GUARD;
  }

  /** Candidate listing numbers, collected unboxed; a listing may be offered many times. */
  private static final class Candidates implements java.util.function.IntConsumer {
    private int[] ids = new int[32];
    private int n;

    @Override
    public void accept(int id) {
      if (n == ids.length) {
        ids = Arrays.copyOf(ids, n * 2);
      }
      ids[n++] = id;
    }

    /**
     * The distinct ids offered most often (sharing the most LSH bands, the best estimate of
     * Jaccard before the exact check), at most {@code limit} of them.
     */
    int[] mostShared(int limit) {
      int[] sorted = Arrays.copyOf(ids, n);
      Arrays.sort(sorted);
      long[] counted = new long[sorted.length];
      int u = 0;
      for (int i = 0; i < sorted.length; ) {
        int j = i;
        while (j < sorted.length && sorted[j] == sorted[i]) {
          j++;
        }
        counted[u++] = ((long) (j - i) << 32) | (0xffffffffL - sorted[i]);
        i = j;
      }
      if (u <= limit) {
        int[] all = new int[u];
        for (int k = 0; k < u; k++) {
          all[k] = (int) (0xffffffffL - (counted[k] & 0xffffffffL));
        }
        return all;
      }
      long[] top = Arrays.copyOf(counted, u);
      Arrays.sort(top);
      int[] best = new int[limit];
      for (int k = 0; k < limit; k++) {
        best[k] = (int) (0xffffffffL - (top[u - 1 - k] & 0xffffffffL));
      }
      return best;
    }

    int[] distinct() {
      int[] sorted = Arrays.copyOf(ids, n);
      Arrays.sort(sorted);
      int u = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          sorted[u++] = sorted[i];
        }
      }
      return Arrays.copyOf(sorted, u);
    }
  }

  private Relisting judge(int id, Listing listing, int[] query, List<ListingImage> listingImages) {
    double text = TextShingles.jaccard(query, shingles[id]);
    List<ImageEvidence> evidence = new ArrayList<>();
    int best = Integer.MAX_VALUE;
    boolean exact = false;
    for (ListingImage mine : listingImages) {
      ImageEvidence closest = null;
      for (ListingImage theirs : images[id]) {
        ImageFingerprint a = mine.fingerprint();
        ImageFingerprint b = theirs.fingerprint();
        boolean same = a.sameBytes(b);
        int d = same ? 0 : a.pdq().distance(b.pdq());
        int dh = a.dHashDistance(b);
        if (same || d <= PDQ_RADIUS || dh <= DHASH_RADIUS && d <= DHASH_PDQ_GUARD) {
          if (closest == null || d < closest.distance()) {
            closest = new ImageEvidence(mine.source(), theirs.source(), d, dh);
          }
          exact |= same;
        }
      }
      if (closest != null) {
        evidence.add(closest);
        best = Math.min(best, closest.distance());
      }
    }
    evidence.sort(Comparator.comparingInt(ImageEvidence::distance));
    double score;
    if (!evidence.isEmpty()) {
      if (!(exact || best <= PDQ_CLOSE || text >= TEXT_WITH_PHOTO)) {
        return null;
      }
      double photo = exact ? 1.0 : Math.max(0, 1.0 - Math.min(best, 64) / 64.0);
      score = 0.6 + 0.4 * Math.max(photo, text);
    } else {
      boolean bothHavePhotos = !listingImages.isEmpty() && images[id].length > 0;
      double needed = bothHavePhotos ? TEXT_DESPITE_PHOTOS : TEXT_ALONE;
      if (text < needed) {
        return null;
      }
      score = 0.5 + 0.5 * text;
    }
    return new Relisting(ids[id], Math.round(score * 1000) / 1000.0,
        Math.round(text * 1000) / 1000.0, evidence, relation(id, listing));
  }

  private SellerRelation relation(int id, Listing listing) {
    if (sellers[id].isEmpty() || listing.seller().isEmpty()) {
      return SellerRelation.OTHER;
    }
    Seller s = listing.seller().get();
    if (s.id().equals(sellers[id]) && listing.marketplace() == marketplaces[id]) {
      return SellerRelation.SAME;
    }
    if (networkOf.isEmpty()) {
      return SellerRelation.OTHER;
    }
    Integer mine = networkOf.get(account(listing.marketplace(), s.id()));
    return mine != null && mine.equals(networkOf.get(account(marketplaces[id], sellers[id])))
        ? SellerRelation.LINKED : SellerRelation.OTHER;
  }

  /** A seller account as {@link SellerNetworks} names it. */
  private static String account(Marketplace marketplace, String sellerId) {
    return marketplace.name().toLowerCase(Locale.ROOT) + ":" + sellerId;
  }

  // ---------------------------------------------------------------- persistence

  /**
   * Writes the index to a file (atomically: a reader never sees half a file), in marque's
   * versioned binary format with a CRC-32 of the whole.
   *
   * @param file where to write
   * @throws IOException if it cannot be written
   */
  public void save(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      CRC32 crc = new CRC32();
      try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
          DataOutputStream out = new DataOutputStream(new CheckedOutputStream(raw, crc))) {
        out.write(MAGIC);
        out.writeInt(FORMAT_VERSION);
        out.writeInt(ids.length);
        for (int i = 0; i < ids.length; i++) {
          writeString(out, ids[i]);
          out.writeByte(marketplaces[i].ordinal());
          writeString(out, sellers[i]);
          out.writeInt(shingles[i].length);
          for (int s : shingles[i]) {
            out.writeInt(s);
          }
          out.writeShort(images[i].length);
          for (ListingImage image : images[i]) {
            ImageFingerprint f = image.fingerprint();
            writeString(out, image.source());
            writeString(out, f.sha256());
            for (int w = 0; w < 4; w++) {
              out.writeLong(f.pdq().word(w));
            }
            out.writeLong(f.dHash());
            out.writeByte(f.quality());
            out.writeInt(f.width());
            out.writeInt(f.height());
          }
        }
        out.flush();
        long sum = crc.getValue();
        out.writeLong(sum);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Reads an index written by {@link #save}, checking its format, version and checksum.
   *
   * @param file the index file
   * @return the index
   * @throws IOException if the file cannot be read, is not a marque re-listing index, is of
   *     another format version, or is damaged (the message says which)
   */
  public static RelistingIndex load(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    CRC32 crc = new CRC32();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        CheckedInputStream checked = new CheckedInputStream(raw, crc);
        DataInputStream in = new DataInputStream(checked)) {
      byte[] magic = new byte[MAGIC.length];
      try {
        in.readFully(magic);
      } catch (EOFException e) {
        throw new IOException(file + " is not a marque re-listing index (too short)", e);
      }
      if (!Arrays.equals(magic, MAGIC)) {
        throw new IOException(file + " is not a marque re-listing index");
      }
      int version = in.readInt();
      if (version != FORMAT_VERSION) {
        throw new IOException(file + " is a re-listing index of format version " + version
            + "; this marque reads version " + FORMAT_VERSION + " (rebuild it from the feed)");
      }
      try {
        int n = in.readInt();
        if (n < 0) {
          throw new IOException("negative count");
        }
        Builder b = new Builder();
        Marketplace[] all = Marketplace.values();
        for (int i = 0; i < n; i++) {
          String id = readString(in);
          int m = in.readUnsignedByte();
          if (m >= all.length) {
            throw new IOException("unknown marketplace " + m + " at listing " + i);
          }
          String seller = readString(in);
          int ns = in.readInt();
          if (ns < 0 || ns > MAX_STRING_BYTES) {
            throw new IOException("bad shingle count " + ns + " at listing " + i);
          }
          int[] sh = new int[ns];
          for (int k = 0; k < ns; k++) {
            sh[k] = in.readInt();
          }
          int ni = in.readUnsignedShort();
          ListingImage[] li = new ListingImage[ni];
          for (int k = 0; k < ni; k++) {
            String source = readString(in);
            String sha = readString(in);
            PdqHash pdq = PdqHash.ofWords(in.readLong(), in.readLong(), in.readLong(), in.readLong());
            long dHash = in.readLong();
            int quality = in.readUnsignedByte();
            int w = in.readInt();
            int h = in.readInt();
            li[k] = new ListingImage(source, new ImageFingerprint(sha, pdq, quality, dHash, w, h));
          }
          b.addRaw(id, all[m], seller, sh, li);
        }
        long expected = crc.getValue();
        long stored = in.readLong();
        if (stored != expected) {
          throw new IOException("checksum mismatch");
        }
        if (in.read() != -1) {
          throw new IOException("data after the end");
        }
        return b.build();
      } catch (EOFException e) {
        throw new IOException(file + " is damaged: it ends early", e);
      } catch (IOException | IllegalArgumentException e) {
        throw new IOException(file + " is damaged: " + e.getMessage(), e);
      }
    }
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_STRING_BYTES) {
      throw new IOException("bad string length " + n);
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  /** Collects removed listings for a {@link RelistingIndex}; not thread-safe. */
  public static final class Builder {
    private final List<String> ids = new ArrayList<>();
    private final List<Marketplace> marketplaces = new ArrayList<>();
    private final List<String> sellers = new ArrayList<>();
    private final List<int[]> shingles = new ArrayList<>();
    private final List<ListingImage[]> images = new ArrayList<>();
    private static final ListingImage[] NONE = new ListingImage[0];

    private Builder() {}

    /**
     * Adds a removed listing and the fingerprints of its images.
     *
     * @param removed the removed listing
     * @param removedImages its images that could be read (may be empty)
     * @return this builder
     */
    public Builder add(Listing removed, List<ListingImage> removedImages) {
      Objects.requireNonNull(removed, "removed");
      Objects.requireNonNull(removedImages, "removedImages");
      if (removedImages.size() > 0xffff) {
        throw new IllegalArgumentException("removedImages: at most 65535 images per listing");
      }
      return addRaw(removed.id(), removed.marketplace(),
          removed.seller().map(Seller::id).orElse(""),
          TextShingles.of(removed.title(), removed.description().orElse("")),
          removedImages.isEmpty() ? NONE : removedImages.toArray(NONE));
    }

    private Builder addRaw(String id, Marketplace m, String seller, int[] sh, ListingImage[] li) {
      ids.add(id);
      marketplaces.add(m);
      sellers.add(seller);
      shingles.add(sh);
      images.add(li);
      return this;
    }

    /**
     * Builds the index.
     *
     * @return an immutable index of the listings added
     */
    public RelistingIndex build() {
      return new RelistingIndex(ids.toArray(new String[0]), marketplaces.toArray(new Marketplace[0]),
          sellers.toArray(new String[0]), shingles.toArray(new int[0][]),
          images.toArray(new ListingImage[0][]));
    }
  }
}
