package dev.marque.notices.internal;

import dev.marque.core.Jurisdiction;
import dev.marque.core.Marketplace;
import dev.marque.notices.draft.Item;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a listing is offered: a national Amazon or eBay store by its domain ({@code amazon.de}
 * is Germany), any other marketplace by where its operator is established.
 */
public final class Storefronts {
  private Storefronts() {}

  /** The jurisdiction of the storefront the item is listed on. */
  public static Jurisdiction of(Item item) {
    Marketplace m = item.marketplace();
    if (m == Marketplace.AMAZON || m == Marketplace.EBAY) {
      Optional<Jurisdiction> national = item.url().flatMap(Storefronts::host)
          .flatMap(h -> national(m, h));
      if (national.isPresent()) {
        return national.get();
      }
    }
    return m.home();
  }

  /** The lower-case host of a URL; empty when it has none or is not a URI. */
  static Optional<String> host(String url) {
    try {
      return Optional.ofNullable(URI.create(url.strip()).getHost())
          .map(h -> h.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The country of an Amazon or eBay storefront by its host; empty for a host not theirs. */
  static Optional<Jurisdiction> national(Marketplace m, String host) {
    for (String domain : m.hosts()) {
      if (host.equals(domain) || host.endsWith("." + domain)) {
        int dot = domain.indexOf('.');
        String suffix = domain.substring(dot + 1);
        if (!domain.startsWith("amazon.") && !domain.startsWith("ebay.")) {
          return Optional.empty();
        }
        if (suffix.equals("com") || suffix.equals("us")) {
          return Optional.of(Jurisdiction.US);
        }
        String last = suffix.substring(suffix.lastIndexOf('.') + 1);
        try {
          return Optional.of(Jurisdiction.of(last));
        } catch (IllegalArgumentException notACountry) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}
