package dev.marque.cases.outbox;

import dev.marque.core.Marketplace;
import java.util.Objects;

/**
 * Where the notices of one marketplace and route go.
 *
 * @param marketplace the marketplace
 * @param route the route id, such as {@code ebay-vero}
 * @param channel how they are sent
 * @param address an e-mail address, a webhook URL, or the web form's URL for a manual channel
 */
public record Recipient(Marketplace marketplace, String route, ChannelKind channel,
    String address) {

  /** Checks every part is present. */
  public Recipient {
    Objects.requireNonNull(marketplace, "marketplace must not be null");
    Objects.requireNonNull(route, "route must not be null");
    Objects.requireNonNull(channel, "channel must not be null");
    Objects.requireNonNull(address, "address must not be null");
    if (route.isBlank() || address.isBlank()) {
      throw new IllegalArgumentException("route and address must not be blank");
    }
  }
}
