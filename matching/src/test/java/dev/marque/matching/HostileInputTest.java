package dev.marque.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marque.core.BrandMention;
import dev.marque.core.ListingField;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Whatever a scraped page contains, lookup returns valid offsets and never throws. */
class HostileInputTest {
  private static final BrandIndex INDEX = BrandIndexTest.INDEX;
  private static final BrandIndex IGNORING = BrandIndex.of(List.of(dev.marque.core.Brand.of("Gucci", "古驰")),
      MatchOptions.defaults().withIgnoreSkus(true).withIgnoreUrlsAndEmails(true));

  @Property(tries = 400)
  void anyTextGivesValidOffsets(@ForAll("hostile") String text) {
    check(text, INDEX.find(text, ListingField.DESCRIPTION));
    check(text, IGNORING.find(text, ListingField.DESCRIPTION));
  }

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(80),
        Arbitraries.strings().all().ofMaxLength(80),
        Arbitraries.strings().withChars("GgUuCcIi1!@*_-. \u200B\u202E\uD800\uDC00ісΡ古驰").ofMaxLength(60));
  }

  private static void check(String text, List<BrandMention> found) {
    int previous = 0;
    for (BrandMention m : found) {
      assertThat(m.start()).isBetween(previous, text.length());
      assertThat(m.end()).isBetween(m.start(), text.length());
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.matched());
      previous = m.end();
    }
  }

  @Test
  void emptyAndControlText() {
    assertThat(INDEX.find("", ListingField.TITLE)).isEmpty();
    assertThat(INDEX.find("\u0000\u0001\u202E\uFEFF", ListingField.TITLE)).isEmpty();
    check("\u202EGucci\u202C", INDEX.find("\u202EGucci\u202C", ListingField.TITLE));
    assertThat(INDEX.find("\uDC00Gucci\uD800", ListingField.TITLE)).extracting(BrandMention::matched)
        .containsExactly("Gucci");
  }

  /**
   * Two names read out of one reversed right-to-left run ({@code ICCUG驰古} displays as {@code
   * 古驰GUCCI}) point at the same characters, the whole run: the listing names the brand there
   * once, not twice over the same span (found by the property above with jqwik's random seed).
   */
  @Test
  void twoNamesInOneReversedRunAreOneMention() {
    String text = "\u202EICCUG驰古";
    List<BrandMention> found = IGNORING.find(text, ListingField.DESCRIPTION);
    check(text, found);
    assertThat(found).singleElement().satisfies(m -> {
      assertThat(m.brand()).isEqualTo("Gucci");
      assertThat(m.matched()).isEqualTo(text);
    });
    check("\u202EICCGG驰古", IGNORING.find("\u202EICCGG驰古", ListingField.DESCRIPTION));
  }

  /**
   * A megabyte of text repeating brands gives valid offsets and at most the cap of mentions per
   * brand. The timeout is a generous guard against a quadratic path (seconds when linear, hours
   * when not), not a measurement: timings belong in benchmarks.
   */
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aMegabyteOfTextIsScannedWithValidOffsetsAndCappedMentions() {
    StringBuilder b = new StringBuilder();
    while (b.length() < 1_000_000) {
      b.append("Fresh G*cci and R0lex deals 古驰 a-a-a-a ");
    }
    String text = b.toString();
    List<BrandMention> found = INDEX.find(text, ListingField.DESCRIPTION);
    check(text, found);
    int cap = dev.marque.core.Limits.defaults().maxMentionsPerBrandAndField();
    assertThat(found.stream().collect(java.util.stream.Collectors.groupingBy(
        BrandMention::brand, java.util.stream.Collectors.counting())))
        .containsOnlyKeys("Gucci", "Rolex").allSatisfy((brand, n) -> assertThat(n).isEqualTo(cap));
    check("x".repeat(1_000_000), INDEX.find("x".repeat(1_000_000), ListingField.DESCRIPTION));
    String dots = "a.".repeat(500_000);
    check(dots, IGNORING.find(dots, ListingField.DESCRIPTION));
  }
}
