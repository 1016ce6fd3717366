package dev.marque.matching.fingerprint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The fast paths of re-listing detection held to their plain references. */
class FingerprintKernelsTest {

  /** Sorted distinct sets over a small alphabet, so that pairs overlap a lot or a little. */
  @Provide
  Arbitrary<int[]> sets() {
    return Arbitraries.integers().between(-20, 40).set().ofMaxSize(40)
        .map(s -> s.stream().mapToInt(Integer::intValue).sorted().toArray());
  }

  @Property(tries = 3000)
  void theThresholdedJaccardIsTheExactOneAboveTheBarAndMinusOneBelow(
      @ForAll("sets") int[] a, @ForAll("sets") int[] b,
      @ForAll @DoubleRange(min = 0.01, max = 1.0) double least) {
    double exact = TextShingles.jaccard(a, b);
    double fast = TextShingles.jaccardAtLeast(a, b, least);
    if (exact >= least) {
      assertThat(fast).isEqualTo(exact);
    } else {
      assertThat(fast).isEqualTo(-1);
    }
  }

  /** Sets of shingle hashes as wide as real ones, overlapping by a random share. */
  @Provide
  Arbitrary<int[][]> hashedPairs() {
    return Arbitraries.longs().map(seed -> {
      java.util.Random r = new java.util.Random(seed);
      int[] shared = r.ints(r.nextInt(80), Integer.MIN_VALUE, Integer.MAX_VALUE).toArray();
      int[] a = java.util.stream.IntStream.concat(Arrays.stream(shared),
          r.ints(r.nextInt(80), Integer.MIN_VALUE, Integer.MAX_VALUE)).sorted().distinct().toArray();
      int[] b = java.util.stream.IntStream.concat(Arrays.stream(shared),
          r.ints(r.nextInt(80), Integer.MIN_VALUE, Integer.MAX_VALUE)).sorted().distinct().toArray();
      return new int[][] {a, b};
    });
  }

  @Property(tries = 3000)
  void aSketchSetsAsideOnlyCandidatesTheExactCheckWouldRefuse(
      @ForAll("hashedPairs") int[][] pair, @ForAll("sets") int[] small1,
      @ForAll("sets") int[] small2, @ForAll @DoubleRange(min = 0.01, max = 1.0) double least) {
    for (int[][] p : new int[][][] {pair, {small1, small2}}) {
      int[] a = p[0];
      int[] b = p[1];
      ShingleSketches sketches = ShingleSketches.of(new int[][] {b});
      long[] query = new long[ShingleSketches.WORDS];
      ShingleSketches.sketch(a, query, 0);
      if (sketches.cannotReach(query, 0, a.length, 0, b.length, least)) {
        assertThat(TextShingles.jaccard(a, b)).isLessThan(least);
      }
    }
  }

  @Property(tries = 500)
  void settingAsideTheCommonShinglesIsASetDifference(
      @ForAll("sets") int[] set, @ForAll("sets") int[] common) {
    int[] expected = Arrays.stream(set).filter(s -> Arrays.binarySearch(common, s) < 0).toArray();
    assertThat(CommonShingles.without(set, common)).containsExactly(expected);
  }

  @Property(tries = 300)
  void aShingleIsCommonExactlyWhenMoreListingsThanTheBarHaveIt(
      @ForAll("listings") List<int[]> listings, @ForAll @IntRange(min = 0, max = 6) int floor,
      @ForAll @DoubleRange(min = 0.05, max = 1.0) double share) {
    int[][] sets = listings.toArray(new int[0][]);
    // the floor never exceeds half the listings (nor falls under two)
    long bar = Math.max(Math.min(floor, Math.max(2, sets.length / 2)),
        (long) Math.floor(share * sets.length));
    int[] expected = Arrays.stream(sets).flatMapToInt(Arrays::stream).distinct()
        .filter(s -> Arrays.stream(sets).filter(x -> Arrays.binarySearch(x, s) >= 0).count() > bar)
        .sorted().toArray();
    assertThat(CommonShingles.of(sets, share, floor)).containsExactly(expected);
  }

  @Provide
  Arbitrary<List<int[]>> listings() {
    return sets().list().ofMaxSize(30);
  }

