package dev.marque.matching.signals;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.matching.signals.SignalChecks.notBlank;

import dev.marque.core.BrandMention;
import dev.marque.core.ListingField;
import dev.marque.core.Marketplace;
import dev.marque.core.MatchMethod;
import dev.marque.core.Money;
import dev.marque.core.Reason;
import dev.marque.core.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
      return new Reason(Kind.MENTION.code(), concat("Names ", brand, " in the ",
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
      return new Reason(Kind.DISGUISE.code(), concat(mention.brand(), " is disguised in the ",
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
      return new Reason(Kind.CUE_WORD.code(), concat("The ", fieldName(hit.field()), " says '",
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
      return new Reason(Kind.LOW_PRICE.code(), message.toString(), List.of(),
          Map.of("brand", brand, "price", priceText, "comparedPrice", comparedText,
              "msrp", msrpText, "product", product,
              "productNamed", Boolean.toString(productNamed), "ratio", fourDecimals(ratio)));
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
      return new Reason(Kind.AUTHORIZED.code(), concat("Seller ", sellerId, " is an authorised ",
          brand, " seller on ", marketplace.displayName()), List.of(), Map.of("brand", brand,
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
      return new Reason(Kind.COMPATIBILITY.code(), concat("'", clip(phrase.span().text()), " ",
          clip(mention.matched()), "' in the ", fieldName(mention.field()), " names ", brand,
          " as what an accessory or spare part fits (nominative use)"),
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
    return wholeIfWhole(money.toString());
  }

  /**
   * Money as {@link Money#toString()} writes it ({@code 25.00 USD}) as a person writes it
   * ({@code 25 USD}): the decimals dropped when they are all zero.
   */
  private static String wholeIfWhole(String money) {
    int space = money.indexOf(' ');
    int dot = money.lastIndexOf('.', space);
    if (dot < 0) {
      return money;
    }
    for (int i = dot + 1; i < space; i++) {
      if (money.charAt(i) != '0') {
        return money;
      }
    }
    return money.substring(0, dot) + money.substring(space);
  }

  /**
   * The value rounded half up to four decimals, trailing zeros dropped ({@code 0.0294},
   * {@code 0.5}, {@code 0}): what {@code BigDecimal.valueOf(value).setScale(4, HALF_UP)
   * .stripTrailingZeros().toPlainString()} gives.
   */
  private static String fourDecimals(double value) {
    String rounded = halfUp(value, 4);
    if (rounded == null) {
      return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros()
          .toPlainString();
    }
    int end = rounded.length();
    while (rounded.charAt(end - 1) == '0') {
      end--;
    }
    return rounded.substring(0, rounded.charAt(end - 1) == '.' ? end - 1 : end);
  }

  /**
   * The digits of {@link Double#toString(double)} rounded half up to the given decimals, as
   * {@code BigDecimal.valueOf(value).setScale(decimals, HALF_UP)} and
   * {@code String.format("%.1f", value)} round them: {@code 0.0294}, {@code 1.0}. Null when that
   * string is not plain digits (negative, or in computerized scientific notation).
   */
  private static String halfUp(double value, int decimals) {
    String digits = Double.toString(value);
    int dot = digits.indexOf('.');
    if (dot < 0 || digits.charAt(0) == '-' || digits.indexOf('E') >= 0) {
      return null;
    }
    int kept = Math.min(digits.length(), dot + 1 + decimals);
    char[] c = new char[dot + 2 + decimals]; // c[0] takes a carry out of the first digit
    Arrays.fill(c, '0');
    digits.getChars(0, kept, c, 1);
    if (kept < digits.length() && digits.charAt(kept) >= '5') {
      int i = c.length - 1;
      while (c[i] == '9' || c[i] == '.') {
        if (c[i] == '9') {
          c[i] = '0';
        }
        i--;
      }
      c[i]++;
    }
    int from = c[0] == '0' ? 1 : 0;
    return new String(c, from, c.length - from);
  }

  /**
   * The parts joined, copied once into a string of their length: messages are built for every
   * listing that names a brand.
   */
  private static String concat(String... parts) {
    int length = 0;
    for (String part : parts) {
      length += part.length();
    }
    StringBuilder text = new StringBuilder(length);
    for (String part : parts) {
      text.append(part);
    }
    return text.toString();
  }

  /** The fields of the mentions as a bit set over {@link ListingField#ordinal()}. */
  private static int fieldBits(List<BrandMention> mentions) {
    int bits = 0;
    for (int i = 0; i < mentions.size(); i++) {
      bits |= 1 << mentions.get(i).field().ordinal();
    }
    return bits;
  }

  /** The names of the mentions' fields, in the order of {@link ListingField}, joined by and. */
  private static String fieldNames(List<BrandMention> mentions) {
    int fields = fieldBits(mentions);
    if (Integer.bitCount(fields) == 1) {
      return fieldName(mentions.get(0).field()); // as for most brands
    }
    String names = null;
    for (ListingField f : ListingField.values()) {
      if ((fields & (1 << f.ordinal())) != 0) {
        names = names == null ? fieldName(f) : names + " and " + fieldName(f);
      }
    }
    return names;
  }

  /** A ratio as a percentage: whole percent from 1%, one decimal below it. */
  static String percent(double ratio) {
    double p = ratio * 100.0;
    if (p >= 1.0 || p == 0.0) {
      return Math.round(p) + "%";
    }
    String tenths = halfUp(p, 1);
    return (tenths != null ? tenths : String.format(Locale.ROOT, "%.1f", p)) + "%";
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
