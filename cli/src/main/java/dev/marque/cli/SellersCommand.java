package dev.marque.cli;

import dev.marque.core.Listing;
import dev.marque.core.json.FeedLine;
import dev.marque.core.json.MarqueJson;
import dev.marque.matching.fingerprint.ListingImageReader;
import dev.marque.matching.fingerprint.SellerLink;
import dev.marque.matching.fingerprint.SellerNetwork;
import dev.marque.matching.fingerprint.SellerNetworks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marque sellers}: the networks of seller accounts that act together, with their links. */
@Command(name = "sellers",
    description = "Link seller accounts that share phone numbers, e-mail addresses, store names or"
        + " photos; print the networks with every link explained (JSON). Exit 0, 1 when lines"
        + " were rejected, 2 on a usage error.")
final class SellersCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--listings", required = true, paramLabel = "FILE",
      description = "The listing feed (JSON Lines), or - for standard input.")
  private String listings;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Where to write the networks (JSON); standard output if not given.")
  private Path out;

  @Mixin
  private ImageEvidenceOption evidence = new ImageEvidenceOption();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    MarqueJson json = MarqueJson.standard();
    try (ImageSource source = evidence.open()) {
      return run(err, json, source.forListings(listings));
    }
  }

  private int run(PrintWriter err, MarqueJson json, ListingImageReader images) {
    SellerNetworks.Builder builder = SellerNetworks.builder();
    int rejected = 0;
    try (Reader reader = Inputs.open(listings); MarqueJson.ListingFeed feed = json.openFeed(reader)) {
      while (feed.hasNext()) {
        FeedLine line = feed.next();
        if (line instanceof FeedLine.Rejected r) {
          err.println("marque sellers: " + listings + " line " + r.line() + ": " + r.error());
          rejected++;
          continue;
        }
        Listing listing = ((FeedLine.Parsed) line).listing();
        builder.add(listing, images.read(listing,
            w -> err.println("marque sellers: " + listings + " line " + line.line() + ": " + w)));
      }
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException(listings + ": cannot be read: " + e.getMessage());
    }
    List<SellerNetwork> networks = builder.build();
    List<Object> list = new ArrayList<>();
    for (SellerNetwork n : networks) {
      List<Object> links = new ArrayList<>();
      for (SellerLink l : n.links()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seller", l.seller());
        m.put("otherSeller", l.otherSeller());
        m.put("kind", l.kind().name().toLowerCase(Locale.ROOT));
        m.put("value", l.value());
        m.put("explanation", l.explanation());
        links.add(m);
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("sellers", n.sellers());
      m.put("links", links);
      list.add(m);
    }
    String text = json.writePretty(Map.of("networks", list)) + "\n";
    try {
      if (out == null) {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
      } else {
        Files.writeString(out, text, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UsageException("cannot write " + out + ": " + e.getMessage());
    }
    err.println("marque sellers: " + networks.size() + " networks of "
        + networks.stream().mapToInt(n -> n.sellers().size()).sum() + " sellers; "
        + rejected + " rejected lines");
    err.flush();
    return rejected > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }
}
