package dev.marque.benchmarks;

import dev.marque.matching.similarity.JaroWinkler;
import dev.marque.matching.similarity.Levenshtein;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Our kernels against commons-text's on the same 256 pairs of 8 to 64 characters. Scores are pairs
 * compared per second. Target: Levenshtein 10x, Jaro-Winkler 3x commons-text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SimilarityBenchmark {
  private static final int PAIRS = 256;
  private final String[][] pairs = Corpus.pairs(PAIRS, 42);
  private final LevenshteinDistance commonsLevenshtein = LevenshteinDistance.getDefaultInstance();
  private final LevenshteinDistance commonsLevenshteinBounded = new LevenshteinDistance(2);
  private final JaroWinklerSimilarity commonsJaroWinkler = new JaroWinklerSimilarity();

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public int levenshteinMarque() {
    int sum = 0;
    for (String[] p : pairs) {
      sum += Levenshtein.INSTANCE.distance(p[0], p[1]);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public int levenshteinCommonsText() {
    int sum = 0;
    for (String[] p : pairs) {
      sum += commonsLevenshtein.apply(p[0], p[1]);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public int levenshteinBounded2Marque() {
    int sum = 0;
    for (String[] p : pairs) {
      sum += Levenshtein.INSTANCE.distance(p[0], p[1], 2);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public int levenshteinBounded2CommonsText() {
    int sum = 0;
    for (String[] p : pairs) {
      sum += commonsLevenshteinBounded.apply(p[0], p[1]);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public double jaroWinklerMarque() {
    double sum = 0;
    for (String[] p : pairs) {
      sum += JaroWinkler.INSTANCE.score(p[0], p[1]);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public double jaroWinklerCommonsText() {
    double sum = 0;
    for (String[] p : pairs) {
      sum += commonsJaroWinkler.apply(p[0], p[1]);
    }
    return sum;
  }
}
