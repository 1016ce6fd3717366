package dev.marque.notices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.EvidenceFile;
import dev.marque.core.Finding;
import dev.marque.core.Portfolio;
import dev.marque.core.rights.Copyright;
import dev.marque.notices.draft.Drafts;
import dev.marque.notices.draft.Notice;
import dev.marque.notices.law.Routes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Alibaba IPP submission package, as the person uploading it would check it. */
class IppPackageTest {

  @TempDir
  Path dir;

  @Test
  void aTradeMarkComplaintListsWhatIsMissingAndDraftsTheAuthorisationLetter() throws IOException {
    Notice n = NoticeDrafter.builder(Fixtures.samplePortfolio()).date(Fixtures.DATE).build()
        .draft(Routes.ALIBABA_IPP, Fixtures.sampleFindings()).notices().get(0);
    IppPackage pkg = IppPackage.of(n, Fixtures.samplePortfolio(), Path.of("..", "samples",
        "data"));
    assertThat(pkg.missing()).containsExactly("business-registration",
        "registration-certificate");
    Path out = dir.resolve(n.id() + ".ipp");
    pkg.writeTo(out);
    String letter = Files.readString(out.resolve("authorisation-letter.txt"));
    assertThat(letter).contains("Aurelia Moda S.p.A. (Via della Spiga 12, 20121 Milano, Italy),"
        + " the rights holder, authorises Castell & Reeve LLP (14 Bream's Buildings, London")
        .contains("Name and capacity: Lucia Bassi, Head of Legal").contains("Reference: CR-POA-2026-017").contains("Company seal (盖章)");
    String manifest = Files.readString(out.resolve("manifest.json"));
    assertThat(manifest).contains("\"sha256\" : \"MISSING\"")
        .contains("\"sha256\" : \"" + EvidenceFile.sha256(out.resolve("authorisation-letter.txt"))
            + "\"")
        .contains(n.items().get(0).url().orElseThrow());
    assertThat(Files.readString(out.resolve("checklist.txt")))
        .contains("[ ] A verified IPP account in the complainant's exact name: Aurelia Moda"
            + " S.p.A.")
        .contains("[ ] the certificate of 38123456").contains("[ ] the holder's authorisation of the"
            + " agent: authorisation-letter.txt - drafted by marque");
  }

