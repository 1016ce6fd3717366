package dev.marque.benchmarks;

import dev.marque.core.Brand;
import dev.marque.matching.BrandIndex;
import dev.marque.matching.Lexicon;
import java.util.List;

/**
 * Prints how long a {@link BrandIndex} of 30,000 generated brands takes to build and how much heap it
 * keeps, in all and per brand, first for bare names and then for a firm's portfolio (each brand
 * with aliases and a product): {@code java -cp benchmarks/target/benchmarks.jar
 * dev.marque.benchmarks.IndexFootprint [n] [aliases per brand, default 3]}.
 * Target: under 2 s and under 200 MB. First it reads the lexicons on the class path (what every
 * index built with the default options shares) and reports their load time and heap separately:
 * target 0.5 s and 60 MB.
 *
 * <p>{@code IndexFootprint firm [n]} measures only the index of a brand-protection firm's
 * portfolio ({@link FirmPortfolio}: {@code n} brands, 20,000 by default, each with five aliases, some
 * of 20–40 characters, and products), as a firm would run it: {@code java -Xmx512m -cp
 * benchmarks/target/benchmarks.jar dev.marque.benchmarks.IndexFootprint firm}. Target: within
 * {@code -Xmx512m}.
 */
public final class IndexFootprint {
  private IndexFootprint() {}

  /** Builds the index a few times and reports the last build and the heap it retains. */
  public static void main(String[] args) throws InterruptedException {
    if (args.length > 0 && args[0].equals("firm")) {
      firmPortfolio(args.length > 1 ? Integer.parseInt(args[1]) : 20_000);
      return;
    }
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
    List<Brand> brands = Corpus.brands(n, 7);
    goodsVocabulary();
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
    Build plain = Build.of(brands);
    System.out.printf("brands=%d build=%d ms (%d ms of CPU) retained heap=%.1f MB (size %d), %.0f"
        + " bytes per brand%n", n, plain.millis, plain.cpuMillis, plain.retained / 1e6, plain.size,
        (double) plain.retained / n);
    int aliases = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Build firm = Build.of(firm(brands, aliases));
    System.out.printf("brands=%d with %d aliases and a product each: build=%d ms (%d ms of CPU)"
        + " retained heap=%.1f MB (size %d), %.0f bytes per brand%n", n, aliases, firm.millis,
        firm.cpuMillis, firm.retained / 1e6, firm.size, (double) firm.retained / n);
  }

  /**
   * One index built and measured: wall and CPU time of the build, the heap the index keeps once
   * built, and how many brands it holds. The index itself is not kept, so that the next
   * measurement starts from an empty heap.
   */
  private record Build(long millis, long cpuMillis, long retained, int size) {
    static Build of(List<Brand> brands) throws InterruptedException {
      java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
      long before = usedHeap();
      long start = System.nanoTime();
      long cpuStart = cpu.getCurrentThreadCpuTime();
      BrandIndex index = BrandIndex.of(brands);
      long cpuMillis = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
      long millis = (System.nanoTime() - start) / 1_000_000;
      long retained = usedHeap() - before;
      return new Build(millis, cpuMillis, retained, index.size());
    }
  }

  /** Builds and measures the index of a firm's portfolio of {@code n} brands. */
  private static void firmPortfolio(int n) throws InterruptedException {
    List<Brand> brands = FirmPortfolio.brands(n, 7);
    int spellings = 0;
    int longest = 0;
    for (Brand b : brands) {
      spellings += 1 + b.aliases().size();
      for (String a : b.aliases()) {
        longest = Math.max(longest, a.length());
      }
    }
    BrandIndex.of(FirmPortfolio.brands(100, 8)); // load classes and the lexicons first
    Build build = Build.of(brands);
    System.out.printf("firm portfolio: brands=%d spellings=%d (longest %d characters) build=%d ms"
        + " (%d ms of CPU) retained heap=%.1f MB (size %d), %.0f bytes per brand; max heap %d MB%n",
        n, spellings, longest, build.millis, build.cpuMillis, build.retained / 1e6, build.size,
        (double) build.retained / n, Runtime.getRuntime().maxMemory() >> 20);
  }

  /**
   * A brand-protection firm's portfolio: each brand with aliases of the kind firms file (the
   * name with a place, {@code Aurelia Milano}) and a product with a SKU and an MSRP.
   */
  static List<Brand> firm(List<Brand> brands, int aliases) {
    String[] places = {"Moda", "Milano", "Paris", "Tokyo", "Italia", "London", "Roma"};
    List<Brand> out = new java.util.ArrayList<>();
    for (int i = 0; i < brands.size(); i++) {
      String name = brands.get(i).name();
      List<String> a = new java.util.ArrayList<>();
      for (int k = 0; k < aliases; k++) {
        a.add(name + " " + places[k % places.length]);
      }
      out.add(new Brand(name, a, List.of(), List.of(new dev.marque.core.Product(name + " Tote",
          java.util.Optional.of("SKU-" + i), java.util.Optional.empty(),
          java.util.Optional.of(dev.marque.core.Money.of("850.00", "USD")))), List.of()));
    }
    return out;
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

  /**
   * The goods vocabulary's load (CPU of this thread) and the heap it keeps: loaded once, by the
   * first index whose portfolio has a word-brand, and shared by every index after it.
   */
  private static void goodsVocabulary() throws InterruptedException {
    long heap = usedHeap();
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long start = cpu.getCurrentThreadCpuTime();
    int words = dev.marque.matching.internal.GoodsVocabulary.standard().words().size();
    long cpuMillis = (cpu.getCurrentThreadCpuTime() - start) / 1_000_000;
    System.out.printf("goods vocabulary: %d words, load %d ms of CPU, retained heap %.1f MB%n", words,
        cpuMillis, (usedHeap() - heap) / 1e6);
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