  @Property(tries = 50)
  void hashingTheWholeRegionGivesTheWholePicturesHash(
      @ForAll @IntRange(min = 40, max = 300) int width,
      @ForAll @IntRange(min = 40, max = 300) int height, @ForAll long seed) {
    java.util.Random r = new java.util.Random(seed);
    int[] rgb = new int[width * height];
    int base = r.nextInt(0xffffff);
    for (int i = 0; i < rgb.length; i++) {
      // smooth blobs plus noise: a picture with structure at several scales
      int x = i % width;
      int y = i / width;
      rgb[i] = (base + (int) (40 * Math.sin(x / 9.0) * Math.cos(y / 13.0)) * 0x010101
          + r.nextInt(8)) & 0xffffff;
    }
    Pdq pdq = new Pdq();
    pdq.hash(rgb, width, height);
    long[] whole = {pdq.word(0), pdq.word(1), pdq.word(2), pdq.word(3)};
    int quality = pdq.quality();
    long[] crops = new long[CropGrid.size() * 4];
    CropGrid.hash(pdq, crops, new long[CropGrid.size()]);
    assertThat(new long[] {pdq.word(0), pdq.word(1), pdq.word(2), pdq.word(3)}).containsExactly(whole);
    assertThat(pdq.quality()).isEqualTo(quality);
  }

  /** The shingles as first written: a substring for every word and gram. */
  private static int[] plainShingles(String title, String description) {
    com.dynatrace.hash4j.hashing.Hasher64 hash = com.dynatrace.hash4j.hashing.Hashing.komihash5_0();
    String text = dev.marque.matching.text.TextNormalizer.standard()
        .normalize(description.isEmpty() ? title : title + "\n" + description).text();
    java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
    for (String word : text.split("[^\\p{L}\\p{Nd}]+")) {
      if (word.isEmpty() || !word.codePoints().allMatch(Character::isLetterOrDigit)) {
        continue;
      }
      out.add((int) hash.hashCharsToLong("w" + word));
      if (word.length() > 4) {
        for (int g = 0; g + 4 <= word.length(); g++) {
          out.add((int) hash.hashCharsToLong(word.substring(g, g + 4)));
        }
      } else if (word.length() < 4) {
        out.add((int) hash.hashCharsToLong(word));
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  @Provide
  Arbitrary<String> titles() {
    return Arbitraries.of("Aurelia", "G U C C I", "Gucc1", "tote", "bag", "leather", "1:1", "AAA",
        "replica", "women", "2026", "new", "x", "ab", "abcd", "abcdefghij", "café", "高仿",
        "Guссі").list().ofMinSize(0).ofMaxSize(12).map(l -> String.join(" ", l));
  }

  @Property(tries = 500)
  void theShinglesAreThoseOfThePlainSubstringReference(
      @ForAll("titles") String title, @ForAll("titles") String description) {
    assertThat(TextShingles.of(title, description))
        .containsExactly(plainShingles(title, description));
  }

  @Property(tries = 300)
  void shingleCountsAreTheNumberOfListingsWithEachShingleAndTheWeightedJaccardItsPlainFormula(
      @ForAll("listings") List<int[]> listings, @ForAll("sets") int[] query) {
    int[][] sets = listings.toArray(new int[0][]);
    ShingleCounts counts = ShingleCounts.of(sets);
    java.util.function.IntUnaryOperator having = s ->
        (int) Arrays.stream(sets).filter(x -> Arrays.binarySearch(x, s) >= 0).count();
    for (int s = -20; s <= 40; s++) {
      assertThat(counts.count(s)).isEqualTo(having.applyAsInt(s));
    }
    for (int[] listing : sets) {
      // the reference: sums of ln(1 + n / count) over the intersection and over the union, a
      // query shingle no listing has left out
      double both = 0;
      double either = 0;
      java.util.Set<Integer> union = new java.util.TreeSet<>();
      Arrays.stream(listing).forEach(union::add);
      Arrays.stream(query).filter(s -> having.applyAsInt(s) > 0).forEach(union::add);
      for (int s : union) {
        double w = Math.log1p((double) sets.length / having.applyAsInt(s));
        either += w;
        if (Arrays.binarySearch(listing, s) >= 0 && Arrays.binarySearch(query, s) >= 0) {
          both += w;
        }
      }
      double expected = either == 0 ? 0 : both / either;
      assertThat(counts.weightedJaccard(query, listing)).isCloseTo(expected,
          org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Property(tries = 200)
  void aSignerReusedFromSetToSetGivesTheKeysOfAFreshOne(
      @ForAll("sets") int[] first, @ForAll("sets") int[] second) {
    TextLsh.Signer reused = new TextLsh.Signer();
    reused.keys(first);
    int[] again = reused.keys(second).clone();
    assertThat(again).containsExactly(new TextLsh.Signer().keys(second));
    assertThat(TextLsh.keys(second)).containsExactly(again);
  }
}
