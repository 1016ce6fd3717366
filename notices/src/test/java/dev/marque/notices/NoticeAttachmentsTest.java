package dev.marque.notices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.EvidenceFile;
import dev.marque.core.Finding;
import dev.marque.core.Portfolio;
import dev.marque.notices.draft.Notice;
import dev.marque.notices.law.Route;
import dev.marque.notices.law.Routes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence bundle feeds every route's attachments: each file listed with its SHA-256,
 * checked when listed, or MISSING; what the route needs marked as required.
 */
class NoticeAttachmentsTest {

  @TempDir
  Path dir;

  private static final String HOLDER = "{\"name\": \"Vireo Leather Ltd\", \"email\":"
      + " \"l@vireo.example\", \"address\": \"3 Tanner Row, Leeds\", \"phone\": \"+44 113 496"
      + " 0000\", \"country\": \"GB\", \"signatory\": {\"name\": \"Ada Marsh\", \"capacity\":"
      + " \"Company Secretary\"}}";
  private static final String AGENT = "\"agent\": {\"name\": \"Lantern IP GmbH\", \"email\":"
      + " \"n@lantern.example\", \"address\": \"Hafenstrasse 9, Hamburg\", \"phone\": \"+49 40"
      + " 5550 0101\", \"country\": \"DE\", \"signatory\": {\"name\": \"Nils Brandt\","
      + " \"capacity\": \"Partner\"}, \"authorization\": {\"reference\": \"LIP-2026-04\","
      + " \"validFrom\": \"2026-01-01\", \"validUntil\": \"2026-12-31\"}}, ";

  private static Portfolio portfolio(String agent, String rights) {
    return Fixtures.portfolio("{\"holder\": " + HOLDER + ", " + agent + "\"brands\": [{\"name\":"
        + " \"Vireo\", \"rights\": [" + rights + "]}]}");
  }

  private static Finding finding(String marketplace, String url, String extra) {
    return Fixtures.finding("{\"listingId\":\"123456789012\",\"marketplace\":\"" + marketplace
        + "\",\"url\":\"" + url + "\",\"title\":\"Vireo satchel\",\"seller\":{\"id\":\"s1\"},"
        + "\"price\":{\"amount\":\"40\",\"currency\":\"EUR\"}," + extra
        + "\"mentions\":[{\"brand\":\"Vireo\",\"field\":\"TITLE\",\"start\":0,\"end\":5,"
        + "\"matched\":\"Vireo\",\"method\":\"EXACT\",\"similarity\":1.0}],\"assessment\":"
        + "{\"score\":0.9,\"verdict\":\"LIKELY_COUNTERFEIT\",\"reasons\":[{\"code\":\"CUE_WORD\","
        + "\"message\":\"the title says replica\"}]}}");
  }

  private static Notice draft(Portfolio p, Route route, Finding f) {
    return NoticeDrafter.builder(p).date(Fixtures.DATE).build().draft(route, List.of(f))
        .notices().get(0);
  }

  @Test
  void aDesignNoticeOnEbayGoesOutWithItsCertificateAndTheComparisonItRestsOn()
      throws IOException {
    Path certificate = Files.writeString(dir.resolve("design-cert.txt"), "EUIPO certificate");
    Path comparison = Files.writeString(dir.resolve("clasp.txt"), "side by side");
    String design = "{\"type\": \"design\", \"design\": \"Vireo clasp\", \"registrationNumber\":"
        + " \"008000001-0001\", \"office\": \"EUIPO\", \"registered\": \"2022-01-01\","
        + " \"expires\": \"2027-01-01\", \"proof\": [{\"kind\": \"REGISTRATION_CERTIFICATE\","
        + " \"file\": {\"path\": \"design-cert.txt\", \"sha256\": \""
        + EvidenceFile.sha256(certificate) + "\"}}]}";
    String attached = "\"evidence\":[{\"type\":\"attached\",\"right\":\"008000001-0001\","
        + "\"shows\":\"Side-by-side comparison of the listed clasp with the registered views\","
        + "\"file\":{\"path\":\"clasp.txt\",\"sha256\":\"" + EvidenceFile.sha256(comparison)
        + "\"}}],";
    Notice n = draft(portfolio("", design), Routes.EBAY_VERO,
        finding("EBAY", "https://www.ebay.de/itm/123456789012", attached));
    NoticeAttachments a = NoticeAttachments.of(n, dir, dir);
    assertThat(a.attachments()).extracting(Attachment::name, Attachment::file,
            Attachment::sha256, Attachment::required)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("registration-certificate",
                java.util.Optional.of("design-cert.txt"), EvidenceFile.sha256(certificate),
                false),
            org.assertj.core.groups.Tuple.tuple("evidence-123456789012",
                java.util.Optional.of("clasp.txt"), EvidenceFile.sha256(comparison), true));
    assertThat(a.missing()).isEmpty();

