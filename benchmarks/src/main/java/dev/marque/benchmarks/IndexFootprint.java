package dev.marque.benchmarks;

import dev.marque.core.Brand;
import dev.marque.matching.BrandIndex;
import dev.marque.matching.Lexicon;
import java.util.List;

/**
 * Prints how long a {@link BrandIndex} of 30,000 generated brands takes to build and how much heap it
 * keeps: {@code java -cp benchmarks/target/benchmarks.jar dev.marque.benchmarks.IndexFootprint [n]}.
 * Target: under 2 s and under 200 MB. First it reads the lexicons on the class path (what every
 * index built with the default options shares) and reports their load time and heap separately:
 * target 0.5 s and 60 MB.
 */
public final class IndexFootprint {
  private IndexFootprint() {}

  /** Builds the index a few times and reports the last build and the heap it retains. */
  public static void main(String[] args) throws InterruptedException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
    List<Brand> brands = Corpus.brands(n, 7);
    perLanguage();
    long beforeLexicons = usedHeap();
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long lexiconStart = System.nanoTime();
    long lexiconCpuStart = cpu.getCurrentThreadCpuTime();
    Lexicon lexicon = Lexicon.available().load();
    long lexiconMillis = (System.nanoTime() - lexiconStart) / 1_000_000;
    long lexiconCpuMillis = (cpu.getCurrentThreadCpuTime() - lexiconCpuStart) / 1_000_000;
    long lexiconHeap = usedHeap() - beforeLexicons;
    System.out.printf("lexicons=%s words=%d load=%d ms (%d ms of CPU) retained heap=%.1f MB%n",
        lexicon.languages().stream().sorted().toList(), lexicon.size(), lexiconMillis,
        lexiconCpuMillis, lexiconHeap / 1e6);
    BrandIndex.of(Corpus.brands(1000, 1)); // load classes and the word list first
    long before = usedHeap();
    long start = System.nanoTime();
    BrandIndex index = BrandIndex.of(brands);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long retained = usedHeap() - before;
    System.out.printf("brands=%d build=%d ms retained heap=%.1f MB (size %d)%n", n, millis,
        retained / 1e6, index.size());
  }

  /**
   * Each available language's list read alone, first (so each pays for its own reading): CPU time
   * (wall time means little on a shared machine) and the heap it keeps.
   */
  private static void perLanguage() throws InterruptedException {
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    for (String language : Lexicon.availableLanguages().stream().sorted().toList()) {
      long heap = usedHeap();
      long cpuStart = cpu.getCurrentThreadCpuTime();
      Lexicon.of(List.of(language)).load();
      long cpuMillis = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
      System.out.printf("lexicon %s: load %d ms of CPU, retained heap %.1f MB%n", language,
          cpuMillis, (usedHeap() - heap) / 1e6);
    }
  }

  /** The heap in use after a few collections: what the live objects keep. */
  static long usedHeap() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
