package dev.marque.cases.outbox;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.marque.core.Marketplace;
import dev.marque.notices.law.Routes;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who receives the notices of each marketplace and route, as the user writes it in
 * {@code recipients.json}. Read strictly, because it is written by hand: an unknown property, a
 * missing address or a route twice is an error naming its JSON path.
 *
 * <pre>{@code
 * {
 *   "from": "brandprotection@castellreeve.example",
 *   "recipients": [
 *     {"marketplace": "EBAY", "route": "ebay-vero", "email": "vero@ebay.example"},
 *     {"marketplace": "AMAZON", "route": "amazon", "webhook": "https://api.example/notices"},
 *     {"marketplace": "ALIBABA", "route": "alibaba-ipp", "form": "https://ipp.alibabagroup.com/"}
 *   ]
 * }
 * }</pre>
 */
public final class Recipients {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
  private static final Set<String> TOP = Set.of("from", "recipients");
  private static final Set<String> ENTRY = Set.of("marketplace", "route", "email", "webhook",
      "form");

  private final Optional<String> from;
  private final Map<String, Recipient> byKey;

  private Recipients(Optional<String> from, Map<String, Recipient> byKey) {
    this.from = from;
    this.byKey = byKey;
  }

  /**
   * Reads a recipients file.
   *
   * @param file the file
   * @return the recipients
   * @throws InvalidRecipientsException listing every problem by its JSON path
   * @throws IOException when the file cannot be read
   */
  public static Recipients read(Path file) throws IOException, InvalidRecipientsException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Reads recipients from JSON text.
   *
   * @param json the text
   * @param name where it came from, for messages
   * @return the recipients
   * @throws InvalidRecipientsException listing every problem by its JSON path
   */
  public static Recipients parse(String json, String name) throws InvalidRecipientsException {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidRecipientsException(name, List.of("line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage()));
    }
    List<String> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      throw new InvalidRecipientsException(name, List.of("$: expected an object with"
          + " \"recipients\""));
    }
    unknown(root, TOP, "", problems);
    Optional<String> from = Optional.empty();
    if (root.has("from")) {
      JsonNode f = root.get("from");
      if (!f.isTextual() || !f.asText().contains("@")) {
        problems.add("from: expected an e-mail address");
      } else {
        from = Optional.of(f.asText().strip());
      }
    }
    Map<String, Recipient> byKey = new LinkedHashMap<>();
    JsonNode list = root.get("recipients");
    if (list == null || !list.isArray()) {
      problems.add("recipients: expected an array of recipients");
    } else {
      for (int i = 0; i < list.size(); i++) {
        String path = "recipients[" + i + "]";
        JsonNode e = list.get(i);
        if (!e.isObject()) {
          problems.add(path + ": expected an object");
          continue;
        }
        unknown(e, ENTRY, path + ".", problems);
        Marketplace marketplace = null;
        String m = text(e, "marketplace", path, problems);
        if (m != null) {
          try {
            marketplace = Marketplace.parse(m);
          } catch (IllegalArgumentException ex) {
            problems.add(path + ".marketplace: " + ex.getMessage());
          }
        }
        String route = text(e, "route", path, problems);
        if (route != null && !Routes.ids().contains(route)) {
          problems.add(path + ".route: '" + route + "' is not a route; use one of "
              + String.join(", ", Routes.ids()));
          route = null;
        }
        List<String> ways = new ArrayList<>();
        for (String w : List.of("email", "webhook", "form")) {
          if (e.has(w)) {
            ways.add(w);
          }
        }
        if (ways.size() != 1) {
          problems.add(path + ": give exactly one of email, webhook or form" + (ways.isEmpty()
              ? "" : " (found " + String.join(", ", ways) + ")"));
          continue;
        }
        String way = ways.get(0);
        String address = text(e, way, path, problems);
        if (address == null) {
          continue;
        }
        ChannelKind kind = switch (way) {
          case "email" -> ChannelKind.EMAIL;
          case "webhook" -> ChannelKind.WEBHOOK;
          default -> ChannelKind.MANUAL;
        };
        if (kind == ChannelKind.EMAIL && !address.matches("[^@\\s]+@[^@\\s]+")) {
          problems.add(path + ".email: '" + address + "' is not an e-mail address");
          continue;
        }
        if (kind != ChannelKind.EMAIL && !isHttpUrl(address)) {
          problems.add(path + "." + way + ": '" + address + "' is not an http(s) URL");
          continue;
        }
        if (marketplace != null && route != null) {
          String key = key(marketplace, route);
          if (byKey.containsKey(key)) {
            problems.add(path + ": " + marketplace + " and " + route + " already have a"
                + " recipient");
          } else {
            byKey.put(key, new Recipient(marketplace, route, kind, address));
          }
        }
      }
    }
    if (from.isEmpty() && byKey.values().stream().anyMatch(r -> r.channel() == ChannelKind.EMAIL)) {
      problems.add("from: required when a recipient has an email address");
    }
    if (!problems.isEmpty()) {
      throw new InvalidRecipientsException(name, problems);
    }
    return new Recipients(from, Map.copyOf(byKey));
  }

  /**
   * The sender's address for e-mail.
   *
   * @return the address; empty when no recipient is reached by e-mail
   */
  public Optional<String> from() {
    return from;
  }

  /**
   * The recipient of a marketplace's notices by a route.
   *
   * @param marketplace the marketplace
   * @param route the route id
   * @return the recipient; empty when the file names none
   */
  public Optional<Recipient> of(Marketplace marketplace, String route) {
    return Optional.ofNullable(byKey.get(key(marketplace, route)));
  }

  /**
   * Every recipient.
   *
   * @return the recipients, in no particular order
   */
  public List<Recipient> all() {
    return List.copyOf(byKey.values());
  }

  private static String key(Marketplace m, String route) {
    return m.name() + "\u0000" + route;
  }

  private static boolean isHttpUrl(String s) {
    try {
      URI u = URI.create(s);
      return ("http".equals(u.getScheme()) || "https".equals(u.getScheme()))
          && u.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String text(JsonNode e, String field, String path, List<String> problems) {
    JsonNode v = e.get(field);
    if (v == null) {
      problems.add(path + "." + field + ": required");
      return null;
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      problems.add(path + "." + field + ": expected a non-empty string");
      return null;
    }
    return v.asText().strip();
  }

  private static void unknown(JsonNode node, Set<String> known, String prefix,
      List<String> problems) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!known.contains(f)) {
        problems.add(prefix + f + ": unknown property; expected one of "
            + known.stream().sorted().toList());
      }
    }
  }
}
