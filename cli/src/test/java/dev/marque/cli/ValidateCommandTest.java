package dev.marque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static final Path SAMPLE_PORTFOLIO = Path.of("../samples/data/portfolio.json");

  @TempDir
  Path dir;

  @Test
  void theBundledPortfolioIsValid() {
    CommandRun run = CommandRun.of("validate", "--portfolio", SAMPLE_PORTFOLIO.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("../samples/data/portfolio.json: valid portfolio of Aurelia Moda S.p.A.:"
        + " 4 brands (Aurelia, Nordlys, Kestrel Audio, Solenne)");
  }

  @Test
  void theBundledPortfolioProvesItsCopyrightsWithFilesThatMatchTheirHashes() {
    CommandRun run = CommandRun.of("validate", "--portfolio", SAMPLE_PORTFOLIO.toString());
    assertThat(run.out()).contains("6 evidence files checked against their SHA-256");
  }

  @Test
  void anUnregisteredWorkProvedByWordsAChangedFileAndAnUnprovedAssignmentAreEachNamed()
      throws IOException {
    Path draft = Files.writeString(dir.resolve("draft.txt"), "Laurel print, first sketch");
    String sha = dev.marque.core.EvidenceFile.sha256(draft);
    Files.writeString(draft, "Laurel print, first sketch (edited later)");
    Path file = dir.resolve("portfolio.json");
    Files.writeString(file, """
        {"holder": {"name": "Vireo Leather Ltd"},
         "brands": [{"name": "Vireo", "rights": [
           {"type": "copyright", "work": "Print", "author": "Ann Lee",
            "evidence": ["sketchbook, 2019"]},
           {"type": "copyright", "work": "Photos", "author": "Vireo Leather Ltd",
            "ownership": {"chainOfTitle": [{"basis": "author", "party": "Ann Lee"},
              {"basis": "assignment", "party": "Vireo Leather Ltd", "date": "2020-01-02",
               "document": "deed 1"}]},
            "proof": [{"kind": "DATED_DRAFT", "file": {"path": "draft.txt", "sha256": "%s"}}]}
         ]}]}""".formatted(sha));
    CommandRun run = CommandRun.of("validate", "--portfolio", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(file + ": brands[0].rights[0].proof: the unregistered copyright Print is"
            + " proved by no file (its evidence [sketchbook, 2019] names files but records none"
            + " of them)")
        .contains(file + ": brands[0].rights[1].proof[0].file: draft.txt has SHA-256")
        .contains("the file has changed")
        .contains(file + ": brands[0].rights[1].proof: the chain of title of Photos passes to"
            + " Vireo Leather Ltd by assignment, and no proof file of kind ASSIGNMENT shows it")
        .contains(file + ": 3 problems in the evidence bundles");
  }

  @Test
  void aBrokenPortfolioListsEveryProblemByPathAndExits1() throws IOException {
    Path file = dir.resolve("portfolio.json");
    Files.writeString(file, """
        {"holder": {"name": "H", "emial": "x@y.example"},
         "brands": [{"name": "A", "rights": [{"type": "trademark", "mark": "A",
           "registrationNumber": "1", "office": "USPTO", "classes": [46]}]}]}""");
    CommandRun run = CommandRun.of("validate", "--portfolio", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(String.join("\n",
        file + ": holder.emial: unknown property; RightsHolder has name, email, address, phone,"
            + " country, signatory",
        file + ": brands[0].rights[0].classes[0]: 46 is not a Nice class (1-45)",
        file + ": 2 problems", ""));
  }

  @Test
  void aWordBrandWithoutClassesOrProductsIsValidButWarnedAsNoisy() throws IOException {
    Path file = dir.resolve("portfolio.json");
    Files.writeString(file, """
        {"holder": {"name": "H"},
         "brands": [{"name": "Gucci"}, {"name": "Shell"},
           {"name": "Coach", "rights": [{"type": "trademark", "mark": "COACH",
             "registrationNumber": "1", "office": "USPTO", "classes": [18, 25]}]},
           {"name": "Ring", "products": [{"name": "Ring Video Doorbell"}]}]}""");
    CommandRun run = CommandRun.of("validate", "--portfolio", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains(file + ": valid portfolio of H: 4 brands (Gucci, Shell, Coach,"
            + " Ring), 1 right, 1 product, 0 authorised sellers")
        .contains(file + ": warning: brands[1] (Shell): the name is an ordinary word")
        .doesNotContain("brands[0]").doesNotContain("brands[2]").doesNotContain("brands[3]");
  }

  @Test
  void aWordBrandWithTheGoodsOfItsMarkIsNotNoisy() throws IOException {
    Path file = dir.resolve("portfolio.json");
    Files.writeString(file, """
        {"holder": {"name": "H"},
         "brands": [{"name": "Puma", "rights": [{"type": "trademark", "mark": "PUMA",
             "registrationNumber": "1", "office": "EUIPO", "classes": [43],
             "goods": ["Mieder", "paletots"]}]}]}""");
    CommandRun run = CommandRun.of("validate", "--portfolio", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(file + ": valid portfolio of H: 1 brand (Puma), 1 right,"
        + " 0 products, 0 authorised sellers" + System.lineSeparator());
  }

  @Test
  void aFeedWithBadLinesListsThemByLineNumberAndExits1() throws IOException {
    Path feed = dir.resolve("feed.jsonl");
    Files.writeString(feed, """
        {"id": "1", "title": "ok"}

        {"id": "2"}
        not json
        {"id": "4", "title": "ok too"}
        """);
    CommandRun run = CommandRun.of("validate", "--listings", feed.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(feed + ":3: title: is required")
        .contains(feed + ":4: is not valid JSON")
        .endsWith(feed + ": 4 listings read, 2 lines rejected\n");
  }

  @Test
  void aCleanFeedOnStandardInputExits0() {
    CommandRun run = CommandRun.withStdin("{\"id\": \"1\", \"title\": \"ok\"}\n",
        "validate", "--listings", "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("<stdin>: 1 listing read, 0 lines rejected\n");
  }

  @Test
  void aMissingFileOrNoTargetIsAUsageError() {
    CommandRun missing = CommandRun.of("validate", "--portfolio", dir.resolve("none.json").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("none.json: no such file");
    CommandRun neither = CommandRun.of("validate");
    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.err()).contains("Error: Missing required argument");
    CommandRun both = CommandRun.of("validate", "--portfolio", "a", "--listings", "b");
    assertThat(both.exitCode()).isEqualTo(2);
  }
}
