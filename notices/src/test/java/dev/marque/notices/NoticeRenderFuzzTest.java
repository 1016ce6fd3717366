package dev.marque.notices;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.marque.core.Assessment;
import dev.marque.core.BrandMention;
import dev.marque.core.Finding;
import dev.marque.core.Listing;
import dev.marque.core.ListingField;
import dev.marque.core.MatchMethod;
import dev.marque.core.Money;
import dev.marque.core.Portfolio;
import dev.marque.core.Reason;
import dev.marque.core.ReasonCode;
import dev.marque.core.Seller;
import dev.marque.core.Span;
import dev.marque.core.Verdict;
import dev.marque.notices.draft.Notice;
import dev.marque.notices.law.Language;
import dev.marque.notices.law.Route;
import dev.marque.notices.law.Routes;
import dev.marque.notices.render.Format;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzz target for the notice renderer (Jazzer): a listing's title, URL, seller and a reason's
 * message hold whatever a stranger wrote, and every route renders them as data in every format —
 * in HTML the seller's text between two markers holds no markup character unescaped, the JSON
 * parses and carries the title as written, the text holds no control character but the line end,
 * and a template tag in the input is never expanded.
 *
 * <p>{@code mvn verify} replays the committed corpus in {@code NoticeRenderFuzzTestInputs/render};
 * {@code JAZZER_FUZZ=1 mvn -pl notices -am test -Dtest=NoticeRenderFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false} fuzzes for {@code maxDuration}.
 */
class NoticeRenderFuzzTest {
  private static final Portfolio PORTFOLIO = Fixtures.samplePortfolio();
  private static final NoticeDrafter DRAFTER =
      NoticeDrafter.builder(PORTFOLIO).date(Fixtures.DATE).build();
  private static final NoticeRenderer RENDERER = NoticeRenderer.standard().allowingIncomplete();
  private static final List<Route> ROUTES = Routes.all();
  private static final String[] URLS = {"https://www.aliexpress.com/item/1005000000000777.html",
      "https://www.ebay.de/itm/119200334455", "https://www.amazon.co.uk/dp/B0C1234567",
      "https://item.taobao.com/item.htm?id=7", "https://www.temu.com/g-601.html"};
  private static final String OPEN = "QXOPENQX";
  private static final String CLOSE = "QXCLOSEQX";
  /** What a value between the markers may hold in HTML: text, and entities, never markup. */
  private static final Pattern SEGMENT = Pattern.compile(OPEN + "(.*?)" + CLOSE, Pattern.DOTALL);
  private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+\\d*);");
  private static final ObjectMapper JSON = new ObjectMapper();

  @FuzzTest(maxDuration = "5m")
  void render(FuzzedDataProvider data) throws IOException {
    Route route = ROUTES.get(data.consumeInt(0, ROUTES.size() - 1));
    String url = URLS[data.consumeInt(0, URLS.length - 1)];
    String title = data.consumeString(300);
    String sellerName = data.consumeString(100);
    String sellerId = data.consumeString(40);
    String message = data.consumeString(200);
    String path = data.consumeRemainingAsString();
    sellerId = sellerId.isBlank() ? "shop" : sellerId; // a blank id is refused by Seller
    String fullTitle = "Aurelia " + title;
    Listing listing;
    try {
      listing = Listing.builder("1005000000000777", fullTitle).url(url + path)
          .seller(new Seller(sellerId, Optional.of(OPEN + sellerName + CLOSE), Optional.of("CN")))
          .price(Money.of("25.00", "USD")).build();
    } catch (IllegalArgumentException e) {
      return; // a value the listing refuses; the feed reader words it
    }
    Finding finding = new Finding(listing,
        List.of(new BrandMention("Aurelia", ListingField.TITLE, 0, 7, "Aurelia", MatchMethod.EXACT,
            1.0)),
        new Assessment(0.9, Verdict.LIKELY_COUNTERFEIT, List.of(
            new Reason(ReasonCode.CUE_WORD, message.isBlank() ? "cue" : message,
                List.of(new Span(ListingField.TITLE, 0, 7, "Aurelia")), Map.of("cue", message)),
            Reason.of(ReasonCode.BRAND_MENTION, "names Aurelia"))));
    List<Notice> notices = DRAFTER.draft(route, List.of(finding)).notices();
    for (Notice notice : notices) {
      for (Language language : route.languages()) {
        String html = RENDERER.render(notice, Format.HTML, language);
        Matcher m = SEGMENT.matcher(html);
        while (m.find()) {
          String segment = m.group(1);
          assertThat(segment).as("HTML of %s", route.id()).doesNotContain("<", ">", "\"");
          assertThat(ENTITY.matcher(segment).replaceAll("")).doesNotContain("&");
        }
        String text = RENDERER.render(notice, Format.TEXT, language);
        assertThat(text.chars().filter(c -> c != '\n' && Character.isISOControl(c)).count())
            .as("control characters in the text of %s", route.id()).isZero();
        String json = RENDERER.render(notice, Format.JSON, language);
        JsonNode tree = JSON.readTree(json);
        List<String> texts = new ArrayList<>();
        collect(tree, texts);
        assertThat(texts).as("JSON of %s", route.id()).anyMatch(t -> t.contains(fullTitle));
        if (!title.contains("{{") && !sellerName.contains("{{") && !message.contains("{{")
            && !path.contains("{{") && !sellerId.contains("{{")) {
          assertThat(text).doesNotContain("{{");
        }
      }
    }
  }

  private static void collect(JsonNode node, List<String> texts) {
    if (node.isTextual()) {
      texts.add(node.asText());
    }
    node.forEach(child -> collect(child, texts));
  }
}
