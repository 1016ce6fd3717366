package dev.marque.matching.fingerprint;

import dev.marque.core.Listing;
import dev.marque.core.Marketplace;
import dev.marque.core.Seller;
import dev.marque.matching.fingerprint.internal.ColourWords;
import dev.marque.matching.fingerprint.internal.CommonShingles;
import dev.marque.matching.fingerprint.internal.MultiIndex;
import dev.marque.matching.fingerprint.internal.ShingleCounts;
import dev.marque.matching.fingerprint.internal.ShingleSketches;
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
 *   <li>Text is compared without its boilerplate: the shingles found in more than {@value
 *       #BOILERPLATE_SHARE} of the removed listings (and more than {@value
 *       #BOILERPLATE_MIN_LISTINGS} of them, or more than half of an index smaller than twice
 *       that) are set aside from every listing and every query ({@link
 *       Builder#boilerplateShare}), so a shop's description template does not make all its
 *       products look alike.
 *   <li>Candidates come from the text (MinHash LSH, then exact Jaccard of the shingle sets, see
 *       {@link TextLsh}; a candidate that no photo matches is first set aside when a 256-bit
 *       sketch of each set shows the bar is out of reach, then checked only as far as it can
 *       still reach it) and from every photo, whole and its crops against every removed photo and
 *       its crops (PDQ within {@value #PDQ_RADIUS} bits or dHash within {@value #DHASH_RADIUS}
 *       bits, both searched exactly by multi-index hashing); a dHash match counts only with PDQ
 *       within {@value #DHASH_PDQ_GUARD} for the same pair ({@link #photosMatch}).
 *   <li>A smooth photo (PDQ quality under {@value #FEATURED_QUALITY}, whose PDQ hash is noise)
 *       also matches by its colour layout, within {@value #COLOUR_RADIUS} ({@link
 *       ImageFingerprint#colourDistance}), when neither layout is that near a single colour
 *       ({@link ColourLayout#distanceFromFlat()}); the text candidates of a listing with such a
 *       photo are checked down to {@value #TEXT_WITH_DHASH}.
 *   <li>A photo match (or byte-identical file) with text Jaccard of at least {@value
 *       #TEXT_WITH_PHOTO} ({@value #TEXT_WITH_DHASH} when only eroded pictures, a dHash pair or
 *       the colours of a smooth photo match) is a re-listing; a near-identical photo (PDQ within
 *       {@value #PDQ_CLOSE}, whole or cropped, not eroded) is one whatever the text says.
 *   <li>Unless the photos match as they are (PDQ within {@value #PDQ_RADIUS}, whole or cropped,
 *       or the same file), two listings that name colours of no common family ({@code brown}
 *       against {@code burgundy} or {@code weinrot}, in any of seven languages) are two variants
 *       of an item, not one listed again: a re-lister rewords a title but does not change the
 *       colour of what it sells, while a shop photographs its variants alike, so that their
 *       outlines make dHash and eroded pairs.
 *   <li>Without a photo match, text alone decides: Jaccard {@value #TEXT_ALONE} or more when either
 *       side has no usable photo, {@value #TEXT_DESPITE_PHOTOS} or more when both have photos and none
 *       match (other products of a brand share much of their titles, but not their photos), and
 *       a rarity-weighted Jaccard of {@value #RARE_TEXT_ALONE} beside it (the words that told the
 *       removed product apart, not the brand's name and stock phrases). Without usable photos, a
 *       rarity-weighted Jaccard of {@value #RARE_TEXT_DILUTED} is enough with a plain one of
 *       {@value #DILUTED_TEXT_FLOOR}: cue words and a sentence the re-lister added dilute the
 *       plain measure, not the weighted one, which leaves out words no removed listing has. A
 *       photo of one flat colour (PDQ quality under {@value #FEATURED_QUALITY}, its colour layout
 *       within {@value #COLOUR_RADIUS} of a single colour) is no usable photo: it could match
 *       nothing, so that nothing matches it says nothing.
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
  /**
   * Text Jaccard needed beside a photo that matches by dHash alone (no PDQ hash of one, whole or
   * cropped, within {@value #PDQ_RADIUS} of one of the other): on outside photos, smooth pictures
   * of different items met that way with text Jaccard of 0.10 to 0.22, while the re-listings
   * matched so had 0.31 to 0.63 (87 of them, on the tuning halves of {@code RelistingEval}'s two
   * photo sets under both sets of transformations). Set just under the lowest re-listing, not
   * at the midpoint (0.27), as a wrongly matched listing costs more than a missed one.
   */
  public static final double TEXT_WITH_DHASH = 0.3;
  /**
   * The PDQ quality under which a picture is smooth (a sky, a gradient, a plain backdrop) and its
   * PDQ hash noise: Meta's advice is to ignore hashes of quality 49 or less.
   */
  public static final int FEATURED_QUALITY = 50;
  /**
   * Colour layouts within this distance ({@link ColourLayout#distance}) match when either photo
   * is smooth (PDQ quality under {@value #FEATURED_QUALITY}) and neither layout is within it of a
   * single colour ({@link ColourLayout#distanceFromFlat()}, which would match any plain picture of
   * about that colour); such a match needs the text a dHash match alone needs ({@value
   * #TEXT_WITH_DHASH}). On the tuning halves of {@code
   * RelistingEval}'s two photo sets, the smooth removed photos re-encoded, resized or under a
   * banner and a diagonal text lay 0 to 4.3 from their copies, and every photo of another item 6.4
   * or more from them (the nearest: the other half of an almost black wallpaper).
   */
  public static final double COLOUR_RADIUS = 5.5;
  /**
   * Eroded pictures ({@link ImageFingerprint#erodedDistance}) match only where the colour layouts
   * ({@link ColourLayout#distance}) lie within this distance too. Erosion sets aside thin light
   * strokes, a watermark's and also a product's own print, stitching and small logo: two products
   * of one shape photographed on one backdrop (a tote in brown with a laurel print and in burgundy
   * with another) are the same picture once eroded, and their colours tell them apart. On the
   * tuning halves of {@code RelistingEval}'s photo set, the re-listings whose photos are within
   * {@value #PDQ_RADIUS} only once eroded lay 0 to 6.0 from their removed photos (one, under an
   * opaque banner, 12.2); a drawn brown and burgundy tote 9.0, a brown and a black one 14.1. A
   * variant of a near colour (tan beside brown, 3.4) is not told apart so: an eroded match needs
   * the text a dHash match needs ({@value #TEXT_WITH_DHASH}) and never proves a re-listing alone.
   */
  public static final double ERODED_COLOUR_RADIUS = 8.0;
  /**
   * The Hamming radius within which a query photo's luma key ({@link ColourLayout}'s 64 bits, a
   * cell brighter than the picture's mean or not) finds a smooth removed photo: the candidates a
   * colour match is then checked on, found without the text's help. On the tuning halves of
   * {@code RelistingEval}'s two photo sets, smooth removed photos lay 0 to 8 bits from their
   * re-encoded, resized, cropped or watermarked copies in all but 4 of 60 pairs (10 to 15 bits,
   * where a banner or a crop moves the cells), and 12 or more bits from every photo of another
   * item.
   */
  public static final int COLOUR_KEY_RADIUS = 8;
  /** Text Jaccard that alone proves a re-listing when photos cannot be compared. */
  public static final double TEXT_ALONE = 0.6;
  /**
   * Without a photo match, the text must also reach this rarity-weighted Jaccard (each shingle
   * weighing {@code ln(1 + listings / listings with it)} in the removed index): other products of
   * a brand share its name, the product word and the shop's stock phrases with a removed listing,
   * words many removed listings have, while a re-listing shares the words that told that product
   * apart (a test holds this for twenty products of one brand).
   */
  public static final double RARE_TEXT_ALONE = 0.6;
  /**
   * Rarity-weighted Jaccard with which text alone proves a re-listing when photos cannot be
   * compared even though its plain Jaccard is under {@value #TEXT_ALONE} (down to {@value
   * #DILUTED_TEXT_FLOOR}). A query's shingle that no removed listing has is left out of the
   * weighted measure, so the cue words and the sentence a re-lister adds ("Message us on chat for
   * more photos") dilute the plain Jaccard but not this one, while another product of the brand,
   * its own adjective or material in place of the removed one's, loses here what it loses there.
   * Chosen on {@code RelistingEval}'s tuning half, precision first: its re-listings by text alone
   * lay at 0.69 (one title) and 0.71 or more, its other products at 0.55 or less but one whose
   * title differs from the removed one's by its adjective alone (0.81), which no measure of text
   * tells from a rewording. It is a second way, not a replacement for the first: a re-listing of a
   * short title with one of its words swapped for another (as {@code RelistingThroughput}'s are)
   * lies under 0.7 by both measures, one in ten of them, and is found by the plain Jaccard of
   * {@value #TEXT_ALONE} with the rare words at {@value #RARE_TEXT_ALONE}, as before.
   */
  public static final double RARE_TEXT_DILUTED = 0.7;
  /**
   * The plain Jaccard a re-listing by text alone needs however high its rarity-weighted one
   * ({@link #RARE_TEXT_DILUTED}): a listing that holds a removed one's words among many of its
   * own is not that listing. It is what a match by a dHash pair needs.
   */
  public static final double DILUTED_TEXT_FLOOR = 0.3;
  /** Text Jaccard that proves a re-listing even though both have photos and none match. */
  public static final double TEXT_DESPITE_PHOTOS = 0.85;
  /**
   * At most this many text candidates are checked by exact Jaccard per listing: those sharing the
   * most LSH bands. It bounds a query's cost when thousands of removed listings share a title's
   * words (a popular product sold by many); a re-listing shares nearly every band and comes first.
   */
  public static final int MAX_TEXT_CANDIDATES = 256;

  /**
   * The default share of the removed listings above which a text shingle is boilerplate and set
   * aside (see {@link Builder#boilerplateShare}): the sentences a shop template repeats in every
   * description, words every listing of the index carries.
   */
  public static final double BOILERPLATE_SHARE = 0.1;

  /**
   * A shingle in this many removed listings or fewer is never boilerplate, however small the
   * index: in an index of a few dozen listings, a brand's four products share its name. In an
   * index of fewer than twice this many, the floor is half the listings (at least two): a
   * template most of a small shop's removed listings carry is still a template (on {@code
   * RelistingEval}'s fresh photos, an index of 9 removed listings matched 9 of 27 other products
   * by their shared description template alone, and none once it was set aside).
   */
  public static final int BOILERPLATE_MIN_LISTINGS = 10;

  /** At most this many re-listing candidates are reported per listing. */
  public static final int MAX_RESULTS = 10;

  private static final Comparator<Relisting> BEST_FIRST =
      Comparator.comparingDouble(Relisting::score).reversed().thenComparing(Relisting::removedId);

  private static final byte[] MAGIC = "MARQUE-RELISTING".getBytes(StandardCharsets.US_ASCII);
  private static final int FORMAT_VERSION = 5;
  /**
   * The oldest format version read: version 3 has no colour layouts, version 4 no colour words
   * (read as naming no colour).
   */
  private static final int OLDEST_VERSION = 3;
  private static final int MAX_STRING_BYTES = 1 << 20;

  private final String[] ids;
  private final Marketplace[] marketplaces;
  private final String[] sellers;
  /** Per listing, the colour families its text names ({@link ColourWords}; 0 when none). */
  private final int[] colours;
  /** Per listing, its shingles without the boilerplate. */
  private final int[][] shingles;
  /** Per listing, a 256-bit sketch of its shingles: most text candidates are set aside by it. */
  private final ShingleSketches sketches;
  /** The boilerplate shingles, sorted: set aside from every listing and every query. */
  private final int[] common;
  private final double boilerplateShare;
  private final ListingImage[][] images;
  private final TextLsh lsh;
  /** How many removed listings have each shingle (boilerplate aside): for rarity weights. */
  private final ShingleCounts shingleCounts;
  /** Per listing, the summed rarity weight of its shingles ({@link ShingleCounts#weightOf}). */
  private final double[] rarityWeights;
  private final MultiIndex pdqIndex;
  private final MultiIndex dHashIndex;
  /** For each hash indexed (an image's whole PDQ or dHash, then its crops'): its listing. */
  private final int[] hashOwners;
  /** The PDQ hashes of the removed photos eroded ({@link ImageFingerprint#eroded()}). */
  private final MultiIndex erodedIndex;
  /** For each eroded hash indexed: its listing. */
  private final int[] erodedOwners;
  /** The luma keys of the smooth removed photos ({@link #isSmooth}). */
  private final MultiIndex colourIndex;
  /** For each luma key indexed: its listing. */
  private final int[] colourOwners;
  /** Seller account ({@code marketplace:sellerId}) to its network's number; empty when none given. */
  private final Map<String, Integer> networkOf;
  /** Each querying thread's working state, sized to this index: reused from query to query. */
  private final ThreadLocal<QueryState> queryState;

  /**
   * An index over the listings given; {@code common} is the boilerplate when read from a file
   * (the shingles then come without it), null to find it in {@code shingles}.
   */
  private RelistingIndex(String[] ids, Marketplace[] marketplaces, String[] sellers,
      int[] colours, int[][] shingles, ListingImage[][] images, double boilerplateShare,
      int[] common) {
    this.ids = ids;
    this.marketplaces = marketplaces;
    this.sellers = sellers;
    this.colours = colours;
    this.boilerplateShare = boilerplateShare;
    this.common = common != null ? common
        : CommonShingles.of(shingles, boilerplateShare, BOILERPLATE_MIN_LISTINGS);
    for (int i = 0; i < shingles.length; i++) {
      shingles[i] = CommonShingles.without(shingles[i], this.common);
    }
    this.shingles = shingles;
    this.sketches = ShingleSketches.of(shingles);
    this.shingleCounts = ShingleCounts.of(shingles);
    this.rarityWeights = new double[shingles.length];
    for (int i = 0; i < shingles.length; i++) {
      rarityWeights[i] = shingleCounts.weightOf(shingles[i]);
    }
    this.images = images;
    int n = ids.length;
    int[][] keys = new int[n][];
    for (int i = 0; i < n; i++) {
      keys[i] = TextLsh.keys(shingles[i]);
    }
    this.lsh = TextLsh.build(keys, n);
    int hashCount = 0;
    for (ListingImage[] li : images) {
      for (ListingImage image : li) {
        hashCount += 1 + image.fingerprint().crops().size();
      }
    }
    long[] pdq = new long[hashCount * 4];
    long[] dHash = new long[hashCount];
    hashOwners = new int[hashCount];
    int h = 0;
    for (int i = 0; i < n; i++) {
      for (ListingImage image : images[i]) {
        ImageFingerprint f = image.fingerprint();
        for (int c = -1; c < f.crops().size(); c++) {
          PdqHash p = c < 0 ? f.pdq() : f.crops().get(c).pdq();
          for (int w = 0; w < 4; w++) {
            pdq[h * 4 + w] = p.word(w);
          }
          dHash[h] = c < 0 ? f.dHash() : f.crops().get(c).dHash();
          hashOwners[h++] = i;
        }
      }
    }
    this.pdqIndex = new MultiIndex(pdq, 4, PDQ_RADIUS);
    this.dHashIndex = new MultiIndex(dHash, 1, DHASH_RADIUS);
    int erodedCount = 0;
    for (ListingImage[] li : images) {
      for (ListingImage image : li) {
        erodedCount += image.fingerprint().eroded().size();
      }
    }
    long[] eroded = new long[erodedCount * 4];
    erodedOwners = new int[erodedCount];
    int e = 0;
    for (int i = 0; i < n; i++) {
      for (ListingImage image : images[i]) {
        for (PdqHash p : image.fingerprint().eroded()) {
          for (int w = 0; w < 4; w++) {
            eroded[e * 4 + w] = p.word(w);
          }
          erodedOwners[e++] = i;
        }
      }
    }
    this.erodedIndex = new MultiIndex(eroded, 4, PDQ_RADIUS);
    int smoothCount = 0;
    for (ListingImage[] li : images) {
      for (ListingImage image : li) {
        smoothCount += isSmooth(image) ? 1 : 0;
      }
    }
    long[] lumaKeys = new long[smoothCount];
    colourOwners = new int[smoothCount];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (ListingImage image : images[i]) {
        if (isSmooth(image)) {
          lumaKeys[k] = image.fingerprint().colours().lumaKey();
          colourOwners[k++] = i;
        }
      }
    }
    this.colourIndex = new MultiIndex(lumaKeys, 1, COLOUR_KEY_RADIUS);
    this.networkOf = Map.of();
    this.queryState = ThreadLocal.withInitial(() -> new QueryState(n));
  }

  private RelistingIndex(RelistingIndex base, Map<String, Integer> networkOf) {
    this.ids = base.ids;
    this.marketplaces = base.marketplaces;
    this.sellers = base.sellers;
    this.colours = base.colours;
    this.shingles = base.shingles;
    this.sketches = base.sketches;
    this.common = base.common;
    this.boilerplateShare = base.boilerplateShare;
    this.images = base.images;
    this.lsh = base.lsh;
    this.shingleCounts = base.shingleCounts;
    this.rarityWeights = base.rarityWeights;
    this.pdqIndex = base.pdqIndex;
    this.dHashIndex = base.dHashIndex;
    this.hashOwners = base.hashOwners;
    this.erodedIndex = base.erodedIndex;
    this.erodedOwners = base.erodedOwners;
    this.colourIndex = base.colourIndex;
    this.colourOwners = base.colourOwners;
    this.queryState = base.queryState;
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
    int[] query = CommonShingles.without(
        TextShingles.of(listing.title(), listing.description().orElse("")), common);
    QueryState state = queryState.get();
    state.weight = -1;
    Candidates photo = state.photo;
    photo.clear();
    for (ListingImage image : listingImages) {
      ImageFingerprint f = image.fingerprint();
      // the whole picture and its crops against every indexed picture and crop: a crop of the
      // listing's photo meets the same crop of the removed one
      for (int c = -1; c < f.crops().size(); c++) {
        PdqHash p = c < 0 ? f.pdq() : f.crops().get(c).pdq();
        for (long hit : pdqIndex.search(new long[] {p.word(0), p.word(1), p.word(2), p.word(3)})) {
          photo.accept(hashOwners[(int) hit]);
        }
        long d = c < 0 ? f.dHash() : f.crops().get(c).dHash();
        for (long hit : dHashIndex.search(new long[] {d})) {
          photo.accept(hashOwners[(int) hit]);
        }
      }
      for (PdqHash p : f.eroded()) {
        for (long hit : erodedIndex.search(new long[] {p.word(0), p.word(1), p.word(2), p.word(3)})) {
          photo.accept(erodedOwners[(int) hit]);
        }
      }
      if (hasColourLayout(f)) {
        // the smooth removed photos whose luma keys are near: colour matches to check, whatever
        // the text's LSH finds (a watermark can lift a copy's PDQ quality over the bar, so every
        // photo with a layout asks, not only a smooth one)
        for (long hit : colourIndex.search(new long[] {f.colours().lumaKey()})) {
          photo.accept(colourOwners[(int) hit]);
        }
      }
    }
    boolean querySmooth = false;
    for (ListingImage image : listingImages) {
      querySmooth |= isSmooth(image);
    }
    boolean queryTells = tells(listingImages);
    int photoCount = photo.distinct();
    int[] byPhoto = photo.ids;
    BandCounts bands = state.bands;
    bands.begin();
    lsh.candidates(state.signer.keys(query), bands);
    int textCount = bands.selectMostShared(MAX_TEXT_CANDIDATES);
    int[] byText = bands.touched;
    if (photoCount == 0 && textCount == 0) {
      return List.of();
    }
    int queryColours = ColourWords.of(listing.title(), listing.description().orElse(""));
    long[] sketch = state.sketch;
    ShingleSketches.sketch(query, sketch, 0);
    List<Relisting> out = null;
    for (int k = 0; k < photoCount; k++) {
      int id = byPhoto[k];
      Relisting r = judge(id, listing, queryColours, query,
          TextShingles.jaccard(query, shingles[id]),
          listingImages, queryTells, state);
      if (r != null) {
        out = add(out, r);
      }
    }
    for (int k = 0; k < textCount; k++) {
      int id = byText[k];
      if (photoCount > 0 && Arrays.binarySearch(byPhoto, 0, photoCount, id) >= 0) {
        continue; // judged above
      }
      // no photo hash of this one matches (the hash search is exact): only text, or the colours
      // of a smooth photo, can make it a re-listing, and below the bar the exact Jaccard need not
      // be finished
      boolean bothHavePhotos = queryTells && tells(images[id]);
      double needed = !bothHavePhotos ? DILUTED_TEXT_FLOOR
          : querySmooth || smooth(images[id]) ? TEXT_WITH_DHASH : TEXT_DESPITE_PHOTOS;
      if (sketches.cannotReach(sketch, 0, query.length, id, shingles[id].length, needed)
          || !bothHavePhotos && !rarityCanReach(query, id, RARE_TEXT_ALONE, state)) {
        continue; // the sketches or the rarity weights alone show the bar is out of reach
      }
      double text = TextShingles.jaccardAtLeast(query, shingles[id], needed);
      if (text >= 0) {
        Relisting r = judge(id, listing, queryColours, query, text, listingImages, queryTells,
            state);
        if (r != null) {
          out = add(out, r);
        }
      }
    }
    if (out == null) {
      return List.of();
    }
    out.sort(BEST_FIRST);
    return out.size() > MAX_RESULTS ? List.copyOf(out.subList(0, MAX_RESULTS)) : out;
  }

  /** Whether any of the images is smooth and has a colour layout to compare ({@link #basis}). */
  private static boolean smooth(ListingImage[] images) {
    for (ListingImage image : images) {
      if (isSmooth(image)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether any of the photos could tell its picture from another: featured (PDQ quality {@value
   * #FEATURED_QUALITY} or more) or with a colour layout further than {@value #COLOUR_RADIUS} from
   * a single colour. A photo of one flat colour (a black or white field, an empty backdrop) can
   * match no other photo, so that none matches says nothing: beside it the text needs only what
   * it needs without photos ({@value #TEXT_ALONE}).
   */
  private static boolean tells(List<ListingImage> images) {
    for (ListingImage image : images) {
      ImageFingerprint f = image.fingerprint();
      if (f.quality() >= FEATURED_QUALITY || hasColourLayout(f)) {
        return true;
      }
    }
    return false;
  }

  private static boolean tells(ListingImage[] images) {
    return tells(Arrays.asList(images));
  }

  private static boolean isSmooth(ListingImage image) {
    ImageFingerprint f = image.fingerprint();
    return f.quality() < FEATURED_QUALITY && hasColourLayout(f);
  }

  private static List<Relisting> add(List<Relisting> out, Relisting r) {
    List<Relisting> list = out == null ? new ArrayList<>(2) : out;
    list.add(r);
    return list;
  }

  /**
   * One querying thread's working state, kept from query to query so that a query allocates
   * little: the band-key signer, the LSH band counts (sized to the index), the photo
   * candidates and the query's shingle sketch.
   */
  private static final class QueryState {
    final TextLsh.Signer signer = new TextLsh.Signer();
    final BandCounts bands;
    final Candidates photo = new Candidates();
    final long[] sketch = new long[ShingleSketches.WORDS];
    /** The query's shingles' rarity weights, once a candidate needs them. */
    double[] weights = new double[64];
    /** Their sum, or -1 until weighed for this query. */
    double weight;

    QueryState(int size) {
      bands = new BandCounts(size);
    }
  }

  /**
   * Whether two photos match by this index's rule: the same file, PDQ within {@value #PDQ_RADIUS}
   * between the two pictures whole or cropped ({@link ImageFingerprint#cropDistance}) or between
   * the two eroded ({@link ImageFingerprint#erodedDistance}: a light watermark set aside) where
   * their colour layouts lie within {@value #ERODED_COLOUR_RADIUS}, a pair
   * of them (whole or crop) with dHash within {@value #DHASH_RADIUS} and PDQ within {@value
   * #DHASH_PDQ_GUARD}, or, when either is smooth (PDQ quality under {@value #FEATURED_QUALITY}),
   * colour layouts within {@value #COLOUR_RADIUS}.
   *
   * @param a one photo's fingerprint
   * @param b the other's
   * @return whether they match
   */
  public static boolean photosMatch(ImageFingerprint a, ImageFingerprint b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return match(a, b) != null;
  }

  /** How two photos match: the distance the evidence gives and what made them match. */
  private record PhotoMatch(int distance, ImageEvidence.Basis basis) {
    /** Whether it proves nothing alone and needs {@value #TEXT_WITH_DHASH} of text beside it. */
    boolean weak() {
      return basis != ImageEvidence.Basis.SAME_FILE && basis != ImageEvidence.Basis.PDQ;
    }
  }

  /**
   * What makes two photos match, strongest first, or null when nothing does: the same file; PDQ
   * within the radius, whole or cropped ({@link ImageFingerprint#cropDistance}); else the two
   * eroded ({@link ImageFingerprint#erodedDistance}) within it where their colour layouts lie
   * within {@value #ERODED_COLOUR_RADIUS} (or either has none, as in an index saved before
   * layouts); else a dHash pair under the PDQ guard; else, for a smooth picture (PDQ quality under
   * {@value #FEATURED_QUALITY} on either side), colour layouts within {@value #COLOUR_RADIUS},
   * both further than that from a single colour. The distance is the PDQ one the basis stands on:
   * the eroded pictures' for {@code ERODED}, else the pictures' as they are.
   */
  private static PhotoMatch match(ImageFingerprint a, ImageFingerprint b) {
    if (a.sameBytes(b)) {
      return new PhotoMatch(0, ImageEvidence.Basis.SAME_FILE);
    }
    int d = a.cropDistance(b);
    if (d <= PDQ_RADIUS) {
      return new PhotoMatch(d, ImageEvidence.Basis.PDQ);
    }
    int eroded = a.erodedDistance(b);
    if (eroded <= PDQ_RADIUS) {
      double colours = a.colourDistance(b); // infinite when a photo has no layout
      if (colours <= ERODED_COLOUR_RADIUS || colours == Double.POSITIVE_INFINITY) {
        return new PhotoMatch(eroded, ImageEvidence.Basis.ERODED);
      }
    }
    if (a.dHashMatches(b, DHASH_RADIUS, DHASH_PDQ_GUARD)) {
      return new PhotoMatch(d, ImageEvidence.Basis.DHASH);
    }
    if (Math.min(a.quality(), b.quality()) < FEATURED_QUALITY && hasColourLayout(a)
        && hasColourLayout(b) && a.colourDistance(b) <= COLOUR_RADIUS) {
      return new PhotoMatch(d, ImageEvidence.Basis.COLOUR);
    }
    return null;
  }

  /**
   * Whether a photo's colour layout can tell it apart: it has one, and one of a single colour
   * would not match it ({@link ColourLayout#distanceFromFlat()} beyond {@value #COLOUR_RADIUS}).
   */
  private static boolean hasColourLayout(ImageFingerprint f) {
    return f.colours().isKnown() && f.colours().distanceFromFlat() > COLOUR_RADIUS;
  }

  /**
   * One thread's count of the LSH bands each removed listing shares with the query being
   * answered: an int per removed listing, stamped with the query's number so that nothing is
   * cleared between queries, and the listings touched, so that picking the best costs what the
   * query touched rather than the index's size.
   */
  private static final class BandCounts implements java.util.function.IntConsumer {
    /** Per listing: the query's number << 5 | the bands shared (at most {@link TextLsh#BANDS}). */
    private final int[] marks;
    private int query;
    /** The listings touched by this query, in the order the LSH tables gave them. */
    int[] touched = new int[64];
    private int n;
    private final int[] perCount = new int[TextLsh.BANDS + 2];

    BandCounts(int size) {
      marks = new int[size];
    }

    void begin() {
      query++;
      if (query == 1 << 26) { // the stamp would overflow: start again from a clean slate
        Arrays.fill(marks, 0);
        query = 1;
      }
      n = 0;
    }

    @Override
    public void accept(int id) {
      int m = marks[id];
      if (m >>> 5 == query) {
        marks[id] = m + 1;
      } else {
        marks[id] = query << 5 | 1;
        if (n == touched.length) {
          touched = Arrays.copyOf(touched, n * 2);
        }
        touched[n++] = id;
      }
    }

    /**
     * Keeps, at the front of {@link #touched}, the listings sharing the most bands (the best
     * estimate of Jaccard before the exact check), at most {@code limit}; among those sharing as
     * many as the last one taken, the first the LSH tables gave (a fixed order for a given index
     * and query).
     *
     * @return how many were kept
     */
    int selectMostShared(int limit) {
      if (n <= limit) {
        return n;
      }
      int[] perCount = this.perCount;
      Arrays.fill(perCount, 0);
      for (int k = 0; k < n; k++) {
        perCount[marks[touched[k]] & 31]++;
      }
      int cut = TextLsh.BANDS + 1; // listings sharing more than cut bands are all taken
      int taken = 0;
      while (cut > 0 && taken + perCount[cut] <= limit) {
        taken += perCount[cut];
        cut--;
      }
      int b = 0;
      int ties = limit - taken; // of those sharing exactly cut bands
      for (int k = 0; k < n && b < limit; k++) {
        int id = touched[k];
        int count = marks[id] & 31;
        if (count > cut || count == cut && ties-- > 0) {
          touched[b++] = id; // b <= k: overwrites only what was already read
        }
      }
      return b;
    }
  }

  /** Candidate listing numbers, collected unboxed; a listing may be offered many times. */
  private static final class Candidates implements java.util.function.IntConsumer {
    int[] ids = new int[32];
    private int n;

    void clear() {
      n = 0;
    }

    @Override
    public void accept(int id) {
      if (n == ids.length) {
        ids = Arrays.copyOf(ids, n * 2);
      }
      ids[n++] = id;
    }

    /** Sorts the candidates and keeps each once, at the front of {@link #ids}; returns how many. */
    int distinct() {
      Arrays.sort(ids, 0, n);
      int u = 0;
      for (int i = 0; i < n; i++) {
        if (i == 0 || ids[i] != ids[i - 1]) {
          ids[u++] = ids[i];
        }
      }
      n = u;
      return u;
    }
  }

  private Relisting judge(int id, Listing listing, int queryColours, int[] query, double text,
      List<ListingImage> listingImages, boolean queryTells, QueryState state) {
    List<ImageEvidence> evidence = new ArrayList<>();
    int best = Integer.MAX_VALUE;
    // the nearest PDQ distance of pictures as they are, or 0 for the same file: what proves
    int bestStrong = Integer.MAX_VALUE;
    boolean exact = false;
    for (ListingImage mine : listingImages) {
      ImageEvidence closest = null;
      for (ListingImage theirs : images[id]) {
        ImageFingerprint a = mine.fingerprint();
        ImageFingerprint b = theirs.fingerprint();
        PhotoMatch m = match(a, b);
        if (m == null) {
          continue;
        }
        if (!m.weak()) {
          bestStrong = Math.min(bestStrong, m.distance());
        }
        exact |= m.basis() == ImageEvidence.Basis.SAME_FILE;
        if (closest == null || m.distance() < closest.distance()
            || m.distance() == closest.distance() && m.basis().compareTo(closest.basis()) < 0) {
          closest = new ImageEvidence(mine.source(), theirs.source(), m.distance(),
              a.dHashDistance(b), m.basis());
        }
      }
      if (closest != null) {
        evidence.add(closest);
        best = Math.min(best, closest.distance());
      }
    }
    evidence.sort(Comparator.comparingInt(ImageEvidence::distance));
    if (bestStrong > PDQ_RADIUS && ColourWords.contradict(queryColours, colours[id])) {
      // no photo as it is proves the item; the listings name colours of no common family: two
      // variants of an item (brown and burgundy totes photographed alike), not one listed again
      return null;
    }
    double score;
    if (!evidence.isEmpty()) {
      // a near-identical picture proves the re-listing alone; an eroded, dHash or colour match,
      // which two products photographed alike can make, needs the text a dHash match does
      if (!(bestStrong <= PDQ_CLOSE
          || text >= (bestStrong <= PDQ_RADIUS ? TEXT_WITH_PHOTO : TEXT_WITH_DHASH))) {
        return null;
      }
      double photo = exact ? 1.0 : Math.max(0, 1.0 - Math.min(best, 64) / 64.0);
      score = 0.6 + 0.4 * Math.max(photo, text);
    } else {
      if (!textAlone(query, id, text, queryTells && tells(images[id]), state)) {
        return null;
      }
      score = 0.5 + 0.5 * text;
    }
    return new Relisting(ids[id], Math.round(score * 1000) / 1000.0,
        Math.round(text * 1000) / 1000.0, sharedWords(listing, id), evidence,
        relation(id, listing));
  }

  /**
   * The words the listing shares with a removed one (its boilerplate set aside), the rarest among
   * the removed listings first and, as rare, the longest, at most {@value Relisting#MAX_WORDS}:
   * which words made the text alike. Words of one or two letters without a digit ("as", "of")
   * say nothing and are left out; a model code such as {@code K7} stays.
   */
  private List<String> sharedWords(Listing listing, int id) {
    List<TextShingles.Word> words = new ArrayList<>(TextShingles.sharedWords(listing.title(),
        listing.description().orElse(""), shingles[id]));
    words.removeIf(w -> w.normalized().length() < 3 && w.normalized().chars()
        .noneMatch(Character::isDigit));
    // stable: words as rare and as long keep the listing's order
    words.sort(Comparator.<TextShingles.Word>comparingInt(w -> shingleCounts.count(w.shingle()))
        .thenComparing(w -> -w.normalized().length()));
    return words.stream().limit(Relisting.MAX_WORDS).map(TextShingles.Word::asWritten).toList();
  }

  /**
   * Whether text alone proves the re-listing: beside photos that do not match, nearly the same
   * text ({@value #TEXT_DESPITE_PHOTOS}) and its rare words ({@value #RARE_TEXT_ALONE}); else
   * most of the text ({@value #TEXT_ALONE}) and its rare words, or nearly all of the rare words
   * ({@value #RARE_TEXT_DILUTED}) with at least {@value #DILUTED_TEXT_FLOOR} of the text.
   */
  private boolean textAlone(int[] query, int id, double text, boolean bothHavePhotos,
      QueryState state) {
    if (text < (bothHavePhotos ? TEXT_DESPITE_PHOTOS : DILUTED_TEXT_FLOOR)) {
      return false;
    }
    double needed = bothHavePhotos || text >= TEXT_ALONE ? RARE_TEXT_ALONE : RARE_TEXT_DILUTED;
    return rarityCanReach(query, id, needed, state) && ShingleCounts.weightedJaccard(query,
        state.weights, state.weight, shingles[id], rarityWeights[id]) >= needed;
  }

  /**
   * Whether the rarity-weighted Jaccard of the query and a listing can reach a bar, by their
   * summed weights alone: the weight both share is at most the lighter side's, the weight of
   * either at least the heavier's. Weighs the query's shingles the first time it is asked.
   */
  private boolean rarityCanReach(int[] query, int id, double bar, QueryState state) {
    if (state.weight < 0) {
      if (state.weights.length < query.length) {
        state.weights = new double[Math.max(query.length, 2 * state.weights.length)];
      }
      state.weight = shingleCounts.weigh(query, state.weights);
    }
    double theirs = rarityWeights[id];
    return Math.min(state.weight, theirs) >= bar * Math.max(state.weight, theirs);
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
        out.writeDouble(boilerplateShare);
        out.writeInt(common.length);
        for (int c : common) {
          out.writeInt(c);
        }
        out.writeInt(ids.length);
        for (int i = 0; i < ids.length; i++) {
          writeString(out, ids[i]);
          out.writeByte(marketplaces[i].ordinal());
          writeString(out, sellers[i]);
          out.writeInt(colours[i]);
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
            out.writeShort(f.crops().size());
            for (CropFingerprint crop : f.crops()) {
              for (int w = 0; w < 4; w++) {
                out.writeLong(crop.pdq().word(w));
              }
              out.writeLong(crop.dHash());
            }
            out.writeShort(f.eroded().size());
            for (PdqHash p : f.eroded()) {
              for (int w = 0; w < 4; w++) {
                out.writeLong(p.word(w));
              }
            }
            byte[] colours = f.colours().bytes();
            out.writeShort(colours.length);
            out.write(colours);
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
      if (version < OLDEST_VERSION || version > FORMAT_VERSION) {
        throw new IOException(file + " is a re-listing index of format version " + version
            + "; this marque reads versions " + OLDEST_VERSION + " to " + FORMAT_VERSION
            + " (rebuild it from the feed)");
      }
      try {
        double share = in.readDouble();
        if (!(share > 0 && share <= 1)) {
          throw new IOException("bad boilerplate share " + share);
        }
        int nc = in.readInt();
        if (nc < 0 || nc > MAX_STRING_BYTES) {
          throw new IOException("bad boilerplate count " + nc);
        }
        int[] common = new int[nc];
        for (int k = 0; k < nc; k++) {
          common[k] = in.readInt();
        }
        int n = in.readInt();
        if (n < 0) {
          throw new IOException("negative count");
        }
        Builder b = new Builder().boilerplateShare(share);
        Marketplace[] all = Marketplace.values();
        for (int i = 0; i < n; i++) {
          String id = readString(in);
          int m = in.readUnsignedByte();
          if (m >= all.length) {
            throw new IOException("unknown marketplace " + m + " at listing " + i);
          }
          String seller = readString(in);
          int families = version >= 5 ? in.readInt() : 0; // unknown: no colours to contradict
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
            int nCrops = in.readUnsignedShort();
            List<CropFingerprint> crops = new ArrayList<>(nCrops);
            for (int c = 0; c < nCrops; c++) {
              crops.add(new CropFingerprint(
                  PdqHash.ofWords(in.readLong(), in.readLong(), in.readLong(), in.readLong()),
                  in.readLong()));
            }
            int nEroded = in.readUnsignedShort();
            List<PdqHash> eroded = new ArrayList<>(nEroded);
            for (int c = 0; c < nEroded; c++) {
              eroded.add(PdqHash.ofWords(in.readLong(), in.readLong(), in.readLong(),
                  in.readLong()));
            }
            ColourLayout colours = ColourLayout.NONE;
            if (version >= 4) {
              byte[] bytes = new byte[in.readUnsignedShort()];
              in.readFully(bytes);
              try {
                colours = ColourLayout.ofBytes(bytes);
              } catch (IllegalArgumentException e) {
                throw new IOException(e.getMessage() + " at listing " + i, e);
              }
            }
            li[k] = new ListingImage(source,
                new ImageFingerprint(sha, pdq, quality, dHash, w, h, crops, eroded, colours));
          }
          b.addRaw(id, all[m], seller, families, sh, li);
        }
        long expected = crc.getValue();
        long stored = in.readLong();
        if (stored != expected) {
          throw new IOException("checksum mismatch");
        }
        if (in.read() != -1) {
          throw new IOException("data after the end");
        }
        return b.build(common);
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
    /** Per listing, the colour families its text names; the first {@link #ids}.size() count. */
    private int[] colours = new int[16];
    private final List<int[]> shingles = new ArrayList<>();
    private final List<ListingImage[]> images = new ArrayList<>();
    private static final ListingImage[] NONE = new ListingImage[0];
    private double boilerplateShare = BOILERPLATE_SHARE;

    private Builder() {}

    /**
     * Sets aside, from every listing's text and every query's, the shingles (words and 4-letter
     * grams) found in more than this share of the removed listings, and in more than {@value
     * #BOILERPLATE_MIN_LISTINGS} of them (in a smaller index, than half of them): what a shop
     * template repeats in every description (such text made every other product of a brand look
     * like a re-listing) and what every listing of the index says (the brand). Text similarity is then measured on what is left: what each
     * listing says of its own product.
     *
     * @param share 0 (exclusive) to 1; 1 keeps every shingle; default {@value #BOILERPLATE_SHARE}
     * @return this builder
     * @throws IllegalArgumentException if {@code share} is not in (0, 1]
     */
    public Builder boilerplateShare(double share) {
      if (!(share > 0 && share <= 1)) {
        throw new IllegalArgumentException("share: must be above 0 and at most 1, got " + share);
      }
      this.boilerplateShare = share;
      return this;
    }

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
          ColourWords.of(removed.title(), removed.description().orElse("")),
          TextShingles.of(removed.title(), removed.description().orElse("")),
          removedImages.isEmpty() ? NONE : removedImages.toArray(NONE));
    }

    private Builder addRaw(String id, Marketplace m, String seller, int colourFamilies, int[] sh,
        ListingImage[] li) {
      if (ids.size() == colours.length) {
        colours = Arrays.copyOf(colours, colours.length * 2);
      }
      colours[ids.size()] = colourFamilies;
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
      return build(null);
    }

    private RelistingIndex build(int[] common) {
      return new RelistingIndex(ids.toArray(new String[0]), marketplaces.toArray(new Marketplace[0]),
          sellers.toArray(new String[0]), Arrays.copyOf(colours, ids.size()),
          shingles.toArray(new int[0][]),
          images.toArray(new ListingImage[0][]), boilerplateShare, common);
    }
  }
}