  @Test
  void anUnregisteredWorkGetsItsClaimStatementWitnessStatementAndCheckedProofFiles()
      throws IOException {
    Path sketch = Files.writeString(dir.resolve("sketch.txt"), "first sketch, 2019-05-01");
    Path deed = Files.writeString(dir.resolve("deed.txt"), "assignment deed");
    String deedSha = EvidenceFile.sha256(deed);
    Files.writeString(deed, "assignment deed, altered");
    Portfolio p = Fixtures.portfolio("{\"holder\": {\"name\": \"Vireo Leather Ltd\", \"email\":"
        + " \"l@vireo.example\", \"country\": \"GB\", \"signatory\": {\"name\": \"Ada Marsh\","
        + " \"capacity\": \"Company Secretary\"}}, \"brands\": [{\"name\": \"Vireo\", \"rights\":"
        + " [{\"type\": \"copyright\", \"work\": \"Vireo vine print\", \"author\": \"Ann Lee\","
        + " \"created\": \"2019-05-01\", \"ownership\": {\"chainOfTitle\": [{\"basis\":"
        + " \"author\", \"party\": \"Ann Lee\"}, {\"basis\": \"assignment\", \"party\": \"Vireo"
        + " Leather Ltd\", \"date\": \"2019-06-01\", \"document\": \"deed VL-1\"}]}, \"proof\":"
        + " [{\"kind\": \"DATED_DRAFT\", \"file\": {\"path\": \"sketch.txt\", \"sha256\": \""
        + EvidenceFile.sha256(sketch) + "\"}}, {\"kind\": \"ASSIGNMENT\", \"file\": {\"path\":"
        + " \"deed.txt\", \"sha256\": \"" + deedSha + "\"}}]}]}]}");
    Finding f = Fixtures.finding("{\"listingId\":\"tb-1\",\"marketplace\":\"TAOBAO\",\"url\":"
        + "\"https://item.taobao.com/item.htm?id=1\",\"title\":\"Vireo 印花包\",\"seller\":"
        + "{\"id\":\"s1\"},\"evidence\":[{\"type\":\"image-copy\",\"right\":\"Vireo vine print\","
        + "\"listingImage\":\"https://img.example/1.jpg\",\"workImage\":\"vine.png\","
        + "\"algorithm\":\"PDQ\",\"distance\":5,\"threshold\":31}],\"mentions\":[{\"brand\":"
        + "\"Vireo\",\"field\":\"TITLE\",\"start\":0,\"end\":5,\"matched\":\"Vireo\",\"method\":"
        + "\"EXACT\",\"similarity\":1.0}],\"assessment\":{\"score\":0.8,\"verdict\":"
        + "\"SUSPICIOUS\",\"reasons\":[{\"code\":\"CUE_WORD\",\"message\":\"copy\"}]}}");
    Drafts d = NoticeDrafter.builder(p).date(Fixtures.DATE).build()
        .draft(Routes.ALIBABA_IPP, List.of(f));
    Notice n = d.notices().get(0);
    IppPackage pkg = IppPackage.of(n, p, dir);
    assertThat(pkg.missing()).containsExactly("business-registration", "assignment");
    assertThat(pkg.attachments()).filteredOn(a -> a.name().equals("assignment")).singleElement()
        .satisfies(a -> assertThat(a.note()).contains("the file has changed"));
    assertThat(pkg.attachments()).filteredOn(a -> a.name().equals("dated-draft")).singleElement()
        .satisfies(a -> assertThat(a.sha256()).isEqualTo(EvidenceFile.sha256(sketch)));
    Path out = dir.resolve("pkg");
    pkg.writeTo(out);
    assertThat(Files.readString(out.resolve("copyright-claim-statement.txt")))
        .contains("Work: Vireo vine print").contains("Author: Ann Lee")
        .contains("assignment: Vireo Leather Ltd (2019-06-01), deed VL-1")
        .contains("DATED_DRAFT: sketch.txt");
    assertThat(Files.readString(out.resolve("witness-statement.txt")))
        .isEqualTo(WitnessStatements.draft((Copyright) n.right().orElseThrow(), p));
  }

