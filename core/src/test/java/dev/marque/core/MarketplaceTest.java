package dev.marque.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MarketplaceTest {

  @ParameterizedTest
  @CsvSource({
      "https://www.aliexpress.com/item/1005006123456789.html, ALIEXPRESS",
      "https://m.aliexpress.us/item/1005.html, ALIEXPRESS",
      "https://item.taobao.com/item.htm?id=681234567890, TAOBAO",
      "https://detail.tmall.com/item.htm?id=681234567890, TMALL",
      "https://detail.1688.com/offer/712345678901.html, ALI1688",
      "https://www.alibaba.com/product-detail/Bag_1600123456789.html, ALIBABA",
      "https://www.amazon.co.uk/dp/B0C1234567, AMAZON",
      "https://amzn.to/3xYz, AMAZON",
      "https://www.ebay.de/itm/123456789012, EBAY",
      "https://www.dhgate.com/product/bag/912345678.html, DHGATE",
      "https://www.temu.com/goods.html?goods_id=601099512345678, TEMU",
      "https://shopee.co.id/product/123/456, SHOPEE",
      "https://www.lazada.com.my/products/i123-s456.html, LAZADA",
      "https://www.wish.com/product/5f1, WISH",
      "https://articulo.mercadolibre.com.mx/MLM-123-bolso, MERCADO_LIBRE",
      "https://produto.mercadolivre.com.br/MLB-123, MERCADO_LIBRE",
      "https://www.etsy.com/listing/123456/tote, ETSY",
      "https://shop.example.org/tote, OTHER",
      "https://notaliexpress.com/item/1.html, OTHER",
      "not a url at all, OTHER"
  })
  void aUrlTellsItsMarketplace(String url, Marketplace expected) {
    assertThat(Marketplace.fromUrl(url)).isEqualTo(expected);
  }

  @Test
  void namesAreReadInAnyCaseAndSpelling() {
    assertThat(Marketplace.parse("aliexpress")).isEqualTo(Marketplace.ALIEXPRESS);
    assertThat(Marketplace.parse("Mercado Libre")).isEqualTo(Marketplace.MERCADO_LIBRE);
    assertThat(Marketplace.parse("alibaba.com")).isEqualTo(Marketplace.ALIBABA);
    assertThat(Marketplace.parse("1688")).isEqualTo(Marketplace.ALI1688);
    assertThat(Marketplace.parse("eBay")).isEqualTo(Marketplace.EBAY);
    assertThat(Marketplace.parse("EBAY")).isEqualTo(Marketplace.EBAY);
    assertThat(Marketplace.parse("MERCADO_LIBRE")).isEqualTo(Marketplace.MERCADO_LIBRE);
    assertThatThrownBy(() -> Marketplace.parse("Bazaar"))
        .hasMessageStartingWith("'Bazaar' is not a known marketplace; use one of [ALIBABA,");
  }

  @Test
  void theAlibabaGroupIsServedByOnePortal() {
    assertThat(Marketplace.TAOBAO.isAlibabaGroup()).isTrue();
    assertThat(Marketplace.LAZADA.isAlibabaGroup()).isTrue();
    assertThat(Marketplace.AMAZON.isAlibabaGroup()).isFalse();
  }
}
