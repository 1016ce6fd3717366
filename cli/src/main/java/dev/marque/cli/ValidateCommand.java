package dev.marque.cli;

import dev.marque.core.Brand;
import dev.marque.core.EvidenceBundles;
import dev.marque.core.Portfolio;
import dev.marque.core.json.FeedLine;
import dev.marque.core.json.InvalidInputException;
import dev.marque.core.json.MarqueJson;
import dev.marque.core.json.Problem;
import dev.marque.matching.MatchOptions;
import dev.marque.matching.WordBrands;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marque validate}: checks a portfolio or a listing feed and prints every problem with
 * where it is.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check a portfolio or a listing feed and print every problem with its location.",
        "Exit 0 when clean, 1 when there are problems, 2 when the file cannot be read."})
public final class ValidateCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  private Target target;

  @Mixin
  private LimitOptions limitOptions = new LimitOptions();

  static final class Target {
    @Option(names = "--portfolio", paramLabel = "FILE",
        description = "A portfolio (JSON) to check strictly.")
    Path portfolio;

    @Option(names = "--listings", paramLabel = "FILE|-",
        description = "A listing feed (JSON Lines) to check; - reads standard input.")
    String listings;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int code = target.portfolio != null ? portfolio(target.portfolio, out)
        : listings(target.listings, out);
    out.flush();
    return code;
  }

  private int portfolio(Path file, PrintWriter out) {
    Inputs.existingFile(file.toString());
    try {
      Portfolio p = MarqueJson.standard().withLimits(limitOptions.limits()).readPortfolio(file);
      long rights = p.brands().stream().mapToLong(b -> b.rights().size()).sum();
      long products = p.brands().stream().mapToLong(b -> b.products().size()).sum();
      long sellers = p.brands().stream().mapToLong(b -> b.authorizedSellers().size()).sum();
      out.printf("%s: valid portfolio of %s: %s (%s), %s, %s, %s%s%n", file, p.holder().name(),
          count(p.brands().size(), "brand"),
          String.join(", ", p.brands().stream().map(Brand::name).toList()),
          count(rights, "right"), count(products, "product"),
          count(sellers, "authorised seller"),
          p.agent().map(a -> "; agent " + a.name()).orElse(""));
      warnNoisyWordBrands(file, p, out);
      // the evidence bundles: every file there and unchanged, unregistered works proved by files
      List<String> bundle = EvidenceBundles.verify(p, file.toAbsolutePath().getParent());
      for (String problem : bundle) {
        out.println(file + ": " + problem);
      }
      if (!bundle.isEmpty()) {
        out.printf("%s: %d %s in the evidence bundles%n", file, bundle.size(),
            bundle.size() == 1 ? "problem" : "problems");
        return ExitCodes.PROBLEMS;
      }
      long proofs = p.brands().stream().flatMap(b -> b.rights().stream())
          .mapToLong(r -> r.proof().size()).sum();
      if (proofs > 0) {
        out.printf("%s: %d evidence files checked against their SHA-256%n", file, proofs);
      }
      return ExitCodes.OK;
    } catch (InvalidInputException e) {
      for (Problem problem : e.problems()) {
        out.println(file + ": " + problem);
      }
      out.printf("%s: %d %s%n", file, e.problems().size(),
          e.problems().size() == 1 ? "problem" : "problems");
      return ExitCodes.PROBLEMS;
    } catch (IOException e) {
      throw new UsageException(file + ": cannot be read: " + e.getMessage());
    }
  }

  /** {@code 1 right}, {@code 18 rights}. */
  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** A warning, not a problem: such a portfolio is valid, only noisy in a scan. */
  private static void warnNoisyWordBrands(Path file, Portfolio p, PrintWriter out) {
    List<Brand> noisy = WordBrands.noisy(p.brands(), MatchOptions.defaults());
    for (int i = 0; i < p.brands().size(); i++) {
      Brand b = p.brands().get(i);
      if (noisy.contains(b)) {
        out.printf("%s: warning: brands[%d] (%s): the name is an ordinary word, and the brand has"
                + " neither a trade mark in a goods class or with its goods nor a product, so every"
                + " listing using the word will be reported; give its trade marks' classes or"
                + " goods, or its products%n",
            file, i, b.name());
      }
    }
  }

  private int listings(String name, PrintWriter out) {
    String label = Inputs.isStdin(name) ? "<stdin>" : name;
    long parsed = 0;
    long rejected = 0;
    try (Reader reader = Inputs.open(name);
        MarqueJson.ListingFeed feed = MarqueJson.standard().withLimits(limitOptions.limits())
            .openFeed(reader)) {
      while (feed.hasNext()) {
        FeedLine line = feed.next();
        if (line instanceof FeedLine.Rejected r) {
          rejected++;
          out.println(label + ":" + r.line() + ": " + r.error());
        } else {
          parsed++;
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException(label + ": cannot be read: " + e.getMessage());
    }
    long read = parsed + rejected;
    out.printf("%s: %d %s read, %d %s rejected%n", label, read,
        read == 1 ? "listing" : "listings", rejected, rejected == 1 ? "line" : "lines");
    return rejected == 0 ? ExitCodes.OK : ExitCodes.PROBLEMS;
  }
}