  @Test
  void theZipHoldsTheFolderFilesInNameOrderDatedTheComplaintDateAndIsTheSameBytesEachTime()
      throws IOException {
    Notice n = NoticeDrafter.builder(Fixtures.samplePortfolio()).date(Fixtures.DATE).build()
        .draft(Routes.ALIBABA_IPP, Fixtures.sampleFindings()).notices().get(0);
    IppPackage pkg = IppPackage.of(n, Fixtures.samplePortfolio(), Path.of("..", "samples",
        "data"));
    Path folder = dir.resolve("pkg");
    pkg.writeTo(folder);
    Path zip = dir.resolve("pkg.zip");
    pkg.writeZip(zip);
    List<String> names = new java.util.ArrayList<>();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
        Files.newInputStream(zip))) {
      java.util.zip.ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        names.add(e.getName());
        assertThat(e.getTimeLocal()).isEqualTo(Fixtures.DATE.atStartOfDay());
        assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
            .as(e.getName()).isEqualTo(Files.readString(folder.resolve(e.getName())));
      }
    }
    assertThat(names).containsExactly("authorisation-letter.txt", "checklist.txt",
        "manifest.json");
    // drafted again, later, into another file: the very same bytes
    Path again = dir.resolve("again.zip");
    IppPackage.of(NoticeDrafter.builder(Fixtures.samplePortfolio()).date(Fixtures.DATE).build()
        .draft(Routes.ALIBABA_IPP, Fixtures.sampleFindings()).notices().get(0),
        Fixtures.samplePortfolio(), Path.of("..", "samples", "data")).writeZip(again);
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(zip));
  }

  @Test
  void theAuthorisationLetterIsCheckedAgainstWhatTheFormAsksAndSaysWhatItLacks()
      throws IOException {
    Notice n = NoticeDrafter.builder(Fixtures.samplePortfolio()).date(Fixtures.DATE).build()
        .draft(Routes.ALIBABA_IPP, Fixtures.sampleFindings()).notices().get(0);
    IppPackage complete = IppPackage.of(n, Fixtures.samplePortfolio(), dir);
    assertThat(complete.letterProblems()).isEmpty();
    complete.writeTo(dir.resolve("a"));
    assertThat(Files.readString(dir.resolve("a").resolve("authorisation-letter.txt")))
        .contains("Aurelia Moda S.p.A. (Via della Spiga 12, 20121 Milano, Italy), the rights"
            + " holder, authorises Castell & Reeve LLP (")
        .contains("Reference: CR-POA-2026-017; valid from 2026-01-01 until 2027-12-31.");

    // an authorisation without an end date, and a holder without an address
    String open = "{\"holder\": {\"name\": \"Vireo Leather Ltd\", \"email\": \"l@vireo.example\","
        + " \"country\": \"GB\"}, \"agent\": {\"name\": \"Lantern IP GmbH\", \"email\":"
        + " \"n@lantern.example\", \"address\": \"Hafenstrasse 9, Hamburg\", \"country\": \"DE\","
        + " \"signatory\": {\"name\": \"Nils Brandt\", \"capacity\": \"Partner\"},"
        + " \"authorization\": {\"reference\": \"LIP-2026-04\", \"validFrom\": \"2026-01-01\"}},"
        + " \"brands\": [{\"name\": \"Vireo\", \"rights\": [{\"type\": \"trademark\", \"mark\":"
        + " \"VIREO\", \"registrationNumber\": \"40000004\", \"office\": \"CNIPA\", \"classes\":"
        + " [18]}]}]}";
    Portfolio p = Fixtures.portfolio(open);
    Finding f = Fixtures.finding("{\"listingId\":\"tb-1\",\"marketplace\":\"TAOBAO\",\"url\":"
        + "\"https://item.taobao.com/item.htm?id=1\",\"title\":\"Vireo 包\",\"seller\":"
        + "{\"id\":\"s1\"},\"mentions\":[{\"brand\":\"Vireo\",\"field\":\"TITLE\",\"start\":0,"
        + "\"end\":5,\"matched\":\"Vireo\",\"method\":\"EXACT\",\"similarity\":1.0}],"
        + "\"assessment\":{\"score\":0.9,\"verdict\":\"LIKELY_COUNTERFEIT\",\"reasons\":[{\"code\""
        + ":\"CUE_WORD\",\"message\":\"replica\"}]}}");
    Notice lacking = NoticeDrafter.builder(p).date(Fixtures.DATE).build()
        .draft(Routes.ALIBABA_IPP, List.of(f)).notices().get(0);
    IppPackage pkg = IppPackage.of(lacking, p, dir);
    assertThat(pkg.letterProblems()).containsExactly(
        "the period of validity has no end date (agent.authorization.validUntil): an"
            + " authorisation form asks for both ends",
        "the rights holder's address is not recorded (holder.address)");
    pkg.writeTo(dir.resolve("b"));
    assertThat(Files.readString(dir.resolve("b").resolve("checklist.txt")))
        .contains("[ ] the holder's authorisation of the agent: authorisation-letter.txt -"
            + " drafted by marque").contains("the letter is INCOMPLETE: the period of validity"
                + " has no end date");
    assertThat(Files.readString(dir.resolve("b").resolve("manifest.json")))
        .contains("\"authorisationLetterCheck\" : [ \"the period of validity has no end date");
  }

  @Test
  void theWitnessStatementStatesWhatThePortfolioKnowsAndMarksTheRestToComplete() {
    Copyright c = Copyright.unregistered("Vireo vine print", "Ann Lee",
        java.time.LocalDate.parse("2019-05-01"));
    String s = WitnessStatements.draft(c, Fixtures.portfolio("{\"holder\": {\"name\":"
        + " \"Vireo Leather Ltd\"}, \"brands\": [{\"name\": \"Vireo\"}]}"));
    assertThat(s).contains("I, Ann Lee, say as follows.")
        .contains("1. I created the work \"Vireo vine print\", completing it on 2019-05-01.")
        .contains("5. Where and when it was first published: [to be completed]")
        .contains("[how title passed to Vireo Leather Ltd: to be completed]")
        .contains("Statement of truth: I believe that the facts stated in this witness"
            + " statement are true.");
  }
}
