package dev.marque.notices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.notices.draft.Drafts;
import dev.marque.notices.draft.Notice;
import dev.marque.notices.law.Language;
import dev.marque.notices.law.Route;
import dev.marque.notices.law.Routes;
import dev.marque.notices.render.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The first notice of every route, drafted from the bundled sample portfolio and our sample
 * findings, in every format and bundled language, compared with the files under
 * {@code src/test/resources/golden}, which were reviewed by reading them. Run with
 * {@code -Dmarque.golden.update=true} to rewrite them after an intended change, then read the diff.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Fixtures.RESOURCES.resolve("golden");
  private static final boolean UPDATE = Boolean.getBoolean("marque.golden.update");

  static List<Route> routes() {
    return Routes.all();
  }

  @ParameterizedTest
  @MethodSource("routes")
  void firstNoticeOfEachRouteMatchesItsGoldenFiles(Route route) throws IOException {
    Drafts drafts = NoticeDrafter.builder(Fixtures.samplePortfolio()).date(Fixtures.DATE).build()
        .draft(route, Fixtures.sampleFindings());
    assertThat(drafts.notices()).as("the sample data gives a notice on " + route).isNotEmpty();
    Notice first = drafts.notices().get(0);
    assertThat(first.problems()).as("the sample notice on " + route + " is complete").isEmpty();
    List<String> mismatches = new ArrayList<>();
    for (Language language : route.languages()) {
      for (Format format : Format.values()) {
        String rendered = NoticeRenderer.standard().render(first, format, language);
        check(route.id() + "." + language.tag() + "." + format.extension(), rendered,
            mismatches);
      }
    }
    check(route.id() + ".problems.txt", String.join("\n", drafts.report()) + "\n", mismatches);
    assertThat(mismatches).as("golden files that differ (rerun with -Dmarque.golden.update=true"
        + " and read the diff)").isEmpty();
  }

  private static void check(String name, String rendered, List<String> mismatches)
      throws IOException {
    Path file = GOLDEN.resolve(name);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, rendered, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(rendered)) {
      mismatches.add(name);
    }
  }
}