    // the comparison changed after it was recorded: it is MISSING, and the route needs it
    Files.writeString(comparison, "side by side, retouched");
    NoticeAttachments changed = NoticeAttachments.of(n, dir, dir);
    assertThat(changed.missing()).containsExactly("evidence-123456789012");
    assertThat(changed.attachments().get(1).note()).contains("the file has changed");
    @SuppressWarnings("unchecked")
    Map<String, Object> entry = ((List<Map<String, Object>>) changed.manifest()
        .get("attachments")).get(1);
    assertThat(entry).containsEntry("sha256", "MISSING").containsEntry("required", true);
  }

  @Test
  void aChineseNoticeNeedsTheCertificateAndTheSignedAuthorisationAndSaysTheyAreMissing() {
    String cnMark = "{\"type\": \"trademark\", \"mark\": \"VIREO\", \"registrationNumber\":"
        + " \"40000004\", \"office\": \"CNIPA\", \"classes\": [18]}";
    Notice n = draft(portfolio(AGENT, cnMark), Routes.CN_ECOMMERCE,
        finding("TAOBAO", "https://item.taobao.com/item.htm?id=1", ""));
    NoticeAttachments a = NoticeAttachments.of(n, dir, dir);
    assertThat(a.missing()).containsExactly("registration-certificate", "authorisation-letter");
    assertThat(a.attachments()).allSatisfy(x -> assertThat(x.sha256()).isEqualTo("MISSING"));
    assertThat(a.attachments().get(1).note()).contains("LIP-2026-04");
    assertThat(a.manifest()).containsEntry("route", "cn-ecommerce")
        .containsEntry("missing", List.of("registration-certificate", "authorisation-letter"));
  }

  @Test
  void aRouteThatAsksForNoDocumentsListsTheBundleAsSupportingOnly() throws IOException {
    Path extract = Files.writeString(dir.resolve("extract.txt"), "EUIPO extract");
    String euMark = "{\"type\": \"trademark\", \"mark\": \"VIREO\", \"registrationNumber\":"
        + " \"018000002\", \"office\": \"EUIPO\", \"classes\": [18], \"proof\": [{\"kind\":"
        + " \"OFFICE_EXTRACT\", \"file\": {\"path\": \"extract.txt\", \"sha256\": \""
        + EvidenceFile.sha256(extract) + "\"}}]}";
    Notice n = draft(portfolio(AGENT, euMark), Routes.DSA,
        finding("EBAY", "https://www.ebay.de/itm/123456789012", ""));
    NoticeAttachments a = NoticeAttachments.of(n, dir, dir);
    assertThat(a.attachments()).singleElement().satisfies(x -> {
      assertThat(x.name()).isEqualTo("office-extract");
      assertThat(x.required()).isFalse();
      assertThat(x.sha256()).isEqualTo(EvidenceFile.sha256(extract));
    });
    assertThat(a.missing()).isEmpty();
    // the same bundle without the extract: nothing is missing that the DSA needs
    Notice bare = draft(portfolio(AGENT, euMark.replaceAll(", \"proof\": \\[.*\\]", "")),
        Routes.DSA, finding("EBAY", "https://www.ebay.de/itm/123456789012", ""));
    assertThat(NoticeAttachments.of(bare, dir, dir).attachments()).isEmpty();
  }
}
