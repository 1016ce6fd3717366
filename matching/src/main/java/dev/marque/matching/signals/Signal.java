package dev.marque.matching.signals;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.matching.signals.Messages.clip;
import static dev.marque.matching.signals.Messages.concat;
import static dev.marque.matching.signals.Messages.fieldBits;
import static dev.marque.matching.signals.Messages.fieldName;
import static dev.marque.matching.signals.Messages.fieldNames;
import static dev.marque.matching.signals.Messages.fourDecimals;
import static dev.marque.matching.signals.Messages.percent;
import static dev.marque.matching.signals.Messages.wholeIfWhole;
import static dev.marque.matching.signals.SignalChecks.notBlank;

import dev.marque.core.BrandMention;
import dev.marque.core.ListingField;
import dev.marque.core.Marketplace;
import dev.marque.core.MatchMethod;
import dev.marque.core.Money;
import dev.marque.core.Reason;
import dev.marque.core.ReasonCode;
import dev.marque.core.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
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
        Signal.Compatibility, Signal.NoExchangeRate {

  /**
   * The code of this signal's reason, to switch on: each kind of signal gives one.
   *
   * @return the code, such as {@link ReasonCode#PRICE_ANOMALY}
   */
  ReasonCode code();

  /** {@return the portfolio's name of the brand the signal is about} */
  String brand();

  /** {@return the signal in words, with its evidence} */
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
    public ReasonCode code() {
      return ReasonCode.BRAND_MENTION;
    }

    /**
     * Checks the brand and at least one mention are present.
     *
     * @param brand the brand
     * @param mentions where it is mentioned, in order of appearance; not empty
     */
    public Mention {
      brand = notBlank(brand, "brand");
      mentions = copy(mentions, "mentions");
      if (mentions.isEmpty()) {
        throw new IllegalArgumentException("mentions must not be empty");
      }
    }

    /** {@return the fields the brand is mentioned in, in the order of {@link ListingField}} */
    public List<ListingField> fields() {
      int fields = fieldBits(mentions);
      List<ListingField> list = new ArrayList<>(Integer.bitCount(fields));
      for (ListingField f : ListingField.values()) {
        if ((fields & (1 << f.ordinal())) != 0) {
          list.add(f);
        }
      }
      return Collections.unmodifiableList(list);
    }

    @Override
    public Reason reason() {
      Span[] spans = new Span[mentions.size()];
      for (int i = 0; i < spans.length; i++) {
        spans[i] = Span.of(mentions.get(i));
      }
      return new Reason(ReasonCode.BRAND_MENTION, concat("Names ", brand, " in the ",
          fieldNames(mentions), " ('", clip(mentions.get(0).matched()), "')"),
          List.of(spans), Map.of("brand", brand, "mentions", Integer.toString(spans.length)));
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
    public ReasonCode code() {
      return ReasonCode.DISGUISED_BRAND;
    }

    /**
     * Checks the mention is a disguise.
     *
     * @param mention the disguised mention; its method {@linkplain MatchMethod#isDisguise() is a
     *     disguise}
     */
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
      return new Reason(ReasonCode.DISGUISED_BRAND, concat(mention.brand(), " is disguised in the ",
          fieldName(mention.field()), " as '", clip(mention.matched()), "' ", how,
          ": honest sellers do not hide the brand they sell"),
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
    public ReasonCode code() {
      return ReasonCode.CUE_WORD;
    }

    /**
     * Checks every part is present.
     *
     * @param brand the brand it is weighed against
     * @param hit the cue word and where it is
     * @param near whether it stands near a mention of the brand in the same field
     */
    public CueWord {
      brand = notBlank(brand, "brand");
      notNull(hit, "hit");
    }

    @Override
    public Reason reason() {
      return new Reason(ReasonCode.CUE_WORD, concat("The ", fieldName(hit.field()), " says '",
          clip(hit.span().text()), "', a counterfeit cue word", near ? ", next to " : "",
          near ? brand : ""),
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
    public ReasonCode code() {
      return ReasonCode.PRICE_ANOMALY;
    }

    /**
     * Checks every part is present and the ratio is not negative.
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
      String priceText = price.toString();
      String comparedText = comparedPrice == price ? priceText : comparedPrice.toString();
      String msrpText = msrp.toString();
      StringBuilder message = new StringBuilder(160).append(wholeIfWhole(priceText));
      if (!price.currency().equals(comparedPrice.currency())) {
        message.append(" (").append(wholeIfWhole(comparedText)).append(')');
      }
      message.append(" is ").append(percent(ratio)).append(" of ");
      if (productNamed) {
        message.append("the ").append(wholeIfWhole(msrpText)).append(" MSRP of ").append(product);
      } else {
        message.append(wholeIfWhole(msrpText)).append(", the lowest MSRP of any ").append(brand)
            .append(" product (").append(product).append(')');
      }
      return new Reason(ReasonCode.PRICE_ANOMALY, message.toString(), List.of(),
          Map.of("brand", brand, "price", priceText, "comparedPrice", comparedText,
              "msrp", msrpText, "product", product,
              "productNamed", Boolean.toString(productNamed), "ratio", fourDecimals(ratio)));
    }
  }

  /**
   * A price that could not be compared with the brand's MSRPs because no exchange rate reaches
   * their currency: a note for the reader that the price was not judged, weighing nothing. Give
   * the assessor rates ({@code AssessorConfig.builder().rates(...)}) to compare it.
   *
   * @param brand the brand
   * @param price the listing's price
   * @param msrpCurrencies the currencies of the brand's MSRPs, none of which the rates reach
   */
  record NoExchangeRate(String brand, Money price, List<Currency> msrpCurrencies)
      implements Signal {
    @Override
    public ReasonCode code() {
      return ReasonCode.NO_EXCHANGE_RATE;
    }

    /**
     * Checks every part is present and there is at least one currency.
     *
     * @param brand the brand
     * @param price the listing's price
     * @param msrpCurrencies the currencies of the brand's MSRPs, none of which the rates reach
     */
    public NoExchangeRate {
      brand = notBlank(brand, "brand");
      notNull(price, "price");
      msrpCurrencies = copy(msrpCurrencies, "msrpCurrencies");
      if (msrpCurrencies.isEmpty()) {
        throw new IllegalArgumentException("msrpCurrencies must not be empty");
      }
    }

    @Override
    public Reason reason() {
      StringBuilder codes = new StringBuilder();
      for (Currency c : msrpCurrencies) {
        codes.append(codes.length() == 0 ? "" : ", ").append(c.getCurrencyCode());
      }
      String priceText = wholeIfWhole(price.toString());
      return new Reason(ReasonCode.NO_EXCHANGE_RATE, concat("The price ", priceText,
          " was not compared with the MSRPs of ", brand, " (", codes.toString(),
          "): no exchange rate from ", price.currencyCode()), List.of(),
          Map.of("brand", brand, "price", priceText, "msrpCurrencies", codes.toString()));
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
    public ReasonCode code() {
      return ReasonCode.AUTHORIZED_SELLER;
    }

    /**
     * Checks every part is present.
     *
     * @param brand the brand
     * @param marketplace the marketplace
     * @param sellerId the seller's id
     */
    public Authorized {
      brand = notBlank(brand, "brand");
      notNull(marketplace, "marketplace");
      sellerId = notBlank(sellerId, "sellerId");
    }

    @Override
    public Reason reason() {
      String message = concat("Seller ", sellerId, " is an authorised ", brand, " seller on ",
          marketplace.displayName());
      return new Reason(ReasonCode.AUTHORIZED_SELLER, message, List.of(),
          Map.of("brand", brand, "marketplace", marketplace.name(), "sellerId", sellerId));
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
    public ReasonCode code() {
      return ReasonCode.COMPATIBILITY_USE;
    }

    /**
     * Checks every part is present.
     *
     * @param brand the brand
     * @param phrase the compatibility phrase and where it is
     * @param mention the mention it stands before
     */
    public Compatibility {
      brand = notBlank(brand, "brand");
      notNull(phrase, "phrase");
      notNull(mention, "mention");
    }

    @Override
    public Reason reason() {
      return new Reason(ReasonCode.COMPATIBILITY_USE, concat("'", clip(phrase.span().text()), " ",
          clip(mention.matched()), "' in the ", fieldName(mention.field()), " names ", brand,
          " as what an accessory or spare part fits (nominative use)"),
          List.of(phrase.span(), Span.of(mention)),
          Map.of("brand", brand, "phrase", phrase.phrase()));
    }
  }
}
