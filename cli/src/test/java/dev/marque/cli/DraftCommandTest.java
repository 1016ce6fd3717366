package dev.marque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DraftCommandTest {
  private static final Path PORTFOLIO = Path.of("../samples/data", "portfolio.json");

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new CommandLine(new MarqueCommand()).setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err)).execute(args);
  }

  private Path findings(String... lines) throws IOException {
    Path f = dir.resolve("findings.jsonl");
    Files.write(f, List.of(lines), StandardCharsets.UTF_8);
    return f;
  }

  private static final String EBAY_FINDING = "{\"listingId\":\"256478901234\","
      + "\"marketplace\":\"EBAY\",\"url\":\"https://www.ebay.com/itm/256478901234\","
      + "\"title\":\"A U R E L I A tote AAA\",\"seller\":{\"id\":\"luxe_finds_4u\"},"
      + "\"mentions\":[{\"brand\":\"Aurelia\",\"field\":\"TITLE\",\"start\":0,\"end\":13,"
      + "\"matched\":\"A U R E L I A\",\"method\":\"SEPARATED\",\"similarity\":1.0}],"
      + "\"assessment\":{\"score\":0.9,\"verdict\":\"LIKELY_COUNTERFEIT\",\"reasons\":"
      + "[{\"code\":\"CUE_WORD\",\"message\":\"the title says AAA\"}]}}";

  @Test
  void writesTextHtmlJsonAndAnIndexForACompleteNoticeAndExitsZero() throws IOException {
    Path outDir = dir.resolve("out");
    int code = run("draft", "--portfolio", PORTFOLIO.toString(), "--findings",
        findings(EBAY_FINDING).toString(), "--route", "ebay-vero", "--out", outDir.toString(),
        "--date", "2026-06-15");

    assertThat(code).as(err.toString()).isZero();
    try (Stream<Path> files = Files.list(outDir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
          "ebay-vero-001-ebay-6123456.attachments.json", "ebay-vero-001-ebay-6123456.en.html",
          "ebay-vero-001-ebay-6123456.en.json", "ebay-vero-001-ebay-6123456.en.txt",
          "index.json");
    }
    String text = Files.readString(outDir.resolve("ebay-vero-001-ebay-6123456.en.txt"));
    assertThat(text.replaceAll("\\s+", " ")).contains("Item 256478901234: reason code 1.1"
        + " (Trademark - item infringement: item(s) is a counterfeit product)")
        .contains("6123456 (USPTO)");
    assertThat(Files.readString(outDir.resolve("index.json")))
        .contains("\"complete\" : true").contains("256478901234");
    assertThat(out.toString()).contains("drafted  ebay-vero-001-ebay-6123456 (1 listing)");
  }

  @Test
  void exitsTwoListingEveryMissingElementAndWritesNothingWhenTheAgentIsNotAuthorised()
      throws IOException {
    Path outDir = dir.resolve("out");
    int code = run("draft", "--portfolio", PORTFOLIO.toString(), "--findings",
        findings(EBAY_FINDING).toString(), "--route", "ebay-vero", "--out", outDir.toString(),
        "--date", "2028-03-01");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("ebay-vero: authority is invalid")
        .contains("CR-POA-2026-017").contains("not on the notice date 2028-03-01");
    assertThat(out.toString()).contains("REFUSED  ebay-vero-001-ebay-6123456");
    try (Stream<Path> files = Files.list(outDir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("index.json");
    }
  }

  @Test
  void allowIncompleteWritesDraftsMarkedAsSuchAndStillExitsTwo() throws IOException {
    Path outDir = dir.resolve("out");
    int code = run("draft", "--portfolio", PORTFOLIO.toString(), "--findings",
        findings(EBAY_FINDING).toString(), "--route", "ebay-vero", "--out", outDir.toString(),
        "--date", "2028-03-01", "--allow-incomplete");

    assertThat(code).isEqualTo(2);
    assertThat(Files.readString(outDir.resolve("ebay-vero-001-ebay-6123456.en.txt")))
        .startsWith("*** INCOMPLETE DRAFT - NOT FOR SENDING ***");
  }

  @Test
  void skipsRejectedScanLinesWithANoteAndExitsOne() throws IOException {
    int code = run("draft", "--portfolio", PORTFOLIO.toString(), "--findings",
        findings(EBAY_FINDING, "{\"line\":2,\"error\":\"title: is required\"}", "not json")
            .toString(), "--route", "ebay-vero", "--out", dir.resolve("out").toString(),
        "--date", "2026-06-15");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("line 2: skipped").contains("title: is required")
        .contains("line 3: skipped");
    assertThat(out.toString()).contains("1 of 1 notices complete");
  }

  @Test
  void anUnknownRouteOrAMissingFileIsAUsageErrorNamingIt() throws IOException {
    assertThat(run("draft", "--portfolio", PORTFOLIO.toString(), "--findings",
        findings(EBAY_FINDING).toString(), "--route", "vero", "--out", dir.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("'vero' is not a route").contains("ebay-vero");

    assertThat(run("draft", "--portfolio", dir.resolve("nope.json").toString(), "--findings",
        findings(EBAY_FINDING).toString(), "--route", "dmca", "--out", dir.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("no such file").contains("nope.json");
  }

  private static final String TEMU_FINDING = "{\"listingId\":\"601099512345678\","
      + "\"marketplace\":\"TEMU\",\"url\":\"https://www.temu.com/goods.html?goods_id=601099512345678\","
      + "\"title\":\"K3strel Audi0 K7 wireless headphones\",\"seller\":{\"id\":\"temu-audio-hub\"},"
      + "\"mentions\":[{\"brand\":\"Kestrel Audio\",\"field\":\"TITLE\",\"start\":0,\"end\":13,"
      + "\"matched\":\"K3strel Audi0\",\"method\":\"LEET\",\"similarity\":1.0}],"
      + "\"assessment\":{\"score\":0.9,\"verdict\":\"LIKELY_COUNTERFEIT\",\"reasons\":"
      + "[{\"code\":\"DISGUISED_BRAND\",\"message\":\"the brand is disguised\"}]}}";

  @Test
  void anIppComplaintComesWithItsPackageAsAFolderAndAZipAndSaysWhatIsMissing()
      throws IOException {
    String aliexpress = "{\"listingId\":\"1005006543210987\",\"marketplace\":\"ALIEXPRESS\","
        + "\"url\":\"https://www.aliexpress.com/item/1005006543210987.html\",\"title\":"
        + "\"Aurelia tote replica\",\"seller\":{\"id\":\"shop-1102345\"},\"price\":{\"amount\":"
        + "\"28.50\",\"currency\":\"USD\"},\"shipsFrom\":\"CN\",\"mentions\":[{\"brand\":"
        + "\"Aurelia\",\"field\":\"TITLE\",\"start\":0,\"end\":7,\"matched\":\"Aurelia\","
        + "\"method\":\"EXACT\",\"similarity\":1.0}],\"assessment\":{\"score\":0.9,\"verdict\":"
        + "\"LIKELY_COUNTERFEIT\",\"reasons\":[{\"code\":\"CUE_WORD\",\"message\":\"replica\"}]}}";
    Path outDir = dir.resolve("out");
    int code = run("draft", "--portfolio", PORTFOLIO.toString(), "--findings",
        findings(aliexpress).toString(), "--route", "alibaba-ipp", "--out", outDir.toString(),
        "--date", "2026-06-15");
    assertThat(code).as(err.toString()).isZero();
    String id = "alibaba-ipp-001-aliexpress-38123456";
    assertThat(outDir.resolve(id + ".ipp").resolve("manifest.json")).isRegularFile();
    assertThat(outDir.resolve(id + ".ipp.zip")).isRegularFile();
    assertThat(out.toString()).contains(id + ".ipp/, " + id + ".ipp.zip");
    assertThat(err.toString()).contains("the IPP package still lacks business-registration,"
        + " registration-certificate").contains(id + ": alibaba-ipp needs"
            + " registration-certificate, authorisation-letter, missing (see " + id
            + ".attachments.json)");
    assertThat(Files.readString(outDir.resolve(id + ".en.txt"))).contains("Where:")
        .contains("the goods ship from China");
  }

  @Test
  void aCopyrightNoticeNeedsTheEvidenceFileAndItsAttachedFilesMustBeUnchanged()
      throws IOException {
    Path f = findings(TEMU_FINDING);
    int without = run("draft", "--portfolio", PORTFOLIO.toString(), "--findings", f.toString(),
        "--route", "dmca", "--out", dir.resolve("a").toString(), "--date", "2026-06-15");
    assertThat(without).as("set aside for want of evidence").isEqualTo(1);
    assertThat(err.toString()).contains("Kestrel Audio K7 user manual and product photographs"
        + " (US TX 9-101-202) is not claimed: nothing in the finding shows the listing copies it");

    Path evidence = Path.of("../samples/data/evidence.json");
    int with = run("draft", "--portfolio", PORTFOLIO.toString(), "--findings", f.toString(),
        "--route", "dmca", "--out", dir.resolve("b").toString(), "--date", "2026-06-15",
        "--evidence", evidence.toString());
    assertThat(with).as(err.toString()).isZero();
    assertThat(Files.readString(dir.resolve("b").resolve("dmca-001-temu-tx-9-101-202.en.txt"))
        .replaceAll("\\s+", " ")).contains("matches photographs/K7-BLK-front.jpg, an image of the work, by PDQ");
    // the work's evidence bundle goes with the DMCA notice too, each file checked by SHA-256
    String attachments = Files.readString(dir.resolve("b")
        .resolve("dmca-001-temu-tx-9-101-202.attachments.json"));
    assertThat(attachments).contains("\"route\" : \"dmca\"")
        .contains("\"file\" : \"evidence/kestrel/KA-AM-2024-APA-clause-4.txt\"")
        .contains("\"sha256\" : \"d76868e59bfe25b2cc1139cf4839c685749933db59f0aefb538bf6da2159eac4\"")
        .contains("\"missing\" : [ ]");
    assertThat(Files.readString(dir.resolve("b").resolve("index.json")))
        .contains("\"attachments\" : [ {").contains("\"name\" : \"assignment\"")
        .contains("\"missingAttachments\" : [ ]");

    // a copy of the evidence whose attached file has changed is refused, naming the file
    Path copy = dir.resolve("evidence.json");
    Files.writeString(copy, Files.readString(evidence));
    Files.createDirectories(dir.resolve("evidence"));
    Files.writeString(dir.resolve("evidence").resolve("laurel-clasp-comparison.txt"), "edited");
    int changed = run("draft", "--portfolio", PORTFOLIO.toString(), "--findings", f.toString(),
        "--route", "dmca", "--out", dir.resolve("c").toString(), "--date", "2026-06-15",
        "--evidence", copy.toString());
    assertThat(changed).isEqualTo(2);
    assertThat(err.toString()).contains("refers to files that cannot be relied on")
        .contains("listings.119200334455: evidence/laurel-clasp-comparison.txt is 6 bytes");
  }

  @Test
  void aSignatoryWithACapacitySignsAndACapacityAloneIsAUsageError() throws IOException {
    Path outDir = dir.resolve("s");
    int code = run("draft", "--portfolio", PORTFOLIO.toString(), "--findings",
        findings(EBAY_FINDING).toString(), "--route", "ebay-vero", "--out", outDir.toString(),
        "--date", "2026-06-15", "--signatory", "Tom Castell", "--capacity", "Senior Associate");
    assertThat(code).as(err.toString()).isZero();
    assertThat(Files.readString(outDir.resolve("ebay-vero-001-ebay-6123456.en.txt"))
        .replaceAll("\\s+", " ")).contains("/s/ Tom Castell").contains("Senior Associate, Castell & Reeve LLP");
    assertThat(run("draft", "--portfolio", PORTFOLIO.toString(), "--findings",
        findings(EBAY_FINDING).toString(), "--route", "ebay-vero", "--out", outDir.toString(),
        "--capacity", "Partner")).isEqualTo(2);
    assertThat(err.toString()).contains("--capacity needs --signatory");
  }

  private static final String EBAY_UK_FINDING = "{\"listingId\":\"196512345679\","
      + "\"marketplace\":\"EBAY\",\"url\":\"https://www.ebay.co.uk/itm/196512345679\","
      + "\"title\":\"Aurelia tote replica\",\"seller\":{\"id\":\"mayfair_bargains\","
      + "\"country\":\"CN\"},\"price\":{\"amount\":\"22.00\",\"currency\":\"GBP\"},"
      + "\"mentions\":[{\"brand\":\"Aurelia\",\"field\":\"TITLE\",\"start\":0,\"end\":7,"
      + "\"matched\":\"Aurelia\",\"method\":\"EXACT\",\"similarity\":1.0}],"
      + "\"assessment\":{\"score\":0.9,\"verdict\":\"LIKELY_COUNTERFEIT\",\"reasons\":"
      + "[{\"code\":\"CUE_WORD\",\"message\":\"the title says replica\"}]}}";

  @Test
  void aLetterAboutUkActsGoesOnlyToAMakerOrImporterOrWithTheRiskAccepted() throws IOException {
    Path f = findings(EBAY_UK_FINDING);
    Path pc = dir.resolve("pc");
    assertThat(run("draft", "--portfolio", PORTFOLIO.toString(), "--findings", f.toString(),
        "--route", "cease-and-desist", "--out", pc.toString(), "--date", "2026-06-15"))
        .as(err.toString()).isZero();
    assertThat(out.toString()).contains("drafted  uk-permitted-communication-001-ebay-");
    assertThat(Files.readString(pc.resolve("index.json")))
        .contains("\"outcome\" : \"PERMITTED_COMMUNICATION\"")
        .contains("\"section\" : \"Trade Marks Act 1994, ss.21A and 21B\"");
    assertThat(err.toString()).contains("--accept-threats-risk");

    Path importer = dir.resolve("importer");
    assertThat(run("draft", "--portfolio", PORTFOLIO.toString(), "--findings", f.toString(),
        "--route", "cease-and-desist", "--out", importer.toString(), "--date", "2026-06-15",
        "--seller-role", "mayfair_bargains=importer", "--role-basis",
        "mayfair_bargains=its invoices name it as importer of record")).isZero();
    assertThat(out.toString()).contains("drafted  cease-and-desist-001-ebay-");
    assertThat(Files.readString(importer.resolve("index.json")))
        .contains("\"outcome\" : \"LETTER_TO_PRIMARY_ACTOR\"")
        .contains("\"statute\" : \"section 10 of the Trade Marks Act 1994\"");

    Path accepted = dir.resolve("accepted");
    assertThat(run("draft", "--portfolio", PORTFOLIO.toString(), "--findings", f.toString(),
        "--route", "cease-and-desist", "--out", accepted.toString(), "--date", "2026-06-15",
        "--accept-threats-risk")).isZero();
    assertThat(Files.readString(accepted.resolve("index.json")))
        .contains("\"riskAccepted\" : true");

    assertThat(run("draft", "--portfolio", PORTFOLIO.toString(), "--findings", f.toString(),
        "--route", "cease-and-desist", "--out", accepted.toString(), "--seller-role",
        "mayfair_bargains=importer")).isEqualTo(2);
    assertThat(err.toString()).contains("--seller-role mayfair_bargains needs --role-basis");
  }
}
