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
import dev.marque.notices.law.Routes;
import dev.marque.notices.render.Format;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example on the README's first screen, run as written against the bundled portfolio: the
 * same imports (those of {@code java.*} and the assertions aside), the same code, the reasons the
 * README lists.
 */
class ReadmeExampleTest {

  @Test
  void theFirstScreenExampleDoesWhatTheReadmeSays() throws IOException {
    Portfolio portfolio = MarqueJson.standard().readPortfolio(Path.of("data/portfolio.json"));
    Assessor assessor = Assessor.of(portfolio);      // compiled once; immutable, thread-safe, shared

    Finding finding = assessor.assess(Listing.builder("1005006", "Aur3lia Laurel tote replica 1:1")
        .url("https://www.aliexpress.com/item/1005006.html")
        .price(Money.of("25", "USD"))
        .seller(Seller.of("shop-88"))
        .shipsFrom("CN")
        .build());

    assertThat(finding.assessment().verdict()).isEqualTo(Verdict.LIKELY_COUNTERFEIT);
    assertThat(finding.assessment().reasons()).extracting(Reason::code).containsExactly(
        ReasonCode.BRAND_MENTION, ReasonCode.DISGUISED_BRAND, ReasonCode.CUE_WORD,
        ReasonCode.CUE_WORD, ReasonCode.PRICE_ANOMALY);
    assertThat(finding.assessment().reasons()).extracting(Reason::message).containsExactly(
        "Names Aurelia in the title ('Aur3lia')",
        "Aurelia is disguised in the title as 'Aur3lia' with digits or symbols for letters:"
            + " honest sellers do not hide the brand they sell",
        "The title says 'replica', a counterfeit cue word, next to Aurelia",
        "The title says '1:1', a counterfeit cue word, next to Aurelia",
        "25 USD is 3% of the 850 USD MSRP of Aurelia Laurel Tote");

    // the README uses NoticeDrafter.of(portfolio), dated today; a fixed clock keeps the test's
    // date inside the rights' and authorisation's terms
    Clock clock = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
    var drafts = NoticeDrafter.of(portfolio, clock).draft(Routes.ALIBABA_IPP, List.of(finding));
    String complaint = NoticeRenderer.standard().render(drafts.notices().get(0), Format.TEXT);

    assertThat(drafts.notices().get(0).isComplete()).isTrue();
    assertThat(complaint).contains("https://www.aliexpress.com/item/1005006.html", "38123456");
  }
}
