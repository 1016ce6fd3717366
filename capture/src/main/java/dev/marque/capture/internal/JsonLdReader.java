package dev.marque.capture.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads schema.org {@code Product} data from a page's JSON-LD blocks: top-level objects, arrays,
 * {@code @graph}, a product as {@code mainEntity}, nested {@code brand}, {@code offers} (one, many,
 * or an {@code AggregateOffer} with {@code lowPrice}) and {@code seller}. Jackson is confined here.
 */
public final class JsonLdReader {

  /** The longest JSON-LD block read, in characters; a longer one is skipped with a warning. */
  public static final int MAX_BLOCK_CHARS = 2 << 20;

  /** The deepest nesting searched for a product. */
  static final int MAX_DEPTH = 16;

  private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(64).maxStringLength(MAX_BLOCK_CHARS).build())
          .build())
      // Shops hand-write JSON-LD; forgive what browsers and search engines forgive.
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      // 1e400 must stay a (huge, rejected) price, not become Infinity.
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private JsonLdReader() {}

  /** The first product the page's JSON-LD describes, or empty; problems become warnings. */
  public static Optional<PageData> read(Document doc, List<String> warnings) {
    List<JsonNode> products = new ArrayList<>();
    int block = 0;
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      block++;
      String json = script.data();
      if (json.length() > MAX_BLOCK_CHARS) {
        warnings.add("JSON-LD block " + block + " is " + json.length()
            + " characters long; the limit is " + MAX_BLOCK_CHARS + "; skipped");
        continue;
      }
      if (json.isBlank()) {
        continue;
      }
      JsonNode tree;
      try {
        tree = MAPPER.readTree(stripCdata(json));
      } catch (JsonProcessingException e) {
        warnings.add("JSON-LD block " + block + " is not valid JSON (" + e.getOriginalMessage()
            + " at line " + e.getLocation().getLineNr() + ", column "
            + e.getLocation().getColumnNr() + "); skipped");
        continue;
      }
      collectProducts(tree, products, 0);
    }
    if (products.isEmpty()) {
      return Optional.empty();
    }
    if (products.size() > 1) {
      warnings.add("JSON-LD describes " + products.size() + " products; the first was used");
    }
    return Optional.of(toPageData(products.get(0), doc.location(), warnings));
  }

  /** The JSON inside an HTML comment or CDATA wrapper; line numbers stay those of the block. */
  private static String stripCdata(String json) {
    String s = json.strip();
    if (!s.startsWith("<!--") && !s.startsWith("<![CDATA[") && !s.startsWith("//<![CDATA[")) {
      return json;
    }
    if (s.startsWith("<!--")) {
      s = s.substring(4);
    }
    if (s.endsWith("-->")) {
      s = s.substring(0, s.length() - 3);
    }
    s = s.strip();
    if (s.startsWith("//<![CDATA[") || s.startsWith("<![CDATA[")) {
      s = s.substring(s.indexOf("[CDATA[") + 7);
      int end = s.lastIndexOf("]]>");
      if (end >= 0) {
        s = s.substring(0, end).replaceAll("//\\s*$", "");
      }
    }
    return s;
  }

  private static void collectProducts(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > MAX_DEPTH) {
      return;
    }
    if (node.isArray()) {
      node.forEach(child -> collectProducts(child, out, depth + 1));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (hasType(node, "Product") || hasType(node, "IndividualProduct")
        || hasType(node, "ProductModel") || hasType(node, "ProductGroup")) {
      out.add(node);
      return;
    }
    // Where pages nest their product: a graph, a page's main entity, an offer's item.
    collectProducts(node.get("@graph"), out, depth + 1);
    collectProducts(node.get("mainEntity"), out, depth + 1);
    collectProducts(node.get("itemOffered"), out, depth + 1);
  }

  private static boolean hasType(JsonNode node, String type) {
    JsonNode t = node.get("@type");
    if (t == null) {
      return false;
    }
    if (t.isArray()) {
      for (JsonNode each : t) {
        if (typeIs(each, type)) {
          return true;
        }
      }
      return false;
    }
    return typeIs(t, type);
  }

  private static boolean typeIs(JsonNode t, String type) {
    String s = t.asText("");
    return s.equalsIgnoreCase(type) || s.toLowerCase(Locale.ROOT)
        .endsWith("schema.org/" + type.toLowerCase(Locale.ROOT));
  }

  private static PageData toPageData(JsonNode product, String base, List<String> warnings) {
    PageData d = new PageData();
    d.title = text(product.get("name"));
    d.description = text(product.get("description"));
    d.id = Texts.first(text(product.get("productID")), text(product.get("sku")));
    d.url = text(product.get("url"));
    d.brand = nameOf(product.get("brand"));
    images(product.get("image"), base, d.images, 0);
    List<JsonNode> offers = new ArrayList<>();
    collectOffers(product.get("offers"), offers, 0);
    for (JsonNode offer : offers) {
      JsonNode spec = offer.path("priceSpecification");
      if (spec.isArray()) {
        spec = spec.path(0);
      }
      String currency = Texts.first(text(offer.get("priceCurrency")),
          text(spec.get("priceCurrency")));
      String amount = Texts.first(text(offer.get("price")), text(offer.get("lowPrice")));
      amount = Texts.first(amount, text(spec.get("price")));
      if (amount != null) {
        d.prices.add(new PageData.RawPrice(amount, currency == null ? "" : currency));
      }
      JsonNode seller = offer.get("seller");
      if (seller != null && d.sellerName == null && d.sellerId == null) {
        seller(seller, d);
      }
      if (d.shipsFrom == null) {
        d.shipsFrom = shipsFrom(offer);
      }
    }
    if (d.sellerName == null && d.sellerId == null && product.has("seller")) {
      seller(product.get("seller"), d);
    }
    if (offers.size() > 1) {
      // Several offers (sizes, colours) are one listing; the first priced one stands for it.
      warnings.add("JSON-LD product has " + offers.size()
          + " offers; the first priced one was used");
    }
    return d;
  }

  private static void collectOffers(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > MAX_DEPTH) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collectOffers(n, out, depth + 1));
    } else if (node.isObject()) {
      if (node.has("price") || node.has("lowPrice") || node.has("priceSpecification")) {
        out.add(node);
      } else if (node.has("offers")) {
        collectOffers(node.get("offers"), out, depth + 1);
      } else if (node.has("seller")) {
        out.add(node);
      }
    }
  }

  private static void seller(JsonNode seller, PageData d) {
    if (seller.isArray()) {
      seller = seller.path(0);
    }
    if (seller.isTextual()) {
      d.sellerName = Texts.clean(seller.asText());
      return;
    }
    d.sellerName = text(seller.get("name"));
    d.sellerId = Texts.first(text(seller.get("identifier")),
        Texts.first(text(seller.get("@id")), text(seller.get("url"))));
    JsonNode address = seller.path("address");
    if (address.isArray()) {
      address = address.path(0);
    }
    if (address.isTextual()) {
      d.sellerCountry = Texts.clean(address.asText());
      d.sellerAddress = d.sellerCountry;
    } else {
      d.sellerCountry = nameOf(address.get("addressCountry"));
      d.sellerAddress = postalAddress(address);
    }
  }

  /** A schema.org PostalAddress as one line: street, place, region, postcode, country. */
  private static String postalAddress(JsonNode address) {
    List<String> parts = new ArrayList<>();
    for (String field : List.of("streetAddress", "addressLocality", "addressRegion", "postalCode")) {
      String part = text(address.get(field));
      if (part != null) {
        parts.add(part);
      }
    }
    String country = nameOf(address.get("addressCountry"));
    if (parts.isEmpty()) {
      return null; // a country alone is the seller's country, not an address
    }
    if (country != null) {
      parts.add(country);
    }
    return String.join(", ", parts);
  }

  private static String shipsFrom(JsonNode offer) {
    JsonNode details = offer.path("shippingDetails");
    if (details.isArray()) {
      details = details.path(0);
    }
    JsonNode origin = details.path("shippingOrigin");
    String country = nameOf(origin.get("addressCountry"));
    return Texts.first(country, text(origin.get("addressRegion")));
  }

  private static void images(JsonNode node, String base, List<String> out, int depth) {
    if (node == null || depth > 3) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> images(n, base, out, depth + 1));
    } else if (node.isTextual()) {
      Texts.absoluteHttpUrl(node.asText(), base).ifPresent(out::add);
    } else if (node.isObject()) {
      images(Optional.ofNullable(node.get("url")).orElse(node.get("contentUrl")), base, out,
          depth + 1);
    }
  }

  /** A name given as a string, an object with {@code name}, or an array of either. */
  private static String nameOf(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : nameOf(node.get(0));
    }
    if (node.isObject()) {
      return text(node.get("name"));
    }
    return text(node);
  }

  /** A scalar's text: strings as given, numbers in plain notation; null for anything else. */
  private static String text(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray() && !node.isEmpty()) {
      return text(node.get(0));
    }
    if (node.isNumber()) {
      return node.isIntegralNumber() ? node.bigIntegerValue().toString()
          : node.decimalValue().toString();
    }
    return node.isTextual() ? Texts.clean(node.asText()) : null;
  }
}
