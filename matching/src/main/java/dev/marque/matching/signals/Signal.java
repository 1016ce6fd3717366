package dev.marque.matching.signals;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.BrandMention;
import dev.marque.core.ListingField;
import dev.marque.core.Marketplace;
import dev.marque.core.MatchMethod;
import dev.marque.core.Money;
import dev.marque.core.Reason;
import dev.marque.core.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One sign, for or against a counterfeit, found in a listing about one brand. The family is closed
 * so that the assessor weighs every kind; each explains itself as a {@link Reason} whose code is
 * stable and whose message a brand manager can act on and a lawyer can quote.
 *
 * @since 0.1.0
 */
public sealed interface Signal
    permits Signal.Mention, Signal.Disguise, Signal.CueWord, Signal.LowPrice, Signal.Authorized,
        Signal.Compatibility {

  /** The kinds of signal, each with the stable code of its reasons. */
  enum Kind {
    /** {@link Mention}: the brand is named. */
    MENTION("BRAND_MENTION"),
    /** {@link Disguise}: the brand is disguised. */
    DISGUISE("DISGUISED_BRAND"),
    /** {@link CueWord}: a counterfeit cue word. */
    CUE_WORD("CUE_WORD"),
    /** {@link LowPrice}: a price far below the MSRP. */
    LOW_PRICE("PRICE_ANOMALY"),
    /** {@link Authorized}: an authorised seller. */
    AUTHORIZED("AUTHORIZED_SELLER"),
    /** {@link Compatibility}: an accessory naming what it fits. */
    COMPATIBILITY("COMPATIBILITY_USE");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** The code of the reasons of this kind, such as {@code PRICE_ANOMALY}. */
    public String code() {
      return code;
    }
  }

  /** The kind of signal, to switch on. */
  Kind kind();

  /** The portfolio's name of the brand the signal is about. */
  String brand();

  /** The signal in words, with its evidence. */
  Reason reason();

  /**
   * The brand is mentioned: the precondition of every other sign, and on its own no sign of a
   * counterfeit at all.
   *
   * @param brand the brand
   * @param mentions where it is mentioned, in order of appearance; not empty
   */
  record Mention(String brand, List<BrandMention> mentions) implements Signal {
    @Override
    public Kind kind() {
      return Kind.MENTION;
    }

    /** Checks the brand and at least one mention are present. */
    public Mention {
      brand = notBlank(brand, "brand");
      mentions = copy(mentions, "mentions");
      if (mentions.isEmpty()) {
        throw new IllegalArgumentException("mentions must not be empty");
      }
    }

    /** The fields the brand is mentioned in, in the order of {@link ListingField}. */
    public List<ListingField> fields() {
      return mentions.stream().map(BrandMention::field).distinct().sorted().toList();
    }

    @Override
    public Reason reason() {
      BrandMention first = mentions.get(0);
      String where = String.join(" and ", fields().stream().map(Signal::fieldName).toList());
      Map<String, String> facts = new LinkedHashMap<>();
      facts.put("brand", brand);
      facts.put("mentions", Integer.toString(mentions.size()));
      return new Reason(Kind.MENTION.code(), "Names " + brand + " in the " + where + " ('"
          + clip(first.matched()) + "')", mentions.stream().map(Span::of).toList(), facts);
    }
  }

  /**
   * The brand is written so that a keyword filter misses it and a buyer still reads it: honest
   * sellers do not disguise the brand they sell.
   *
   * @param mention the disguised mention; its method {@linkplain MatchMethod#isDisguise() is a
   *     disguise}
   */
  record Disguise(BrandMention mention) implements Signal {
    @Override
    public Kind kind() {
      return Kind.DISGUISE;
    }

    /** Checks the mention is a disguise. */
    public Disguise {
      notNull(mention, "mention");
      if (!mention.method().isDisguise()) {
        throw new IllegalArgumentException("mention is not disguised: " + mention.method());
      }
    }

    @Override
    public String brand() {
      return mention.brand();
    }

    @Override
    public Reason reason() {
      String how = switch (mention.method()) {
        case CONFUSABLE -> "with lookalike letters from other scripts";
        case LEET -> "with digits or symbols for letters";
        case SEPARATED -> "with its letters split apart";
        case MASKED -> "with letters masked";
        case EXACT, CASE, FUZZY, JOINED, ALIAS -> "in another form";
      };
      return new Reason(Kind.DISGUISE.code(), mention.brand() + " is disguised in the "
          + fieldName(mention.field()) + " as '" + clip(mention.matched()) + "' " + how
          + ": honest sellers do not hide the brand they sell",
          List.of(Span.of(mention)), Map.of("brand", mention.brand(),
              "method", mention.method().name()));
    }
  }

  /**
   * A counterfeit cue word, such as {@code replica}, {@code 1:1} or {@code 高仿}.
   *
   * @param brand the brand it is weighed against
   * @param hit the cue word and where it is
   * @param near whether it stands near a mention of the brand in the same field
   */
  record CueWord(String brand, PhraseHit hit, boolean near) implements Signal {
    @Override
    public Kind kind() {
      return Kind.CUE_WORD;
    }

    /** Checks every part is present. */
    public CueWord {
      brand = notBlank(brand, "brand");
      notNull(hit, "hit");
    }

    @Override
    public Reason reason() {
      return new Reason(Kind.CUE_WORD.code(), "The " + fieldName(hit.field()) + " says '"
          + clip(hit.span().text()) + "', a counterfeit cue word"
          + (near ? ", next to " + brand : ""),
          List.of(hit.span()), Map.of("brand", brand, "cue", hit.phrase(),
              "language", hit.language(), "near", Boolean.toString(near)));
    }
  }

  /**
   * A price far below the brand's own: genuine goods are rarely sold for a fraction of their MSRP.
   *
   * @param brand the brand
   * @param price the listing's price
   * @param comparedPrice the price in the MSRP's currency; the price itself when they share one
   * @param msrp the MSRP compared with
   * @param product the product whose MSRP it is
   * @param productNamed whether the listing names that product (by name, SKU or GTIN); otherwise
   *     it is the brand's cheapest product
   * @param ratio the compared price divided by the MSRP
   */
  record LowPrice(String brand, Money price, Money comparedPrice, Money msrp, String product,
      boolean productNamed, double ratio) implements Signal {
    @Override
    public Kind kind() {
      return Kind.LOW_PRICE;
    }

    /** Checks every part is present and the ratio is not negative. */
    public LowPrice {
      brand = notBlank(brand, "brand");
      notNull(price, "price");
      notNull(comparedPrice, "comparedPrice");
      notNull(msrp, "msrp");
      product = notBlank(product, "product");
      if (!(ratio >= 0.0)) {
        throw new IllegalArgumentException("ratio must not be negative: " + ratio);
      }
    }

    @Override
    public Reason reason() {
      String shown = format(price) + (price.currency().equals(comparedPrice.currency()) ? ""
          : " (" + format(comparedPrice) + ")");
      String against = productNamed
          ? "the " + format(msrp) + " MSRP of " + product
          : format(msrp) + ", the lowest MSRP of any " + brand + " product (" + product + ")";
      Map<String, String> facts = new LinkedHashMap<>();
      facts.put("brand", brand);
      facts.put("price", price.toString());
      facts.put("comparedPrice", comparedPrice.toString());
      facts.put("msrp", msrp.toString());
      facts.put("product", product);
      facts.put("productNamed", Boolean.toString(productNamed));
      facts.put("ratio", BigDecimal.valueOf(ratio).setScale(4, RoundingMode.HALF_UP)
          .stripTrailingZeros().toPlainString());
      return new Reason(Kind.LOW_PRICE.code(), shown + " is " + percent(ratio) + " of " + against,
          List.of(), facts);
    }
  }

  /**
   * The seller is on the brand's list of authorised sellers for the listing's marketplace: the
   * listing is taken as genuine, whatever else it says.
   *
   * @param brand the brand
   * @param marketplace the marketplace
   * @param sellerId the seller's id
   */
  record Authorized(String brand, Marketplace marketplace, String sellerId) implements Signal {
    @Override
    public Kind kind() {
      return Kind.AUTHORIZED;
    }

    /** Checks every part is present. */
    public Authorized {
      brand = notBlank(brand, "brand");
      notNull(marketplace, "marketplace");
      sellerId = notBlank(sellerId, "sellerId");
    }

    @Override
    public Reason reason() {
      return new Reason(Kind.AUTHORIZED.code(), "Seller " + sellerId + " is an authorised " + brand
          + " seller on " + marketplace.displayName(), List.of(), Map.of("brand", brand,
              "marketplace", marketplace.name(), "sellerId", sellerId));
    }
  }

  /**
   * Compatibility wording just before the brand, such as {@code case for} or
   * {@code compatible with}: an accessory or spare part naming the product it fits, which the law
   * allows (nominative use).
   *
   * @param brand the brand
   * @param phrase the compatibility phrase and where it is
   * @param mention the mention it stands before
   */
  record Compatibility(String brand, PhraseHit phrase, BrandMention mention) implements Signal {
    @Override
    public Kind kind() {
      return Kind.COMPATIBILITY;
    }

    /** Checks every part is present. */
    public Compatibility {
      brand = notBlank(brand, "brand");
      notNull(phrase, "phrase");
      notNull(mention, "mention");
    }

    @Override
    public Reason reason() {
      return new Reason(Kind.COMPATIBILITY.code(), "'" + clip(phrase.span().text()) + " "
          + clip(mention.matched()) + "' in the " + fieldName(mention.field())
          + " names " + brand + " as what an accessory or spare part fits (nominative use)",
          List.of(phrase.span(), Span.of(mention)),
          Map.of("brand", brand, "phrase", phrase.phrase()));
    }
  }

  /** The field's name as a message says it: {@code title}, {@code seller name}. */
  static String fieldName(ListingField field) {
    return switch (field) {
      case TITLE -> "title";
      case DESCRIPTION -> "description";
      case SELLER_NAME -> "seller name";
      case URL -> "URL";
    };
  }

  /** Money as a person writes it: {@code 25 USD}, {@code 19.99 EUR}. */
  static String format(Money money) {
    BigDecimal amount = money.amount();
    BigDecimal whole = amount.stripTrailingZeros();
    String text = whole.scale() <= 0 ? whole.toPlainString() : amount.toPlainString();
    return text + " " + money.currencyCode();
  }

  /** A ratio as a percentage: whole percent from 1%, one decimal below it. */
  static String percent(double ratio) {
    double p = ratio * 100.0;
    if (p >= 1.0 || p == 0.0) {
      return Math.round(p) + "%";
    }
    return String.format(Locale.ROOT, "%.1f%%", p);
  }

  /** The maximum characters of listing text a message quotes. */
  int MAX_QUOTE_CHARS = 60;

  /** Listing text short enough to quote in a one-line message, on one line. */
  static String clip(String text) {
    StringBuilder line = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n' || c == '\t') {
        if (line == null) {
          line = new StringBuilder(text.length()).append(text, 0, i);
        }
        if (line.length() == 0 || line.charAt(line.length() - 1) != ' ') {
          line.append(' ');
        }
      } else if (line != null) {
        line.append(c);
      }
    }
    String one = (line == null ? text : line.toString()).strip();
    return one.length() <= MAX_QUOTE_CHARS ? one
        : one.substring(0, MAX_QUOTE_CHARS - 1) + "\u2026";
  }
}
