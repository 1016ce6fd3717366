package dev.marque.capture.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.Listing;
import dev.marque.core.Marketplace;
import dev.marque.core.Money;
import dev.marque.core.json.MarqueJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListingExtractorTest {
  private final ListingExtractor extractor = ListingExtractor.standard();

  static byte[] page(String name) throws IOException {
    try (InputStream in = ListingExtractorTest.class.getResourceAsStream("/pages/" + name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    }
  }

  private Extraction extract(String name, String url) throws Exception {
    return extractor.extract(page(name), url);
  }

  @Test
  void readsASimpleJsonLdProductAndIgnoresScripts() throws Exception {
    Extraction e = extract("jsonld-simple-aliexpress.html",
        "https://www.aliexpress.com/item/1005006123456789.html?spm=a2g0o.detail");
    Listing l = e.listing();
    assertThat(l.id()).isEqualTo("1005006123456789");
    assertThat(l.marketplace()).isEqualTo(Marketplace.ALIEXPRESS);
    assertThat(l.title()).isEqualTo("AURELlA Laurel Tote Bag Genuine Leather 1:1 Mirror Quality");
    assertThat(l.description()).hasValue(
        "Top quality laurel tote, same as original. Comes with dust bag and receipt.");
    // The script's price of 1.00 is never seen: scripts are not run, only JSON-LD read.
    assertThat(l.price()).hasValue(Money.of("39.90", "USD"));
    assertThat(l.seller()).hasValueSatisfying(s -> {
      assertThat(s.id()).isEqualTo("912345678");
      assertThat(s.name()).hasValue("Lux Bags Factory Store");
      assertThat(s.country()).hasValue("CN");
      assertThat(s.address())
          .hasValue("Room 1203, No. 88 Huaqiang Rd., Shenzhen, Guangdong, 518031, CN");
    });
    assertThat(l.shipsFrom()).hasValue("CN");
    assertThat(l.images()).containsExactly("https://ae01.alicdn.com/kf/S1a2b3c4d.jpg",
        "https://ae01.alicdn.com/kf/S5e6f7a8b.jpg");
    assertThat(e.brand()).hasValue("No brand");
    assertThat(e.sourceOf(ExtractedField.TITLE)).hasValue(Source.JSON_LD);
    assertThat(e.sourceOf(ExtractedField.PRICE)).hasValue(Source.JSON_LD);
    assertThat(e.sourceOf(ExtractedField.ID)).hasValue(Source.URL);
    assertThat(e.sourceOf(ExtractedField.MARKETPLACE)).hasValue(Source.URL);
    assertThat(e.sourceOf(ExtractedField.URL)).hasValue(Source.URL);
    assertThat(e.warnings()).isEmpty();
  }

  @Test
  void findsTheProductInAGraphAndHonoursTheCanonicalLink() throws Exception {
    Extraction e = extract("jsonld-graph-ebay.html",
        "https://www.ebay.com/itm/Nordlys-Polar/256123456789?hash=item3b9&_trkparms=x");
    Listing l = e.listing();
    assertThat(l.id()).isEqualTo("256123456789");
    assertThat(l.url()).hasValue("https://www.ebay.com/itm/256123456789");
    assertThat(e.sourceOf(ExtractedField.URL)).hasValue(Source.HTML);
    assertThat(l.title()).isEqualTo("Nordlys Polar Chronograph 42mm Steel Watch - Box & Papers");
    assertThat(l.price()).hasValue(Money.of("1150", "USD"));
    // The amount keeps the digits the page wrote, not 1.15E+3.
    assertThat(MarqueJson.standard().write(l)).contains("\"amount\":1150.00,");
    assertThat(l.seller()).hasValueSatisfying(s -> {
      assertThat(s.id()).isEqualTo("https://www.ebay.com/usr/fjord_timepieces");
      assertThat(s.name()).hasValue("fjord_timepieces");
    });
    assertThat(l.images()).containsExactly("https://i.ebayimg.com/images/g/abcAAOSw/s-l1600.jpg");
    assertThat(e.brand()).hasValue("Nordlys");
  }

  @Test
  void readsATopLevelArrayWithAnAggregateOfferAtItsLowPrice() throws Exception {
    Extraction e = extract("jsonld-array-aggregate-dhgate.html",
        "https://www.dhgate.com/product/k7-wireless-headphones/912345678.html");
    Listing l = e.listing();
    assertThat(l.id()).isEqualTo("912345678");
    assertThat(l.marketplace()).isEqualTo(Marketplace.DHGATE);
    assertThat(l.price()).hasValue(Money.of("18.50", "USD"));
    assertThat(l.seller().map(s -> s.id())).hasValue("shenzhen-audio-wholesale");
    assertThat(l.images()).hasSize(2);
    assertThat(e.brand()).hasValue("OEM");
  }

  @Test
  void readsMicrodataWithNestedOfferAndSellerButNotTheReviewsName() throws Exception {
    Extraction e = extract("microdata-etsy.html",
        "https://www.etsy.com/listing/1234567890/laurel-print-silk-scarf");
    Listing l = e.listing();
    assertThat(l.id()).isEqualTo("1234567890");
    assertThat(l.title()).isEqualTo("Laurel Print Silk Scarf, Hand Rolled Edges, Aurelia Inspired");
    assertThat(l.description()).hasValue(
        "A silk twill scarf with a laurel print inspired by the classics.");
    assertThat(l.price()).hasValue(Money.of("45", "EUR"));
    assertThat(l.seller()).hasValueSatisfying(s -> {
      assertThat(s.id()).isEqualTo("https://www.etsy.com/shop/HandmadeByMira");
      assertThat(s.name()).hasValue("HandmadeByMira");
    });
    assertThat(l.images()).containsExactly("https://www.etsy.com/images/scarf-1.jpg");
    assertThat(e.brand()).hasValue("HandmadeByMira");
    assertThat(e.sourceOf(ExtractedField.TITLE)).hasValue(Source.MICRODATA);
    assertThat(e.sourceOf(ExtractedField.PRICE)).hasValue(Source.MICRODATA);
  }

  @Test
  void readsOpenGraphAndProductMetaTagsAndTakesTheIdFromOgUrl() throws Exception {
    Extraction e = extractor.extract(page("opengraph-shopee.html"));
    Listing l = e.listing();
    assertThat(l.id()).isEqualTo("345678.9876543210");
    assertThat(l.marketplace()).isEqualTo(Marketplace.SHOPEE);
    assertThat(l.url()).hasValue(
        "https://shopee.sg/Kestrel-Audio-K7-Wireless-Headphones-i.345678.9876543210");
    assertThat(l.title()).isEqualTo("Kestrel Audio K7 Wireless Headphones ORIGINAL 100% Authentic");
    assertThat(l.price()).hasValue(Money.of("129", "SGD"));
    assertThat(l.images()).containsExactly(
        "https://down-sg.img.susercontent.com/file/sg-11134207-k7.jpg");
    assertThat(e.brand()).hasValue("Kestrel Audio");
    assertThat(e.sourceOf(ExtractedField.URL)).hasValue(Source.OPEN_GRAPH);
    assertThat(e.sourceOf(ExtractedField.PRICE)).hasValue(Source.OPEN_GRAPH);
    assertThat(e.sourceOf(ExtractedField.BRAND)).hasValue(Source.OPEN_GRAPH);
  }

  @Test
  void readsTheNonStandardOgPriceTags() throws Exception {
    Extraction e = extract("og-price-temu.html",
        "https://www.temu.com/womens-laurel-tote-bag-g-601099512345678.html");
    assertThat(e.listing().id()).isEqualTo("601099512345678");
    assertThat(e.listing().price()).hasValue(Money.of("12.99", "USD"));
    assertThat(e.listing().title()).startsWith("Women's Laurel Pattern Tote Bag");
  }

  @Test
  void fallsBackToH1AndMetaDescriptionAndMakesAnIdFromTheContent() throws Exception {
    Extraction e = extractor.extract(page("fallbacks-only.html"));
    Listing l = e.listing();
    assertThat(l.title()).isEqualTo("Nordlys Fjord 36 — AAA quality");
    assertThat(l.description()).hasValueSatisfying(d -> assertThat(d).contains("AAA replica"));
    assertThat(l.price()).isEmpty();
    assertThat(l.marketplace()).isEqualTo(Marketplace.OTHER);
    assertThat(l.id()).matches("page-[0-9a-f]{16}");
    assertThat(e.sourceOf(ExtractedField.TITLE)).hasValue(Source.HTML);
    assertThat(e.sourceOf(ExtractedField.ID)).isEmpty();
    assertThat(e.warnings()).anySatisfy(w -> assertThat(w).contains("no listing id"));
    // The same page gets the same id every time.
    assertThat(extractor.extract(page("fallbacks-only.html")).listing().id()).isEqualTo(l.id());
  }

  @Test
  void theCanonicalLinkGivesTheAmazonAsinBehindATrackingUrl() throws Exception {
    Extraction e = extract("canonical-amazon.html",
        "https://www.amazon.com/sspa/click?ie=UTF8&spc=MTo0&url=%2Fdp%2FB0CK7K7K7K");
    Listing l = e.listing();
    assertThat(l.id()).isEqualTo("B0CK7K7K7K");
    assertThat(l.url()).hasValue(
        "https://www.amazon.com/Kestrel-Audio-Wireless-Headphones-Black/dp/B0CK7K7K7K");
    assertThat(l.seller().map(s -> s.id())).hasValue("A1KESTRELAUDIO");
  }

  @Test
  void aCanonicalLinkToAnotherMarketplaceIsIgnoredWithAWarning() throws Exception {
    byte[] html = ("<html><head><title>Tote</title><link rel=canonical"
        + " href='https://www.amazon.com/dp/B000000000'></head></html>")
        .getBytes(StandardCharsets.UTF_8);
    Extraction e = extractor.extract(html, "https://www.aliexpress.com/item/1005001.html");
    assertThat(e.listing().marketplace()).isEqualTo(Marketplace.ALIEXPRESS);
    assertThat(e.listing().id()).isEqualTo("1005001");
    assertThat(e.warnings()).anySatisfy(w -> assertThat(w)
        .contains("is on Amazon, not on AliExpress").contains("ignored"));
  }

  @Test
  void whenSourcesDisagreeJsonLdWinsAndTheDisagreementIsReported() throws Exception {
    Extraction e = extract("disagreeing-lazada.html",
        "https://www.lazada.sg/products/aurelia-mini-crossbody-i2345678901-s1234.html");
    assertThat(e.listing().id()).isEqualTo("2345678901");
    assertThat(e.listing().title()).isEqualTo("Aurelia Mini Crossbody Bag");
    assertThat(e.listing().price()).hasValue(Money.of("25", "SGD"));
    assertThat(e.warnings()).anySatisfy(w -> assertThat(w).contains("disagree on the price")
        .contains("JSON-LD says 25 SGD (used)").contains("OpenGraph says 30.00 SGD"));
  }

  @Test
  void malformedHtmlStillYieldsItsListing() throws Exception {
    Extraction e = extractor.extract(page("malformed.html"));
    assertThat(e.listing().title()).isEqualTo("Aurelia Laurel Tote Outlet");
    assertThat(e.listing().price()).hasValue(Money.of("59", "EUR"));
  }

  @Test
  void brokenJsonLdIsAWarningAndTheMetaTagsStandIn() throws Exception {
    Extraction e = extract("broken-jsonld.html", "https://www.ebay.com/itm/256123456780");
    assertThat(e.listing().title()).isEqualTo("Nordlys Polar Chronograph - Outlet");
    assertThat(e.listing().price()).hasValue(Money.of("199.00", "USD"));
    assertThat(e.sourceOf(ExtractedField.TITLE)).hasValue(Source.OPEN_GRAPH);
    assertThat(e.warnings()).singleElement().satisfies(w -> assertThat(w)
        .startsWith("JSON-LD block 1 is not valid JSON").contains("line 4"));
  }

  @Test
  void aProductWithOnlyANameGivesATitleAndNothingMadeUp() throws Exception {
    Extraction e = extract("missing-fields.html", "https://www.wish.com/product/5f1a2b3c4d5e6f7a8b9c0d1e");
    Listing l = e.listing();
    assertThat(l.title()).isEqualTo("Kestrel Buds Pro");
    assertThat(l.id()).isEqualTo("5f1a2b3c4d5e6f7a8b9c0d1e");
    assertThat(l.price()).isEmpty();
    assertThat(l.seller()).isEmpty();
    assertThat(l.description()).isEmpty();
    assertThat(l.images()).isEmpty();
    assertThat(e.sourceOf(ExtractedField.PRICE)).isEmpty();
  }

  @Test
  void absurdPricesAreWarningsAndNoneIsKept() throws Exception {
    Extraction e = extractor.extract(page("absurd-price.html"));
    assertThat(e.listing().price()).isEmpty();
    assertThat(e.warnings()).anySatisfy(w -> assertThat(w).contains("-5.00 is negative"))
        .anySatisfy(w -> assertThat(w).contains("1E+400 is larger than 1000000000"))
        .anySatisfy(w -> assertThat(w).contains("'NaN' is not a number"))
        .anySatisfy(w -> assertThat(w).contains("price is zero"));
  }

  @Test
  void anAbsurdPriceInOneSourceLetsTheNextSourcesPriceStand() throws Exception {
    byte[] html = ("<html><head><title>Watch</title>"
        + "<script type='application/ld+json'>{\"@type\":\"Product\",\"name\":\"Watch\","
        + "\"offers\":{\"price\":\"99999999999\",\"priceCurrency\":\"USD\"}}</script>"
        + "<meta property='product:price:amount' content='1,290.00'>"
        + "<meta property='product:price:currency' content='USD'></head></html>")
        .getBytes(StandardCharsets.UTF_8);
    Extraction e = extractor.extract(html);
    assertThat(e.listing().price()).hasValue(Money.of("1290", "USD"));
    assertThat(e.sourceOf(ExtractedField.PRICE)).hasValue(Source.OPEN_GRAPH);
    assertThat(e.warnings()).anySatisfy(w -> assertThat(w).contains("99999999999"));
  }

  @Test
  void nonHtmlContentIsRejectedSayingWhatItLooksLike() {
    assertThatThrownBy(() -> extractor.extract(page("not-html.png")))
        .isInstanceOf(PageRejectedException.class)
        .hasMessage("content is not HTML: it looks like a PNG image")
        .extracting(t -> ((PageRejectedException) t).reason())
        .isEqualTo(PageRejectedException.Reason.NOT_HTML);
    assertThatThrownBy(() -> extractor.extract(page("not-html.json")))
        .hasMessageContaining("looks like JSON");
    assertThatThrownBy(() -> extractor.extract(page("jsonld-simple-aliexpress.html"), "",
        "application/pdf"))
        .hasMessageContaining("content type 'application/pdf' is not HTML");
    assertThatThrownBy(() -> extractor.extract("just some words".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("no markup");
  }

  @Test
  void aPageWithoutAnyNameIsRejected() {
    assertThatThrownBy(() -> extractor.extract("<html><body><p>hello</p></body></html>"
        .getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(PageRejectedException.class)
        .hasMessageContaining("names no product")
        .extracting(t -> ((PageRejectedException) t).reason())
        .isEqualTo(PageRejectedException.Reason.NO_LISTING);
    assertThatThrownBy(() -> extractor.extract(new byte[0])).hasMessage("page is empty");
  }

  @Test
  void aPageOverTheLimitIsRefusedNamingTheLimit(@TempDir Path dir) throws Exception {
    ListingExtractor small = extractor.withMaxPageBytes(1000);
    byte[] big = ("<html><title>x</title>" + "<p>lorem ipsum</p>".repeat(100) + "</html>")
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> small.extract(big))
        .isInstanceOf(PageRejectedException.class)
        .hasMessage("page is " + big.length + " bytes; the limit is 1000 bytes"
            + " (ListingExtractor.MAX_PAGE_BYTES)");
    Path file = Files.write(dir.resolve("big.html"), big);
    assertThatThrownBy(() -> small.extract(file, ""))
        .hasMessageStartingWith("page is " + big.length + " bytes");
    assertThat(ListingExtractor.MAX_PAGE_BYTES).isEqualTo(16 << 20);
  }

  @Test
  void honoursTheCharsetOfTheContentTypeAndOfTheMetaTag() throws Exception {
    byte[] latin1 = "<html><head><title>Montre Nordlys déstockage</title></head></html>"
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(extractor.extract(latin1, "", "text/html; charset=ISO-8859-1").listing().title())
        .isEqualTo("Montre Nordlys déstockage");
    byte[] gbk = "<html><head><meta charset=\"gbk\"><title>奥蕾莉亚 手提包</title></head></html>"
        .getBytes(java.nio.charset.Charset.forName("GBK"));
    assertThat(extractor.extract(gbk).listing().title()).isEqualTo("奥蕾莉亚 手提包");
  }

  @Test
  void theListingWritesAsAFeedLineThatReadsBack() throws Exception {
    Extraction e = extract("jsonld-simple-aliexpress.html",
        "https://www.aliexpress.com/item/1005006123456789.html");
    String line = MarqueJson.standard().write(e.listing());
    assertThat(line).doesNotContain("\n");
    assertThat(MarqueJson.standard().readListing(line)).isEqualTo(e.listing());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "https://www.aliexpress.com/item/1005006123456789.html, ALIEXPRESS, 1005006123456789",
      "https://m.aliexpress.us/item/1005006123456789.html?gatewayAdapt=glo2usa, ALIEXPRESS, 1005006123456789",
      "https://www.amazon.co.uk/Aurelia-Laurel-Tote/dp/B0AURELIA1/ref=sr_1_1, AMAZON, B0AURELIA1",
      "https://www.amazon.de/gp/product/B0NORDLYS2?th=1, AMAZON, B0NORDLYS2",
      "https://www.ebay.com/itm/256123456789, EBAY, 256123456789",
      "https://www.ebay.co.uk/itm/Nordlys-Polar-Watch/256123456789?hash=x, EBAY, 256123456789",
      "https://www.alibaba.com/product-detail/Leather-Tote-Bag_1600123456789.html, ALIBABA, 1600123456789",
      "https://item.taobao.com/item.htm?spm=a1z10&id=681234567890, TAOBAO, 681234567890",
      "https://detail.tmall.com/item.htm?id=681234567891&skuId=1, TMALL, 681234567891",
      "https://detail.1688.com/offer/681234567892.html, ALI1688, 681234567892",
      "https://www.dhgate.com/product/k7-headphones/912345678.html, DHGATE, 912345678",
      "https://www.temu.com/laurel-tote-g-601099512345678.html, TEMU, 601099512345678",
      "https://www.temu.com/goods.html?goods_id=601099512345679, TEMU, 601099512345679",
      "https://shopee.co.id/Tas-Aurelia-i.345678.9876543210, SHOPEE, 345678.9876543210",
      "https://shopee.sg/product/345678/9876543211, SHOPEE, 345678.9876543211",
      "https://www.lazada.com.my/products/aurelia-tote-i2345678901-s1234.html, LAZADA, 2345678901",
      "https://www.etsy.com/listing/1234567890/laurel-scarf, ETSY, 1234567890",
      "https://articulo.mercadolibre.com.ar/MLA-1234567890-reloj-nordlys-_JM, MERCADO_LIBRE, MLA1234567890",
      "https://www.mercadolivre.com.br/p/MLB12345678, MERCADO_LIBRE, MLB12345678",
  })
  void takesTheMarketplaceAndListingIdFromTheUrl(String url, Marketplace marketplace, String id)
      throws Exception {
    Extraction e = extractor.extract("<title>A listing</title>".getBytes(StandardCharsets.UTF_8),
        url);
    assertThat(e.listing().marketplace()).isEqualTo(marketplace);
    assertThat(e.listing().id()).isEqualTo(id);
    assertThat(e.sourceOf(ExtractedField.ID)).hasValue(Source.URL);
  }

  @Test
  void aSkuStandsInForTheIdWhenTheUrlHasNone() throws Exception {
    Extraction e = extractor.extract(page("jsonld-simple-aliexpress.html"),
        "https://shop.example/products/laurel-tote");
    assertThat(e.listing().id()).isEqualTo("LT-2291");
    assertThat(e.sourceOf(ExtractedField.ID)).hasValue(Source.JSON_LD);
    assertThat(e.listing().marketplace()).isEqualTo(Marketplace.OTHER);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "25            | USD | 25",
      "'1,299.00'    | USD | 1299.00",
      "'1.299,00 €'  | ''  | 1299.00",
      "'25,99'       | EUR | 25.99",
      "'US $39.90'   | ''  | 39.90",
      "'1 234,50'    | EUR | 1234.50",
      "'¥ 268'       | ''  | 268",
  })
  void readsPricesAsShopsWriteThem(String amount, String currency, String expected)
      throws Exception {
    byte[] html = ("<html><head><title>Bag</title><meta property='product:price:amount' content='"
        + amount + "'><meta property='product:price:currency' content='" + currency + "'>"
        + "</head></html>").getBytes(StandardCharsets.UTF_8);
    Extraction e = extractor.extract(html);
    assertThat(e.listing().price()).isPresent();
    assertThat(e.listing().price().get().amount()).isEqualByComparingTo(expected);
    assertThat(e.warnings()).noneMatch(w -> w.contains("price"));
  }
}
