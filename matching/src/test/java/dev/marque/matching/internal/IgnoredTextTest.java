package dev.marque.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The blanking step alone: what it blanks, what it keeps, and that offsets do not move. */
class IgnoredTextTest {
  private final IgnoredText both = new IgnoredText(true, true);

  @Test
  void blanksAddressesAndProductCodesInPlace() {
    String text = "Gucci bag www.gucci-outlet.com GG-1234-BK mail sales@rolex-deals.net now";
    String blanked = both.apply(text);
    String expected = text;
    for (String gone : new String[] {"www.gucci-outlet.com", "GG-1234-BK", "sales@rolex-deals.net"}) {
      expected = expected.replace(gone, " ".repeat(gone.length()));
    }
    assertThat(blanked).isEqualTo(expected).hasSameSizeAs(text).startsWith("Gucci bag ");
    assertThat(blanked.indexOf("now")).isEqualTo(text.indexOf("now"));
  }

  @Test
  void keepsOrdinaryWordsAndWhatItIsNotAskedToBlank() {
    assertThat(both.apply("Rolex watch, 40mm, steel model")).isEqualTo("Rolex watch, 40mm, steel model");
    assertThat(new IgnoredText(false, true).apply("gucci.com AB123456"))
        .isEqualTo("gucci.com         ");
    assertThat(new IgnoredText(true, false).apply("gucci.com AB123456"))
        .isEqualTo("          AB123456");
    String text = "gucci.com";
    assertThat(new IgnoredText(false, false).apply(text)).isSameAs(text);
  }

  @Test
  void recognisesTheShapes() {
    assertThat(IgnoredText.isUrlOrEmail("(https://x.y/z)")).isTrue();
    assertThat(IgnoredText.isUrlOrEmail("shop.de/item")).isTrue();
    assertThat(IgnoredText.isUrlOrEmail("e.g.")).isFalse();
    assertThat(IgnoredText.isSku("AB123456")).isTrue();
    assertThat(IgnoredText.isSku("GG-1234-BK")).isTrue();
    assertThat(IgnoredText.isSku("T-shirt")).isFalse();
    assertThat(IgnoredText.isSku("2024")).isTrue();
  }
}
