package dev.marque.cli;

import dev.marque.core.InfringementEvidence;
import dev.marque.core.InfringementEvidence.ImageCopy;
import dev.marque.core.Listing;
import dev.marque.core.json.FeedLine;
import dev.marque.core.json.MarqueJson;
import dev.marque.matching.fingerprint.ImageFingerprinter;
import dev.marque.matching.fingerprint.ListingImage;
import dev.marque.matching.fingerprint.ListingImageReader;
import dev.marque.matching.fingerprint.WorkImages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marque copies}: the evidence that listings' photos copy the photos of copyright works,
 * written as the evidence file {@code marque draft --evidence} reads.
 */
@Command(name = "copies",
    description = "Find listing photos that copy the photos of copyright works (same file, or PDQ"
        + " within 31 bits) and write the evidence file `draft --evidence` reads:"
        + " {\"listings\": {\"ID\": [{\"type\": \"image-copy\", \"right\", \"listingImage\","
        + " \"workImage\", \"algorithm\", \"distance\", \"threshold\"}]}}. Exit 0, 1 when lines"
        + " were rejected, 2 on a usage error.")
final class CopiesCommand implements Callable<Integer> {
  private static final List<String> IMAGE_SUFFIXES =
      List.of(".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff");

  @Spec
  private CommandSpec spec;

  @Option(names = "--work", required = true, paramLabel = "RIGHT=PATH",
      description = "A copyright work, as the portfolio names it (its work or registration"
          + " number), and its photos: an image file or a directory of them. Repeat per work.")
  private Map<String, Path> works = new LinkedHashMap<>();

  @Option(names = "--listings", required = true, paramLabel = "FILE",
      description = "The listing feed (JSON Lines), or - for standard input.")
  private String listings;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Where to write the evidence (JSON); standard output if not given.")
  private Path out;

  @Mixin
  private ImageEvidenceOption evidence = new ImageEvidenceOption();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    WorkImages index = workImages();
    try (ImageSource source = evidence.open()) {
      ListingImageReader images = source.forListings(listings);
      MarqueJson json = MarqueJson.standard();
      Map<String, List<InfringementEvidence>> byListing = new LinkedHashMap<>();
      int rejected = 0;
      int copies = 0;
      try (Reader reader = Inputs.open(listings);
          MarqueJson.ListingFeed feed = json.openFeed(reader)) {
        for (FeedLine line : feed) {
          if (line instanceof FeedLine.Rejected r) {
            err.println("marque copies: " + listings + " line " + r.line() + ": " + r.error());
            rejected++;
            continue;
          }
          Listing listing = ((FeedLine.Parsed) line).listing();
          List<ImageCopy> found = index.copies(images.read(listing,
              w -> err.println("marque copies: " + listings + " line " + line.line() + ": " + w)));
          if (!found.isEmpty()) {
            byListing.put(listing.id(), List.copyOf(found));
            copies += found.size();
          }
        }
      } catch (IOException | UncheckedIOException e) {
        throw new UsageException(listings + ": cannot be read: " + e.getMessage());
      }
      String text = json.writeEvidence(byListing) + "\n";
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
      err.println("marque copies: " + index.size() + " work images; " + byListing.size()
          + " listings with copied photos (" + copies + " matches); " + rejected
          + " rejected lines");
      err.flush();
      return rejected > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
  }

  private WorkImages workImages() {
    WorkImages.Builder b = WorkImages.builder();
    for (Map.Entry<String, Path> work : works.entrySet()) {
      String right = work.getKey().strip();
      Path path = work.getValue();
      if (right.isEmpty()) {
        throw new UsageException("--work " + work.getKey() + "=" + path + ": the right is empty");
      }
      List<Path> files;
      if (Files.isDirectory(path)) {
        try (Stream<Path> s = Files.list(path)) {
          files = s.filter(p -> IMAGE_SUFFIXES.stream().anyMatch(
              x -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(x)))
              .sorted().toList();
        } catch (IOException e) {
          throw new UsageException("--work " + right + ": cannot list " + path + ": "
              + e.getMessage());
        }
        if (files.isEmpty()) {
          throw new UsageException("--work " + right + ": no image files in " + path);
        }
      } else if (Files.isRegularFile(path)) {
        files = List.of(path);
      } else {
        throw new UsageException("--work " + right + ": " + path + ": no such file or directory");
      }
      for (Path f : files) {
        try {
          b.add(right, new ListingImage(f.toString(), ImageFingerprinter.standard().fingerprint(f)));
        } catch (IOException e) {
          throw new UsageException("--work " + right + ": " + f + ": " + e.getMessage());
        }
      }
    }
    return b.build();
  }
}
