package dev.marque.cli;

import dev.marque.capture.ListingCapture;
import dev.marque.capture.evidence.Evidence;
import dev.marque.capture.evidence.EvidenceStore;
import dev.marque.capture.evidence.StoredEvidence;
import dev.marque.capture.extract.ListingExtractor;
import dev.marque.capture.fetch.FetchConfig;
import dev.marque.capture.fetch.FetchException;
import dev.marque.capture.fetch.Fetcher;
import dev.marque.core.json.MarqueJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marque fetch}: fetches listing pages, keeps tamper-evident evidence of each, and prints
 * the listings as feed lines.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
    description = {"Fetch listing pages, store evidence of each (page bytes and a record with"
        + " URL, time, status and SHA-256) in DIR, and print the listings as JSON lines.",
        "Exit 0 when every URL gave a listing, 1 when some failed, 2 on a usage error."})
public final class FetchCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--evidence", paramLabel = "DIR", required = true,
      description = "The evidence store's directory (created when missing).")
  private Path evidence;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the listings here.")
  private Path outFile;

  @Option(names = "--user-agent", paramLabel = "TEXT",
      description = "The User-Agent to send (default: ${DEFAULT-VALUE}).")
  private String userAgent = FetchConfig.DEFAULT_USER_AGENT;

  @Option(names = "--max-attempts", paramLabel = "N",
      description = "Tries per URL, retrying connection failures, 5xx and 429"
          + " (default: ${DEFAULT-VALUE}).")
  private int maxAttempts = FetchConfig.DEFAULT_MAX_ATTEMPTS;

  @Option(names = "--host-interval-ms", paramLabel = "MILLIS",
      description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}).")
  private long hostIntervalMillis = FetchConfig.defaults().hostInterval().toMillis();

  @Option(names = "--timeout-seconds", paramLabel = "SECONDS",
      description = "Longest time for one request, headers and body (default: ${DEFAULT-VALUE}).")
  private long timeoutSeconds = FetchConfig.defaults().callTimeout().toSeconds();

  @Parameters(paramLabel = "URL", arity = "1..*", description = "Listing page URLs.")
  private List<String> urls = new ArrayList<>();

  @Override
  public Integer call() {
    FetchConfig config;
    try {
      FetchConfig d = FetchConfig.defaults();
      config = d.withUserAgent(userAgent).withMaxAttempts(maxAttempts)
          .withHostInterval(Duration.ofMillis(hostIntervalMillis))
          .withTimeouts(d.connectTimeout(), d.readTimeout(), Duration.ofSeconds(timeoutSeconds));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    EvidenceStore store;
    try {
      store = EvidenceStore.open(evidence);
    } catch (IOException e) {
      throw new UsageException(evidence + ": cannot be used as an evidence store: " + e);
    }
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    try (Fetcher fetcher = Fetcher.create(config);
        ExtractCommand.Output output = ExtractCommand.Output.open(outFile, spec)) {
      ListingCapture capture = ListingCapture.of(fetcher, ListingExtractor.standard(), store);
      for (String url : urls) {
        try {
          StoredEvidence stored = capture.capture(url);
          Evidence e = stored.evidence();
          err.println(url + ": evidence " + stored.id() + " (HTTP " + e.status() + ", "
              + e.byteLength() + " bytes, sha256 " + e.sha256()
              + (e.redirects().isEmpty() ? "" : ", via " + e.redirects().size() + " redirect"
                  + (e.redirects().size() == 1 ? "" : "s") + " to " + e.finalUrl()) + ")");
          for (String warning : e.warnings()) {
            err.println(url + ": warning: " + warning);
          }
          if (e.listing().isPresent()) {
            output.writer().println(MarqueJson.standard().write(e.listing().get()));
          } else {
            failed++;
          }
        } catch (FetchException e) {
          failed++;
          err.println(url + ": failed (" + e.problem() + "): " + e.getMessage());
        } catch (IOException e) {
          failed++;
          err.println(url + ": evidence not stored: " + e.getMessage());
        }
      }
    }
    err.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.PROBLEMS;
  }
}
