package dev.marque.cases;

import static dev.marque.cases.internal.Checks.notNull;

import dev.marque.capture.ListingCapture;
import dev.marque.capture.evidence.Evidence;
import dev.marque.capture.evidence.EvidenceStore;
import dev.marque.capture.evidence.StoredEvidence;
import dev.marque.capture.extract.ListingExtractor;
import dev.marque.capture.fetch.FetchException;
import dev.marque.capture.fetch.FetchedPage;
import dev.marque.capture.fetch.Fetcher;
import dev.marque.core.Marketplace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Fetches each reported listing again and records REMOVED, with the evidence, when it is gone:
 * the server answers 404 or 410, or serves the marketplace's removed-listing page. Every fetch
 * is kept in the evidence store (a 404 as a record with an empty page), and the REMOVED event
 * cites the record's id. Fetching is as polite as the {@link Fetcher} is configured to be.
 */
public final class Rechecker {
  /** The states whose listings are checked: sent, and not yet known to be gone. */
  public static final Set<CaseState> CHECKED = Set.of(CaseState.SUBMITTED,
      CaseState.ACKNOWLEDGED, CaseState.REJECTED, CaseState.REINSTATED);

  private final CaseStore store;
  private final Fetcher fetcher;
  private final ListingCapture capture;
  private final EvidenceStore evidence;
  private final List<String[]> phrases;

  private Rechecker(CaseStore store, Fetcher fetcher, EvidenceStore evidence) {
    this.store = store;
    this.fetcher = fetcher;
    this.capture = ListingCapture.of(fetcher, ListingExtractor.standard(), evidence);
    this.evidence = evidence;
    this.phrases = loadPhrases();
  }

  /**
   * A re-checker.
   *
   * @param store the cases
   * @param fetcher how pages are fetched
   * @param evidence where what was fetched is kept
   * @return the re-checker
   */
  public static Rechecker of(CaseStore store, Fetcher fetcher, EvidenceStore evidence) {
    return new Rechecker(notNull(store, "store"), notNull(fetcher, "fetcher"),
        notNull(evidence, "evidence"));
  }

  /**
   * Checks every case in a {@link #CHECKED} state that has a URL.
   *
   * @param actor who the REMOVED events are recorded for
   * @return what was found
   */
  public RecheckReport run(String actor) {
    List<String> removed = new ArrayList<>();
    List<String> still = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (CaseState state : CaseState.values()) {
      if (!CHECKED.contains(state)) {
        continue;
      }
      for (Case c : store.list(state)) {
        if (c.listingUrl().isEmpty()) {
          skipped.add("case " + c.id() + ": no URL");
          continue;
        }
        String url = c.listingUrl().get();
        try {
          Optional<String[]> gone = check(c, url);
          if (gone.isEmpty()) {
            still.add("case " + c.id() + ": " + url + " is still listed");
          } else {
            store.record(c.id(), NewEvent.of(EventType.REMOVED, actor).withNote(gone.get()[0])
                .withEvidence(List.of(gone.get()[1])));
            removed.add("case " + c.id() + ": " + gone.get()[0] + " (evidence " + gone.get()[1]
                + ")");
          }
        } catch (IOException | RuntimeException e) {
          failed.add("case " + c.id() + ": " + url + ": " + e.getMessage());
        }
      }
    }
    return new RecheckReport(removed, still, failed, skipped);
  }

  /** Empty when still listed; else {why, evidence id}. */
  private Optional<String[]> check(Case c, String url) throws IOException {
    FetchedPage page;
    try {
      page = fetcher.fetch(url);
    } catch (FetchException e) {
      int status = e.status().orElse(0);
      if (e.problem() == FetchException.Problem.HTTP_STATUS && (status == 404 || status == 410)) {
        Evidence record = new Evidence(url, e.url(), List.of(), store.clock().instant(), status,
            "", 0, EMPTY_SHA256, Optional.empty(), List.of("HTTP " + status + ": the listing is"
                + " gone"));
        StoredEvidence stored = evidence.put(record, new byte[0]);
        return Optional.of(new String[] {"HTTP " + status + " at " + url, stored.id()});
      }
      throw e;
    }
    StoredEvidence stored = evidence.put(capture.evidence(page), page.body());
    String text = new String(page.body(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    for (String[] p : phrases) {
      if ((p[0].equals("ANY") || p[0].equals(c.marketplace().name())) && text.contains(p[1])) {
        return Optional.of(new String[] {"the page says '" + p[1] + "' (" + url + ")",
            stored.id()});
      }
    }
    return Optional.empty();
  }

  private static final String EMPTY_SHA256 = sha256(new byte[0]);

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static List<String[]> loadPhrases() {
    List<String[]> result = new ArrayList<>();
    try (InputStream in = Rechecker.class.getResourceAsStream("removed-pages.txt")) {
      if (in == null) {
        throw new IllegalStateException("removed-pages.txt is missing from marque-cases");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        String market = parts[0].strip();
        if (!market.equals("ANY")) {
          Marketplace.valueOf(market);
        }
        result.add(new String[] {market, parts[1].strip().toLowerCase(Locale.ROOT)});
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read removed-pages.txt", e);
    }
    return List.copyOf(result);
  }
}
