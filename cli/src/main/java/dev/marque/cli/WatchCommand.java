package dev.marque.cli;

import dev.marque.capture.evidence.EvidenceStore;
import dev.marque.capture.evidence.StoredEvidence;
import dev.marque.cases.Case;
import dev.marque.cases.CaseEvent;
import dev.marque.cases.CaseState;
import dev.marque.cases.CaseStore;
import dev.marque.cases.CaseStoreException;
import dev.marque.cases.EventType;
import dev.marque.cases.NewCase;
import dev.marque.cases.NewEvent;
import dev.marque.core.Listing;
import dev.marque.core.Seller;
import dev.marque.core.json.FeedLine;
import dev.marque.core.json.MarqueJson;
import dev.marque.matching.fingerprint.ImageEvidence;
import dev.marque.matching.fingerprint.ListingImage;
import dev.marque.matching.fingerprint.ListingImageReader;
import dev.marque.matching.fingerprint.Relisting;
import dev.marque.matching.fingerprint.RelistingIndex;
import dev.marque.matching.fingerprint.SellerNetwork;
import dev.marque.matching.fingerprint.SellerNetworks;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marque watch}: finds the listings of a feed that re-list removed listings; with the case
 * store, records each re-listing on the old case and opens a case for the new listing.
 */
@Command(name = "watch",
    description = "Find listings that re-list removed ones: one output line per input line, in"
        + " order, {\"listingId\", \"relists\": [{\"removedId\", \"score\", \"text\", \"images\","
        + " \"seller\"}]}. With --db, the removed listings are also those of the case store's"
        + " REMOVED cases, and each re-listing gets a RELISTED event on the old case and a new case"
        + " citing it. With --networks (marque sellers' output), accounts linked in earlier runs"
        + " count as linked sellers. Exit 0, 1 when lines were rejected, 2 on a usage error.")
final class WatchCommand implements Callable<Integer> {
  private static final String ACTOR = "marque watch";

  @Spec
  private CommandSpec spec;

  @Option(names = "--removed", paramLabel = "FILE",
      description = "The removed listings (JSON Lines); their images are read relative to it."
          + " Needed unless --db is given.")
  private String removed;

  @Option(names = "--db", paramLabel = "FILE|URL",
      description = "The case store (a SQLite file or a jdbc:postgresql:// URL): its REMOVED cases"
          + " are watched for (their listings from --removed, or from pages captured in"
          + " --evidence), and each re-listing is recorded there.")
  private String db;

  @Option(names = "--listings", required = true, paramLabel = "FILE",
      description = "The listing feed to check (JSON Lines), or - for standard input.")
  private String listings;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Where to write the matches (JSON Lines); standard output if not given.")
  private Path out;

  @Option(names = "--networks", paramLabel = "FILE",
      description = "Seller networks found before (the JSON marque sellers writes): a re-listing"
          + " by an account of the removed listing's seller's network is \"linked\", beside the"
          + " links found in --removed and --listings.")
  private Path networks;

  @Mixin
  private ImageEvidenceOption evidence = new ImageEvidenceOption();

  @Override
  public Integer call() {
    if (removed == null && db == null) {
      throw new UsageException("give the removed listings: --removed FILE, --db FILE|URL, or both");
    }
    PrintWriter err = spec.commandLine().getErr();
    Path removedFile = removed == null ? null : Inputs.existingFile(removed);
    List<SellerNetwork> known = networks == null ? List.of()
        : NetworksFile.read(networks, MarqueJson.standard());
    try (ImageSource images = evidence.open();
        CaseStore store = db == null ? null : CaseStore.open(db)) {
      return run(err, MarqueJson.standard(), removedFile, known, images,
          Optional.ofNullable(store));
    } catch (CaseStoreException e) {
      throw new UsageException("--db " + db + ": " + e.getMessage());
    }
  }

