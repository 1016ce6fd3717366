package dev.marque.cli;

import dev.marque.core.Listing;
import dev.marque.core.json.FeedLine;
import dev.marque.core.json.MarqueJson;
import dev.marque.matching.fingerprint.ImageEvidence;
import dev.marque.matching.fingerprint.Relisting;
import dev.marque.matching.fingerprint.RelistingIndex;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marque watch}: finds the listings of a feed that re-list removed listings. */
@Command(name = "watch",
    description = "Find listings that re-list removed ones: one output line per input line, in"
        + " order, {\"listingId\", \"relists\": [{\"removedId\", \"score\", \"text\", \"images\","
        + " \"seller\"}]}. Exit 0, 1 when lines were rejected, 2 on a usage error.")
final class WatchCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--removed", required = true, paramLabel = "FILE",
      description = "The removed listings (JSON Lines); their images are read relative to it.")
  private String removed;

  @Option(names = "--listings", required = true, paramLabel = "FILE",
      description = "The listing feed to check (JSON Lines), or - for standard input.")
  private String listings;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Where to write the matches (JSON Lines); standard output if not given.")
  private Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    MarqueJson json = MarqueJson.standard();
    Path removedFile = Inputs.existingFile(removed);
    ListingImages removedImages = new ListingImages(removedFile);
    RelistingIndex.Builder builder = RelistingIndex.builder();
    int rejected = 0;
    try (Reader reader = Inputs.open(removed); MarqueJson.ListingFeed feed = json.openFeed(reader)) {
      while (feed.hasNext()) {
        FeedLine line = feed.next();
        if (line instanceof FeedLine.Rejected r) {
          err.println("marque watch: " + removed + " line " + r.line() + ": " + r.error());
          rejected++;
          continue;
        }
        Listing listing = ((FeedLine.Parsed) line).listing();
        builder.add(listing, removedImages.of(listing,
            w -> err.println("marque watch: " + removed + " line " + line.line() + ": " + w)));
      }
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException(removed + ": cannot be read: " + e.getMessage());
    }
    RelistingIndex index = builder.build();
    ListingImages listingImages = new ListingImages(
        Inputs.isStdin(listings) ? Path.of("listings") : Inputs.existingFile(listings));
    Writer output;
    try {
      output = out == null ? spec.commandLine().getOut()
          : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out),
              StandardCharsets.UTF_8), 1 << 16);
    } catch (IOException e) {
      throw new UsageException("cannot write " + out + ": " + e.getMessage());
    }
    long lines = 0;
    long relists = 0;
    try (Reader reader = Inputs.open(listings); MarqueJson.ListingFeed feed = json.openFeed(reader)) {
      while (feed.hasNext()) {
        FeedLine line = feed.next();
        lines++;
        if (line instanceof FeedLine.Rejected r) {
          output.write(json.writeRejected(r));
          output.write('\n');
          rejected++;
          continue;
        }
        Listing listing = ((FeedLine.Parsed) line).listing();
        List<Relisting> found = index.find(listing, listingImages.of(listing,
            w -> err.println("marque watch: " + listings + " line " + line.line() + ": " + w)));
        if (!found.isEmpty()) {
          relists++;
        }
        output.write(json.write(toJson(listing, found)));
        output.write('\n');
      }
      if (out != null) {
        output.close();
      } else {
        output.flush();
      }
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException(listings + ": " + e.getMessage());
    }
    err.println("marque watch: " + index.size() + " removed listings indexed; " + lines
        + " lines read, " + relists + " re-listings, " + rejected + " rejected lines");
    err.flush();
    return rejected > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }

  private static Map<String, Object> toJson(Listing listing, List<Relisting> found) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("listingId", listing.id());
    List<Object> relists = new ArrayList<>();
    for (Relisting r : found) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("removedId", r.removedId());
      m.put("score", r.score());
      m.put("text", r.text());
      List<Object> images = new ArrayList<>();
      for (ImageEvidence e : r.images()) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("image", e.image());
        i.put("removedImage", e.removedImage());
        i.put("distance", e.distance());
        images.add(i);
      }
      m.put("images", images);
      m.put("seller", r.seller().name().toLowerCase(Locale.ROOT));
      relists.add(m);
    }
    line.put("relists", relists);
    return line;
  }
}
