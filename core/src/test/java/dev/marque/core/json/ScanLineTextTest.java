package dev.marque.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.marque.core.Assessment;
import dev.marque.core.BrandMention;
import dev.marque.core.Finding;
import dev.marque.core.Listing;
import dev.marque.core.ListingField;
import dev.marque.core.MatchMethod;
import dev.marque.core.Money;
import dev.marque.core.Reason;
import dev.marque.core.ReasonCode;
import dev.marque.core.Seller;
import dev.marque.core.Span;
import dev.marque.core.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A scan line written by {@link ScanLineText} is, character for character, the line Jackson's
 * generator writes by {@link ScanLines}: for any finding, with text of any characters (every
 * control character, quotes, backslashes, lone and paired surrogates, U+2028, DEL), and with the
 * mention cap reached or not.
 */
class ScanLineTextTest {
  private static final MarqueJson JSON = MarqueJson.standard();
  private static final int CAP = JSON.limits().maxMentionsPerBrandAndField();

  /** The line as the generator writes it: the reference. */
  private static String byGenerator(Finding finding, int cap) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.factory().createGenerator(out)) {
      ScanLines.writeFinding(g, finding, cap);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String byText(Finding finding, int cap) {
    assertThat(ScanLineText.handles(finding)).isTrue();
    ScanLineText text = new ScanLineText(16); // small, so that it grows as it writes
    text.finding(finding, cap);
    return text.toString();
  }

  @Provide
  Arbitrary<Finding> findings() {
    return new JsonRoundTripPropertyTest().findings();
  }

  @Property(tries = 1000)
  void aFindingIsWrittenAsTheGeneratorWritesIt(@ForAll("findings") Finding finding) {
    assertThat(byText(finding, CAP)).isEqualTo(byGenerator(finding, CAP));
    assertThat(byText(finding, 1)).isEqualTo(byGenerator(finding, 1));
    assertThat(JSON.writeFinding(finding)).isEqualTo(byGenerator(finding, CAP));
  }

  @Test
  void everyCharacterIsEscapedAsTheGeneratorEscapesIt() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x100; c++) {
      all.append(c);
    }
    all.append("\u2028\u2029\uD83D\uDE00 \uD800 \uDC00x\uFFFF\uFEFF/</script>");
    String text = all.toString();
    Listing listing = Listing.builder(text, text).url(text).description(text)
        .price(Money.of("12.50", "EUR")).seller(new Seller(text, Optional.of(text),
            Optional.of(text))).shipsFrom(text).shipsTo(List.of("DE", "US")).language("de")
        .build();
    BrandMention mention = new BrandMention(text, ListingField.TITLE, 0, 3, text,
        MatchMethod.CONFUSABLE, 0.87654);
    Reason reason = new Reason(ReasonCode.BRAND_MENTION, text,
        List.of(new Span(ListingField.DESCRIPTION, 1, 2, text)), Map.of(text, text, "b", text));
    Finding finding = new Finding(listing, List.of(mention, mention),
        new Assessment(0.123456, Verdict.SUSPICIOUS, List.of(reason, reason)));

    String line = byText(finding, CAP);

    assertThat(line).isEqualTo(byGenerator(finding, CAP))
        .contains("\"listingId\":\"\\u0000\\u0001", "\\u0007\\b\\t\\n\\u000B\\f\\r\\u000E",
            "\\u001F !\\\"#")
        .contains("\\\\]^_`").contains("~\u007F\u0080")
        .contains("\uD83D\uDE00 \uD800 \uDC00x");
  }

  @Test
  void aBrandRepeatedUpToTheCapSaysSo() {
    Listing listing = Listing.builder("1", "Aurelia Aurelia Aurelia").build();
    List<BrandMention> mentions = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      mentions.add(new BrandMention("Aurelia", ListingField.TITLE, 8 * i, 8 * i + 7, "Aurelia",
          MatchMethod.EXACT, 1.0));
    }
    Finding finding = new Finding(listing, mentions, new Assessment(0.5, Verdict.MENTION,
        List.of(Reason.of(ReasonCode.BRAND_MENTION, "Names Aurelia"))));

    assertThat(byText(finding, 3)).isEqualTo(byGenerator(finding, 3)).contains("\"mentionCap\":3");
    assertThat(byText(finding, 4)).isEqualTo(byGenerator(finding, 4)).doesNotContain("mentionCap");
  }
}
