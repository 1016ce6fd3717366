package dev.marque.core;

import static dev.marque.core.internal.Checks.copy;
import static dev.marque.core.internal.Checks.notBlank;
import static dev.marque.core.internal.Checks.notNull;
import static dev.marque.core.internal.Checks.optional;
import static dev.marque.core.internal.Checks.optionalText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An offer of goods on a marketplace, as captured: the thing a brand owner wants taken down.
 *
 * <p>URLs are kept as the page or the feed gave them, unparsed, because a scraped URL that
 * {@link java.net.URI} would refuse is still evidence of where the listing was.
 *
 * <pre>{@code
 * Listing listing = Listing.builder("1005001", "G U C C I bag replica 1:1")
 *     .url("https://www.aliexpress.com/item/1005001.html")   // sets the marketplace too
 *     .price(Money.of("25", "USD"))
 *     .seller(Seller.of("shop-88"))
 *     .build();
 * }</pre>
 *
 * @param id the marketplace's identifier of the listing (item number, ASIN, offer id)
 * @param marketplace where the listing is
 * @param url the listing's address, when known
 * @param title the listing's title
 * @param description the listing's description, when captured
 * @param price the asking price, when shown
 * @param seller who offers it, when known
 * @param shipsFrom where the goods ship from, as the listing states it (an ISO 3166-1 alpha-2
 *     code is read as a country when deciding where the listing is offered; other text is kept)
 * @param images the addresses of the listing's images
 * @param capturedAt when the listing was captured, when known
 * @param shipsTo the countries the listing says it ships to, as upper-case ISO 3166-1 alpha-2
 *     codes ({@code "UK"} is read as {@code "GB"}), without repeats; empty when it does not say
 * @param language the language the listing is written in, as a BCP 47 tag ({@code "de"},
 *     {@code "en-GB"}), in its canonical form
 */
