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
    assertThat(letter).contains("Aurelia Moda S.p.A. (the rights holder) authorises Castell &"
        + " Reeve LLP").contains("Reference: CR-POA-2026-017").contains("Company seal (盖章)");
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
