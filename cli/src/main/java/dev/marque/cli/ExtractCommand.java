package dev.marque.cli;

import dev.marque.capture.extract.Extraction;
import dev.marque.capture.extract.ListingExtractor;
import dev.marque.capture.extract.PageRejectedException;
import dev.marque.core.json.MarqueJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marque extract}: reads saved listing pages and prints one listing per page as a line of
 * the feed {@code marque scan} reads.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract listings from saved HTML pages: one JSON line per page, in the feed"
        + " format marque scan reads. Warnings go to standard error.",
        "Exit 0 when every page gave a listing, 1 when some page was rejected, 2 when a file is"
            + " missing."})
public final class ExtractCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--url", paramLabel = "URL",
      description = "The address the page was saved from (one page only); it gives the"
          + " marketplace and listing id when the page has no canonical link.")
  private String url = "";

  @Option(names = "--out", paramLabel = "FILE", description = "Write the listings here.")
  private Path outFile;

  @Parameters(paramLabel = "PAGE", arity = "1..*", description = "Saved listing pages (HTML).")
  private List<String> pages = new ArrayList<>();

  @Override
  public Integer call() {
    if (!url.isEmpty() && pages.size() > 1) {
      throw new UsageException("--url is the address of one page; give it with one PAGE, not "
          + pages.size());
    }
    List<Path> files = pages.stream().map(Inputs::existingFile).toList();
    PrintWriter err = spec.commandLine().getErr();
    ListingExtractor extractor = ListingExtractor.standard();
    int rejected = 0;
    try (Output output = Output.open(outFile, spec)) {
      PrintWriter out = output.writer();
      for (Path file : files) {
        try {
          Extraction e = extractor.extract(file, url);
          out.println(MarqueJson.standard().write(e.listing()));
          for (String warning : e.warnings()) {
            err.println(file + ": warning: " + warning);
          }
        } catch (PageRejectedException e) {
          rejected++;
          err.println(file + ": rejected: " + e.getMessage());
        } catch (IOException e) {
          rejected++;
          err.println(file + ": cannot be read: " + e.getMessage());
        }
      }
    }
    err.flush();
    return rejected == 0 ? ExitCodes.OK : ExitCodes.PROBLEMS;
  }

  /** Where results go: standard output, or a file for {@code --out}. */
  record Output(PrintWriter writer, boolean owned) implements AutoCloseable {
    static Output open(Path file, CommandSpec spec) {
      if (file == null) {
        return new Output(spec.commandLine().getOut(), false);
      }
      try {
        return new Output(new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8)),
            true);
      } catch (IOException e) {
        throw new UsageException(file + ": cannot be written: " + e.getMessage());
      }
    }

    @Override
    public void close() {
      writer.flush();
      if (owned) {
        writer.close();
      }
    }
  }
}