public record Listing(
    String id,
    Marketplace marketplace,
    Optional<String> url,
    String title,
    Optional<String> description,
    Optional<Money> price,
    Optional<Seller> seller,
    Optional<String> shipsFrom,
    List<String> images,
    Optional<Instant> capturedAt,
    List<String> shipsTo,
    Optional<String> language) {

  /**
   * Checks the id and title are present and not blank; trims optional texts and turns blank ones
   * into empty.
   *
   * @param id the marketplace's identifier of the listing (item number, ASIN, offer id)
   * @param marketplace where the listing is
   * @param url the listing's address, when known
   * @param title the listing's title
   * @param description the listing's description, when captured
   * @param price the asking price, when shown
   * @param seller who offers it, when known
   * @param shipsFrom where the goods ship from, as the listing states it
   * @param images the addresses of the listing's images
   * @param capturedAt when the listing was captured, when known
   * @param shipsTo the countries the listing ships to, ISO 3166-1 alpha-2 codes
   * @param language the listing's language, a BCP 47 tag
   * @throws IllegalArgumentException naming the field: a blank id or title, a ships-to entry
   *     that is not an ISO 3166-1 alpha-2 country code, a language that is not a BCP 47 tag
   */
  public Listing {
    id = notBlank(id, "id");
    notNull(marketplace, "marketplace");
    url = optionalText(url, "url");
    notNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("title must not be blank");
    }
    description = optionalText(description, "description");
    optional(price, "price");
    optional(seller, "seller");
    shipsFrom = optionalText(shipsFrom, "shipsFrom");
    images = copy(images, "images");
    optional(capturedAt, "capturedAt");
    shipsTo = countries(copy(shipsTo, "shipsTo"));
    language = languageTag(optionalText(language, "language"));
  }

  /**
   * A listing without ships-to countries or a language, as feeds written before they existed
   * give it.
   *
   * @param id the marketplace's identifier of the listing (item number, ASIN, offer id)
   * @param marketplace where the listing is
   * @param url the listing's address, when known
   * @param title the listing's title
   * @param description the listing's description, when captured
   * @param price the asking price, when shown
   * @param seller who offers it, when known
   * @param shipsFrom where the goods ship from, as the listing states it
   * @param images the addresses of the listing's images
   * @param capturedAt when the listing was captured, when known
   * @throws IllegalArgumentException when the id or title is blank
   */
  public Listing(String id, Marketplace marketplace, Optional<String> url, String title,
      Optional<String> description, Optional<Money> price, Optional<Seller> seller,
      Optional<String> shipsFrom, List<String> images, Optional<Instant> capturedAt) {
    this(id, marketplace, url, title, description, price, seller, shipsFrom, images, capturedAt,
        List.of(), Optional.empty());
  }

  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

  /** The codes upper-cased, UK read as GB, repeats dropped; each checked, naming its index. */
  private static List<String> countries(List<String> codes) {
    if (codes.isEmpty()) {
      return codes;
    }
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i).strip().toUpperCase(Locale.ROOT);
      if (code.equals("UK")) {
        code = "GB";
      }
      if (!ISO_COUNTRIES.contains(code)) {
        throw new IllegalArgumentException("shipsTo[" + i + "] '" + codes.get(i)
            + "' is not an ISO 3166-1 alpha-2 country code: use two letters such as DE, FR, GB,"
            + " US");
      }
      out.add(code);
    }
    return List.copyOf(out);
  }

  /** The tag in its canonical form, checked: a well-formed BCP 47 tag with a language. */
  private static Optional<String> languageTag(Optional<String> tag) {
    if (tag.isEmpty()) {
      return tag;
    }
    String text = tag.get();
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(text.replace('_', '-')).build();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException("language '" + text + "' is not a BCP 47 language tag"
          + " (such as de, en-GB, zh-Hans-CN): " + e.getMessage());
    }
    if (locale.getLanguage().isEmpty()) {
      throw new IllegalArgumentException("language '" + text + "' names no language: use a BCP"
          + " 47 tag that starts with one, such as de, en-GB, zh-Hans-CN");
    }
    String canonical = locale.toLanguageTag();
    return canonical.equals(text) ? tag : Optional.of(canonical);
  }

  /**
   * {@return a builder for a listing with the given id and title; everything else is optional}
   *
   * @param id the marketplace's identifier of the listing (item number, ASIN, offer id)
   * @param title the listing's title
   */
  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  /** {@return a builder holding this listing's values, to derive a variant} */
  public Builder toBuilder() {
    Builder b = new Builder(id, title);
    b.marketplace = marketplace;
    b.url = url.orElse(null);
    b.description = description.orElse(null);
    b.price = price.orElse(null);
    b.seller = seller.orElse(null);
    b.shipsFrom = shipsFrom.orElse(null);
    b.images.addAll(images);
    b.capturedAt = capturedAt.orElse(null);
    b.shipsTo.addAll(shipsTo);
    b.language = language.orElse(null);
    return b;
  }

  /** Builds a {@link Listing}; not thread-safe, use one per listing. */
  public static final class Builder {
    private String id;
    private String title;
    private Marketplace marketplace;
    private String url;
    private String description;
    private Money price;
    private Seller seller;
    private String shipsFrom;
    private final List<String> images = new ArrayList<>();
    private Instant capturedAt;
    private final List<String> shipsTo = new ArrayList<>();
    private String language;

    private Builder(String id, String title) {
      this.id = id;
      this.title = title;
    }

    /**
     * {@return the listing id}
     *
     * @param id the marketplace's identifier of the listing (item number, ASIN, offer id)
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * {@return the title}
     *
     * @param title the listing's title
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * {@return the marketplace; when never set, it is taken from the URL, else {@link
     * Marketplace#OTHER}}
     *
     * @param marketplace where the listing is
     */
    public Builder marketplace(Marketplace marketplace) {
      this.marketplace = notNull(marketplace, "marketplace");
      return this;
    }

    /**
     * {@return the listing's URL}
     *
     * @param url the listing's address, when known
     */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /**
     * {@return the description}
     *
     * @param description the listing's description, when captured
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * {@return the asking price}
     *
     * @param price the asking price, when shown
     */
    public Builder price(Money price) {
      this.price = price;
      return this;
    }

    /**
     * {@return the seller}
     *
     * @param seller who offers it, when known
     */
    public Builder seller(Seller seller) {
      this.seller = seller;
      return this;
    }

    /**
     * {@return where the goods ship from}
     *
     * @param shipsFrom where the goods ship from, as the listing states it
     */
    public Builder shipsFrom(String shipsFrom) {
      this.shipsFrom = shipsFrom;
      return this;
    }

    /**
     * Adds image URLs.
     *
     * @param images the addresses of the listing's images
     * @return this builder
     */
    public Builder images(List<String> images) {
      this.images.addAll(notNull(images, "images"));
      return this;
    }

    /**
     * {@return when the listing was captured}
     *
     * @param capturedAt when the listing was captured, when known
     */
    public Builder capturedAt(Instant capturedAt) {
      this.capturedAt = capturedAt;
      return this;
    }

    /**
     * Adds countries the listing ships to.
     *
     * @param countries ISO 3166-1 alpha-2 codes, any case ({@code "UK"} is read as {@code "GB"})
     * @return this builder
     */
    public Builder shipsTo(List<String> countries) {
      this.shipsTo.addAll(notNull(countries, "shipsTo"));
      return this;
    }

    /**
     * {@return the language the listing is written in}
     *
     * @param language a BCP 47 tag such as {@code "de"} or {@code "en-GB"}
     */
    public Builder language(String language) {
      this.language = language;
      return this;
    }

    /**
     * {@return the listing}
     *
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public Listing build() {
      Marketplace m = marketplace != null ? marketplace
          : url != null ? Marketplace.fromUrl(url) : Marketplace.OTHER;
      return new Listing(notBlank(id, "id"), m, Optional.ofNullable(url), title,
          Optional.ofNullable(description), Optional.ofNullable(price),
          Optional.ofNullable(seller), Optional.ofNullable(shipsFrom), images,
          Optional.ofNullable(capturedAt), shipsTo, Optional.ofNullable(language));
    }
  }

  /**
   * {@return the text of a field: the title, the description, the seller's name or the URL; empty
   * if absent}
   *
   * @param field the field
   */
  public String text(ListingField field) {
    return switch (notNull(field, "field")) {
      case TITLE -> title;
      case DESCRIPTION -> description.orElse("");
      case SELLER_NAME -> seller.isPresent() ? seller.get().name().orElse("") : "";
      case URL -> url.orElse("");
    };
  }
}
