package dev.marque.benchmarks;

import dev.marque.core.Brand;
import dev.marque.core.ListingField;
import dev.marque.matching.BrandIndex;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 80-character titles against portfolios of generated brand names, through {@link BrandIndex} and
 * the naive way (every brand against every word with commons-text's bounded Levenshtein). Scores are
 * titles per second on one thread. Target: 200,000 titles/s at 3,000 brands, and 30,000 brands no
 * more than twice as slow as 300. {@code build} times compiling the index (see also
 * {@link IndexFootprint} for its heap).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class MentionBenchmark {
  private static final int TITLES = 1024;

  @Param({"300", "3000", "30000"})
  public int brands;

  private List<Brand> portfolio;
  private BrandIndex index;
  private String[] titles;
  private String[] lowerBrandNames;
  private final LevenshteinDistance bounded = new LevenshteinDistance(2);

  @Setup(Level.Trial)
  public void setUp() {
    portfolio = Corpus.brands(brands, 7);
    index = BrandIndex.of(portfolio);
    titles = Corpus.titles(portfolio, TITLES, 11);
    lowerBrandNames = portfolio.stream().map(b -> b.name().toLowerCase(Locale.ROOT).replace(" ", ""))
        .toArray(String[]::new);
  }

  @Benchmark
  @OperationsPerInvocation(TITLES)
  public int index() {
    int found = 0;
    for (String title : titles) {
      found += index.find(title, ListingField.TITLE).size();
    }
    return found;
  }

  /** The baseline: lower-case, split on spaces, every word against every brand. 16 titles a call. */
  @Benchmark
  @OperationsPerInvocation(16)
  public int naive() {
    int found = 0;
    for (int t = 0; t < 16; t++) {
      for (String word : titles[t].toLowerCase(Locale.ROOT).split(" ")) {
        for (String brand : lowerBrandNames) {
          if (bounded.apply(word, brand) >= 0) {
            found++;
          }
        }
      }
    }
    return found;
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 3)
  public BrandIndex build() {
    return BrandIndex.of(portfolio);
  }
}