  private int run(PrintWriter err, MarqueJson json, Path removedFile, List<SellerNetwork> known,
      ImageSource images, Optional<CaseStore> store) {
    RelistingIndex.Builder builder = RelistingIndex.builder();
    SellerNetworks.Builder sellers = SellerNetworks.builder();
    known.forEach(sellers::add);
    // the cases of each removed listing (one per right it was reported under), by listing id
    Map<String, List<Case>> removedCases = store.map(WatchCommand::removedCases).orElse(Map.of());
    Set<String> indexed = new HashSet<>();
    int rejected = 0;
    if (removedFile != null) {
      ListingImageReader removedImages = images.forFeed(removedFile);
      try (Reader reader = Inputs.open(removed);
          MarqueJson.ListingFeed feed = json.openFeed(reader)) {
        for (FeedLine line : feed) {
          if (line instanceof FeedLine.Rejected r) {
            err.println("marque watch: " + removed + " line " + r.line() + ": " + r.error());
            rejected++;
            continue;
          }
          Listing listing = ((FeedLine.Parsed) line).listing();
          List<ListingImage> fingerprints = removedImages.read(listing,
              w -> err.println("marque watch: " + removed + " line " + line.line() + ": " + w));
          builder.add(listing, fingerprints);
          sellers.add(listing, fingerprints);
          indexed.add(listing.id());
        }
      } catch (IOException | UncheckedIOException e) {
        throw new UsageException(removed + ": cannot be read: " + e.getMessage());
      }
    }
    if (store.isPresent()) {
      ListingImageReader captured = images.forFeed(
          evidence.directory().orElse(Path.of(".")).resolve("captured"));
      for (Map.Entry<String, List<Case>> e : removedCases.entrySet()) {
        if (indexed.contains(e.getKey())) {
          continue;
        }
        Case c = e.getValue().get(0);
        Optional<Listing> listing = capturedListing(store.get(), images.store(), c);
        if (listing.isEmpty()) {
          err.println("marque watch: case " + c.id() + " (" + c.marketplace() + " listing "
              + c.listingId() + ") not watched: its listing is neither in --removed nor in a page"
              + " its events cite in --evidence");
          continue;
        }
        List<ListingImage> fingerprints = captured.read(listing.get(),
            w -> err.println("marque watch: case " + c.id() + ": " + w));
        builder.add(listing.get(), fingerprints);
        sellers.add(listing.get(), fingerprints);
        indexed.add(e.getKey());
      }
    }
    if (!Inputs.isStdin(listings)) {
      // the sellers of the feed too, by their contact details, so that a new account sharing a
      // phone number or e-mail address with a removed listing's seller is "linked"
      try (Reader reader = Inputs.open(listings);
          MarqueJson.ListingFeed feed = json.openFeed(reader)) {
        for (FeedLine line : feed) {
          if (line instanceof FeedLine.Parsed p) {
            sellers.add(p.listing(), List.of());
          }
        }
      } catch (IOException | UncheckedIOException e) {
        throw new UsageException(listings + ": cannot be read: " + e.getMessage());
      }
    }
    RelistingIndex index = builder.build().withNetworks(sellers.build());
    ListingImageReader listingImages = images.forListings(listings);
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
    int[] recorded = new int[2]; // RELISTED events, new cases
    try (Reader reader = Inputs.open(listings); MarqueJson.ListingFeed feed = json.openFeed(reader)) {
      for (FeedLine line : feed) {
        lines++;
        if (line instanceof FeedLine.Rejected r) {
          output.write(json.writeRejected(r));
          output.write('\n');
          rejected++;
          continue;
        }
        Listing listing = ((FeedLine.Parsed) line).listing();
        List<Relisting> found = index.find(listing, listingImages.read(listing,
            w -> err.println("marque watch: " + listings + " line " + line.line() + ": " + w)));
        if (!found.isEmpty()) {
          relists++;
          if (store.isPresent()) {
            record(store.get(), listing, found, removedCases, recorded, err);
          }
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
        + " lines read, " + relists + " re-listings, " + rejected + " rejected lines"
        + (store.isPresent() ? "; " + recorded[0] + " RELISTED events recorded, " + recorded[1]
            + " new cases opened" : ""));
    err.flush();
    return rejected > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }

  /**
   * The cases whose listing was taken down: REMOVED now, or RELISTED or CLOSED after a REMOVED
   * (a listing that came back once may come back again).
   */
  private static Map<String, List<Case>> removedCases(CaseStore store) {
    Map<String, List<Case>> out = new LinkedHashMap<>();
    for (CaseState state : List.of(CaseState.REMOVED, CaseState.RELISTED, CaseState.CLOSED)) {
      for (Case c : store.list(state)) {
        if (state == CaseState.REMOVED || store.events(c.id()).stream()
            .anyMatch(e -> e.type() == EventType.REMOVED)) {
          out.computeIfAbsent(c.listingId(), k -> new ArrayList<>()).add(c);
        }
      }
    }
    return out;
  }

  /** The latest listing extracted from a page the case's events cite, when the store has one. */
  private static Optional<Listing> capturedListing(CaseStore store, Optional<EvidenceStore> pages,
      Case c) {
    if (pages.isEmpty()) {
      return Optional.empty();
    }
    Optional<Listing> latest = Optional.empty();
    for (CaseEvent e : store.events(c.id())) {
      for (String id : e.evidence()) {
        try {
          StoredEvidence stored = pages.get().read(id);
          if (stored.evidence().listing().isPresent()) {
            latest = stored.evidence().listing();
          }
        } catch (IOException | IllegalArgumentException ignored) {
          // a reference to evidence kept elsewhere, or to a page that holds no listing
        }
      }
    }
    return latest;
  }

  /**
   * Records the re-listing in the case store: a RELISTED event on each case of the removed
   * listings it re-lists (unless the case already stands RELISTED), and a case for the new listing
   * under the best match's rights and routes, its DETECTED event citing the earlier case and notice.
   */
  private static void record(CaseStore store, Listing listing, List<Relisting> found,
      Map<String, List<Case>> removedCases, int[] recorded, PrintWriter err) {
    boolean opened = false;
    for (Relisting r : found) {
      List<Case> cases = removedCases.getOrDefault(r.removedId(), List.of());
      for (Case old : cases) {
        Case now = store.find(old.id()).orElse(old);
        if (now.state() == CaseState.REMOVED || now.state() == CaseState.CLOSED) {
          try {
            store.record(old.id(), NewEvent.of(EventType.RELISTED, ACTOR).withNote(
                "re-listed as " + listing.marketplace() + " listing " + listing.id()
                    + listing.url().map(u -> " (" + u + ")").orElse("") + ": "
                    + r.toReason().message()));
            recorded[0]++;
          } catch (RuntimeException e) {
            err.println("marque watch: case " + old.id() + ": RELISTED not recorded: "
                + e.getMessage());
          }
        }
        if (opened) {
          continue;
        }
        NewCase.Builder b = NewCase.builder(listing.marketplace(), listing.id(), old.right(),
            old.route()).actor(ACTOR).note("re-listing of case " + old.id() + " ("
                + old.marketplace() + " listing " + old.listingId() + ", taken down"
                + old.noticeId().map(n -> " after notice " + n
                    + old.noticeSha256().map(s -> " sha256 " + s).orElse("")).orElse("")
                + "): " + r.toReason().message());
        listing.url().ifPresent(b::listingUrl);
        listing.seller().map(Seller::id).ifPresent(b::sellerId);
        old.brand().ifPresent(b::brand);
        if (store.openCase(b.build()).created()) {
          recorded[1]++;
        }
      }
      // the new listing's cases follow the best re-listing that has cases
      opened |= !cases.isEmpty();
    }
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
      m.put("words", r.words());
      List<Object> images = new ArrayList<>();
      for (ImageEvidence e : r.images()) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("image", e.image());
        i.put("removedImage", e.removedImage());
        i.put("distance", e.distance());
        i.put("by", e.basis().name().toLowerCase(Locale.ROOT));
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
