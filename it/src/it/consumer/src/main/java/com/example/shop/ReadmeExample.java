package com.example.shop;

import dev.marque.capture.extract.ListingExtractor;
import dev.marque.cases.CaseState;
import dev.marque.cases.CaseStore;
import dev.marque.cases.NewCase;
import dev.marque.capture.extract.PageRejectedException;
import dev.marque.core.Finding;
import dev.marque.core.Listing;
import dev.marque.core.Marketplace;
import dev.marque.core.Money;
import dev.marque.core.Portfolio;
import dev.marque.core.Reason;
import dev.marque.core.ReasonCode;
import dev.marque.core.Seller;
import dev.marque.core.Verdict;
import dev.marque.core.json.MarqueJson;
import dev.marque.matching.Lexicon;
import dev.marque.matching.assess.Assessor;
import dev.marque.notices.NoticeDrafter;
import dev.marque.notices.NoticeRenderer;
import dev.marque.notices.draft.Drafts;
import dev.marque.notices.law.Routes;
import dev.marque.notices.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The README's first example as a user's program: it exits with an exception unless marque gives
 * what the README promises, and unless it runs the way it was asked to (module path or class path).
 * It also reads a saved listing page with marque-capture, which brings jsoup and OkHttp along;
 * finds the word lists of marque-lexicons, a module of data only; and opens a case in a SQLite
 * case store with marque-cases, whose migrations and JDBC driver must be found from inside it.
 */
public final class ReadmeExample {

  private ReadmeExample() {}

  /**
   * Runs the example.
   *
   * @param args the portfolio file, then {@code module-path} or {@code class-path}
   * @throws IOException if the portfolio or the saved page cannot be read
   * @throws PageRejectedException if the saved page holds no listing
   */
  public static void main(String[] args) throws IOException, PageRejectedException {
    boolean onModulePath = args[1].equals("module-path");
    check(ReadmeExample.class.getModule().isNamed() == onModulePath,
        "the example runs on the " + args[1]);
    check(Assessor.class.getModule().isNamed() == onModulePath,
        "marque-matching is loaded on the " + args[1]);

    Portfolio portfolio = MarqueJson.standard().readPortfolio(Path.of(args[0]));
    Assessor assessor = Assessor.of(portfolio);

    Finding finding = assessor.assess(Listing.builder("1005006", "Aur3lia Laurel tote replica 1:1")
        .url("https://www.aliexpress.com/item/1005006.html")
        .price(Money.of("25", "USD"))
        .seller(Seller.of("shop-88"))
        .shipsFrom("CN")
        .build());

    check(finding.assessment().verdict() == Verdict.LIKELY_COUNTERFEIT,
        "verdict LIKELY_COUNTERFEIT, was " + finding.assessment().verdict());
    List<ReasonCode> codes = finding.assessment().reasons().stream().map(Reason::code).toList();
    check(codes.containsAll(List.of(ReasonCode.DISGUISED_BRAND, ReasonCode.CUE_WORD,
            ReasonCode.PRICE_ANOMALY)),
        "reasons DISGUISED_BRAND, CUE_WORD, PRICE_ANOMALY, were " + codes);

    Drafts drafts = NoticeDrafter.of(portfolio).draft(Routes.ALIBABA_IPP, List.of(finding));
    String complaint = NoticeRenderer.standard().render(drafts.notices().get(0), Format.TEXT);
    check(complaint.contains("https://www.aliexpress.com/item/1005006.html")
        && complaint.contains("38123456"), "the complaint names the listing and the CNIPA mark");

    // The scan output format goes through Jackson, which must be able to read marque's records.
    String line = MarqueJson.standard().write(finding);
    check(line.contains("\"verdict\":\"LIKELY_COUNTERFEIT\""), "the finding written as JSON");

    Path page = Path.of(args[0]).resolveSibling("pages/aliexpress-aurelia-tote-replica.html");
    Listing captured = ListingExtractor.standard().extract(page, "").listing();
    Verdict capturedVerdict = assessor.assess(captured).assessment().verdict();
    check(capturedVerdict != Verdict.CLEAR, "the saved AliExpress page flagged, was " + capturedVerdict);

    check(Lexicon.availableLanguages().containsAll(List.of("en", "es", "fr", "nl", "pt")),
        "the languages of marque-lexicons, were " + Lexicon.availableLanguages());
    check(Lexicon.available().contains("hoodie"), "'hoodie' an English word");

    Path db = Files.createDirectories(Path.of("target")).resolve("cases.db");
    long open;
    try (CaseStore store = CaseStore.open(db.toString())) {
      store.openCase(NewCase.builder(Marketplace.ALIEXPRESS, "1005006",
          "TRADEMARK AURELIA (CNIPA 38123456)", "alibaba-ipp").build());
      open = store.list(CaseState.DETECTED).size();
    }
    check(open == 1, "one case DETECTED in the case store, were " + open);

    System.out.println("README example on the " + args[1] + ": " + finding.assessment().verdict()
        + " " + codes + ", " + complaint.length() + " characters of complaint; saved page '"
        + captured.title() + "': " + capturedVerdict + "; lexicons "
        + Lexicon.availableLanguages() + "; " + open + " case opened in " + db);
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError("expected " + what);
    }
  }
}
