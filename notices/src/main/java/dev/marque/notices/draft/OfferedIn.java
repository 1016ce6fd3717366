package dev.marque.notices.draft;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;

import dev.marque.core.Jurisdiction;
import dev.marque.core.Marketplace;
import dev.marque.notices.internal.Labels;
import dev.marque.notices.internal.Targeting;
import dev.marque.notices.law.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a listing is taken to be offered to buyers in a territory: what the listing shows that
 * points there, as a notice states it. A site being reachable from a place is not enough (CJEU,
 * C-324/09 L'Oréal v eBay, paras. 64-65); the listing must be aimed at buyers there.
 *
 * <p>The grounds, by precedence: a listing's own ships-to list decides alone when it gives one;
 * else a national storefront (ebay.de, amazon.co.uk) and goods shipping from inside; currency
 * and language count only on a storefront that serves no one country (AliExpress, Temu), since
 * on a national one they follow the viewer's settings. Where nothing in the listing points
 * anywhere, a route that is not tied to a territory takes the place the marketplace is operated
 * from ({@link Ground#MARKETPLACE}).
 *
 * <pre>{@code
 * item.offeredIn().map(OfferedIn::text)
 * // Offered to buyers in the European Union: it is listed on ebay.de, the storefront for Germany.
 * }</pre>
 *
 * @param territory the territory the listing is offered in, as the notice concerns it
 * @param indicators what points there, in order of precedence; never empty
 */
public record OfferedIn(Jurisdiction territory, List<Indicator> indicators) {

  /** The kinds of thing in a listing that point to where it is offered. */
  public enum Ground {
    /** The listing's own list of countries it ships to: decides alone when given. */
    SHIPS_TO,
    /** A national storefront, by the listing's URL (ebay.de is Germany's). */
    STOREFRONT,
    /**
     * Where the goods ship from, when the listing gives it as a country code: goods stocked
     * there and sent from there under the sign are offered from there, whoever buys them.
     */
    SHIPS_FROM,
    /** The currency of the price, on a storefront that serves no one country. */
    CURRENCY,
    /** The language the listing is written in, on a storefront that serves no one country. */
    LANGUAGE,
    /**
     * Where the marketplace is operated from, when nothing in the listing points anywhere; only
     * for routes not tied to a territory.
     */
    MARKETPLACE
  }

  /**
   * One thing pointing to a place.
   *
   * @param ground what kind of thing it is
   * @param value what the listing shows: a country code, a host, a currency, a language tag, a
   *     marketplace's name
   * @param place the place it points to
   */
  public record Indicator(Ground ground, String value, Jurisdiction place) {
    /**
     * Checks every part is present.
     *
     * @param ground what kind of thing it is
     * @param value what the listing shows
     * @param place the place it points to
     */
    public Indicator {
      notNull(ground, "ground");
      value = notBlank(value, "value");
      notNull(place, "place");
    }
  }

  /**
   * Checks there is a territory and at least one indicator.
   *
   * @param territory the territory the listing is offered in
   * @param indicators what points there, in order of precedence
   * @throws IllegalArgumentException when there is no indicator
   */
  public OfferedIn {
    notNull(territory, "territory");
    indicators = copy(indicators, "indicators");
    if (indicators.isEmpty()) {
      throw new IllegalArgumentException("indicators must not be empty: say what points to "
          + territory);
    }
  }

  /** {@return the ground that decided: the first indicator's} */
  public Ground decidedBy() {
    return indicators.get(0).ground();
  }

  /** {@return the basis as an English sentence, as a notice states it} */
  public String text() {
    return text(Language.EN);
  }

  /**
   * {@return the basis as a sentence in the language}
   *
   * @param language the notice's language
   */
  public String text(Language language) {
    notNull(language, "language");
    boolean zh = language == Language.ZH;
    List<String> parts = new ArrayList<>();
    List<Jurisdiction> shipsTo = new ArrayList<>();
    for (Indicator i : indicators) {
      if (i.ground() == Ground.SHIPS_TO) {
        shipsTo.add(i.place());
      }
    }
    if (!shipsTo.isEmpty()) {
      List<String> names = shipsTo.stream().map(j -> zh ? Labels.place(j, language) : Targeting.the(j))
          .toList();
      parts.add(zh ? "商品页列明配送至" + String.join("、", names)
          : "it ships to " + and(names) + ", as the listing states");
    }
    for (Indicator i : indicators) {
      String place = zh ? Labels.place(i.place(), language) : Targeting.the(i.place());
      switch (i.ground()) {
        case SHIPS_TO -> { }
        case STOREFRONT -> parts.add(zh ? "在" + place + "站点 " + i.value() + " 上架"
            : "it is listed on " + i.value() + ", the storefront for " + place);
        case SHIPS_FROM -> parts.add(zh ? "自" + place + "发货" : "the goods ship from " + place);
        case CURRENCY -> parts.add(zh ? "以" + i.value() + "标价" : "it is priced in " + i.value());
        case LANGUAGE -> parts.add(zh ? "以" + languageName(i.value(), language) + "撰写"
            : "it is written in " + languageName(i.value(), language) + " (" + i.value() + ")");
        case MARKETPLACE -> parts.add(zh ? platformZh(i.value()) + "的运营者设立于"
            + place + "，商品页未显示面向其他地区"
            : i.value() + " is operated from " + place + ", and nothing in the listing points"
                + " to buyers elsewhere");
      }
    }
    // goods stocked in a place and sent from it are offered from there, to whoever buys
    boolean fromOnly = indicators.stream().allMatch(i -> i.ground() == Ground.SHIPS_FROM);
    String where = zh ? Labels.place(territory, language) : Targeting.the(territory);
    if (zh) {
      return (decidedBy() == Ground.MARKETPLACE ? "视为在" + where + "销售："
          : fromOnly ? "自" + where + "销售：" : "面向" + where + "买家：") + String.join("；", parts)
          + "。";
    }
    return (decidedBy() == Ground.MARKETPLACE ? "Taken to be offered in " + where + ": "
        : fromOnly ? "Offered from " + where + ": " : "Offered to buyers in " + where + ": ")
        + String.join("; ", parts) + ".";
  }

  private static String and(List<String> names) {
    return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0,
        names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  private static String platformZh(String marketplace) {
    try {
      return Labels.platformZh(Marketplace.parse(marketplace));
    } catch (IllegalArgumentException notOneWeKnow) {
      return marketplace;
    }
  }

  private static String languageName(String tag, Language language) {
    String name = Locale.forLanguageTag(tag).getDisplayLanguage(language.locale());
    return name.isEmpty() ? tag : name;
  }
}
