package dev.marque.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.Finding;
import dev.marque.core.Listing;
import dev.marque.core.Money;
import dev.marque.core.Portfolio;
import dev.marque.core.Reason;
import dev.marque.core.ReasonCode;
import dev.marque.core.Seller;
import dev.marque.core.Verdict;
import dev.marque.core.json.MarqueJson;
import dev.marque.matching.assess.Assessor;
import dev.marque.notices.NoticeDrafter;
import dev.marque.notices.NoticeRenderer;
import dev.marque.notices.draft.Drafts;
import dev.marque.notices.draft.Notice;
import dev.marque.notices.law.Routes;
import dev.marque.notices.render.Format;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example on the README's first screen, run as written against the bundled portfolio. */
class ReadmeExampleTest {

  @Test
  void theFirstScreenExampleDoesWhatTheReadmeSays() throws IOException {
    Portfolio portfolio = MarqueJson.standard().readPortfolio(Path.of("data/portfolio.json"));
    Assessor assessor = Assessor.of(portfolio);

    Finding finding = assessor.assess(Listing.builder("1005006", "Aur3lia Laurel tote replica 1:1")
        .url("https://www.aliexpress.com/item/1005006.html")
        .price(Money.of("25", "USD"))
        .seller(Seller.of("shop-88"))
        .build());

    assertThat(finding.assessment().verdict()).isEqualTo(Verdict.LIKELY_COUNTERFEIT);
    assertThat(finding.assessment().reasons()).extracting(Reason::code)
        .contains(ReasonCode.DISGUISED_BRAND, ReasonCode.CUE_WORD, ReasonCode.PRICE_ANOMALY);
    assertThat(finding.assessment().reasons()).extracting(Reason::message)
        .contains("25 USD is 3% of the 850 USD MSRP of Aurelia Laurel Tote");

    Drafts drafts = NoticeDrafter.builder(portfolio).date(LocalDate.parse("2026-11-29")).build()
        .draft(Routes.ALIBABA_IPP, List.of(finding));
    Notice notice = drafts.notices().get(0);
    assertThat(notice.isComplete()).isTrue();
    String text = NoticeRenderer.standard().render(notice, Format.TEXT);
    assertThat(text).contains("https://www.aliexpress.com/item/1005006.html", "38123456");
  }
}
