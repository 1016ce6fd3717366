package dev.marque.cases;

import static dev.marque.cases.internal.Checks.notBlank;
import static dev.marque.cases.internal.Checks.notNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.marque.core.Finding;
import dev.marque.core.Listing;
import dev.marque.core.Marketplace;
import dev.marque.core.json.JsonLines;
import dev.marque.core.json.MarqueJson;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cases {@code marque draft}'s output calls for: one per listing of each complete notice in
 * {@code DIR/index.json}, with the listing's URL, seller and brand from the findings the notices
 * were drafted from, and the notice's text (its first {@code .txt} file) as the content to send.
 *
 * @param cases the cases to open
 * @param problems what could not be used, each named (incomplete notices, unreadable lines)
 */
public record DraftImport(List<NewCase> cases, List<String> problems) {

  /** Copies the lists. */
  public DraftImport {
    cases = List.copyOf(cases);
    problems = List.copyOf(problems);
  }

  /**
   * Reads a notices directory and its findings.
   *
   * @param noticesDir the directory {@code marque draft --out} wrote
   * @param findings the findings file the notices were drafted from
   * @param actor who opens the cases
   * @return the cases and the problems
   * @throws IOException when the index or the findings cannot be read, or the index is not
   *     {@code marque draft}'s
   */
  public static DraftImport read(Path noticesDir, Path findings, String actor)
      throws IOException {
    notNull(noticesDir, "noticesDir");
    notNull(findings, "findings");
    notBlank(actor, "actor");
    Path indexFile = noticesDir.resolve("index.json");
    if (!Files.exists(indexFile)) {
      throw new NoSuchFileException(indexFile.toString(), null, "no index.json: is this a"
          + " directory marque draft wrote?");
    }
    JsonNode index = JsonMapper.builder().build().readTree(indexFile.toFile());
    if (index == null || !index.path("route").isTextual() || !index.path("notices").isArray()) {
      throw new IOException(indexFile + " is not marque draft's index (no route or notices)");
    }
    String route = index.get("route").asText();
    List<String> problems = new ArrayList<>();
    Map<String, Finding> byListing = new HashMap<>();
    try (Reader reader = Files.newBufferedReader(findings, StandardCharsets.UTF_8);
        JsonLines lines = JsonLines.of(reader)) {
      while (lines.hasNext()) {
        JsonLines.Line line = lines.next();
        if (line.tooLong()) {
          problems.add(findings + " line " + line.number() + ": too long; skipped");
          continue;
        }
        try {
          Finding f = MarqueJson.standard().readFinding(line.text());
          byListing.put(f.listing().marketplace().name() + "\u0000" + f.listing().id(), f);
        } catch (RuntimeException e) {
          // error lines of a scan ({"line": N, "error": ...}) and broken lines alike
          problems.add(findings + " line " + line.number() + ": skipped: " + e.getMessage());
        }
      }
    }
    List<NewCase> cases = new ArrayList<>();
    JsonNode notices = index.get("notices");
    for (int i = 0; i < notices.size(); i++) {
      JsonNode n = notices.get(i);
      String where = indexFile + " notices[" + i + "]";
      String id = n.path("id").asText("");
      if (id.isBlank()) {
        problems.add(where + ": no id; skipped");
        continue;
      }
      if (!n.path("complete").asBoolean(false)) {
        problems.add("notice " + id + " is incomplete; no case opened for it");
        continue;
      }
      Marketplace marketplace;
      try {
        marketplace = Marketplace.parse(n.path("marketplace").asText(""));
      } catch (IllegalArgumentException e) {
        problems.add(where + ".marketplace: " + e.getMessage());
        continue;
      }
      String right = n.path("right").asText("") + (n.hasNonNull("registrationNumber")
          ? " (" + n.get("registrationNumber").asText() + ")" : "");
      if (right.isBlank()) {
        problems.add("notice " + id + " relies on no right; no case opened for it");
        continue;
      }
      Path text = null;
      for (JsonNode file : n.path("files")) {
        if (file.asText().endsWith(".txt")) {
          text = noticesDir.resolve(file.asText());
          break;
        }
      }
      if (text == null || !Files.isRegularFile(text)) {
        problems.add("notice " + id + ": its text file is missing from " + noticesDir);
        continue;
      }
      StoredNotice stored = new StoredNotice(id, route, marketplace, "Notice of infringement "
          + id, Files.readString(text, StandardCharsets.UTF_8));
      for (JsonNode listing : n.path("listings")) {
        String listingId = listing.asText();
        NewCase.Builder b = NewCase.builder(marketplace, listingId, right, route).notice(stored)
            .actor(actor);
        Finding f = byListing.get(marketplace.name() + "\u0000" + listingId);
        if (f == null) {
          problems.add("notice " + id + ": listing " + listingId + " is not in " + findings
              + "; its case has no URL, seller or brand");
        } else {
          Listing l = f.listing();
          l.url().ifPresent(b::listingUrl);
          l.seller().ifPresent(s -> b.sellerId(s.id()));
          l.capturedAt().ifPresent(b::detectedAt);
          if (!f.mentions().isEmpty()) {
            b.brand(f.mentions().get(0).brand());
          }
        }
        cases.add(b.build());
      }
    }
    return new DraftImport(cases, problems);
  }
}
