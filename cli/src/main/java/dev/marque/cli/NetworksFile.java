package dev.marque.cli;

import dev.marque.core.json.InvalidInputException;
import dev.marque.core.json.MarqueJson;
import dev.marque.matching.fingerprint.SellerLink;
import dev.marque.matching.fingerprint.SellerNetwork;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the seller networks {@code marque sellers} writes ({@code {"networks": [{"sellers":
 * ["aliexpress:shop-1", ...], "links": [{"seller", "otherSeller", "kind", "value",
 * "explanation"}]}]}}), so that {@code marque watch --networks} counts the accounts an earlier run
 * linked. Every problem is named by its JSON path, all at once.
 */
final class NetworksFile {
  private NetworksFile() {}

  /**
   * The networks in the file.
   *
   * @throws UsageException naming the file and every problem, by JSON path
   */
  static List<SellerNetwork> read(Path file, MarqueJson json) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("--networks " + file + ": no such file");
    }
    Object doc;
    try {
      doc = json.readPlain(file);
    } catch (InvalidInputException e) {
      throw new UsageException("--networks " + file + " is not valid JSON: "
          + e.problems().get(0));
    } catch (IOException e) {
      throw new UsageException("--networks " + file + ": cannot be read: " + e.getMessage());
    }
    List<String> problems = new ArrayList<>();
    List<SellerNetwork> out = new ArrayList<>();
    Object networks = doc instanceof Map<?, ?> m ? m.get("networks") : null;
    if (!(networks instanceof List<?> list)) {
      throw new UsageException("--networks " + file + ": $.networks: must be an array (the output"
          + " of marque sellers)");
    }
    for (int i = 0; i < list.size(); i++) {
      String at = "$.networks[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> network)) {
        problems.add(at + ": must be an object with \"sellers\" and \"links\"");
        continue;
      }
      List<String> sellers = new ArrayList<>();
      if (!(network.get("sellers") instanceof List<?> ss) || ss.isEmpty()) {
        problems.add(at + ".sellers: must be a non-empty array of accounts");
      } else {
        for (int k = 0; k < ss.size(); k++) {
          account(ss.get(k), at + ".sellers[" + k + "]", problems).ifPresent(sellers::add);
        }
      }
      List<SellerLink> links = new ArrayList<>();
      Object ls = network.get("links");
      if (ls != null && !(ls instanceof List<?>)) {
        problems.add(at + ".links: must be an array");
      } else if (ls != null) {
        List<?> linkList = (List<?>) ls;
        for (int k = 0; k < linkList.size(); k++) {
          link(linkList.get(k), at + ".links[" + k + "]", problems).ifPresent(links::add);
        }
      }
      out.add(new SellerNetwork(sellers, links));
    }
    if (!problems.isEmpty()) {
      throw new UsageException("--networks " + file + " is not valid:\n  "
          + String.join("\n  ", problems));
    }
    return out;
  }

  private static java.util.Optional<String> account(Object value, String at,
      List<String> problems) {
    if (value instanceof String s && s.indexOf(':') > 0 && s.indexOf(':') < s.length() - 1) {
      return java.util.Optional.of(s);
    }
    problems.add(at + ": must be an account \"marketplace:sellerId\", got " + value);
    return java.util.Optional.empty();
  }

  private static java.util.Optional<SellerLink> link(Object value, String at,
      List<String> problems) {
    if (!(value instanceof Map<?, ?> m)) {
      problems.add(at + ": must be an object");
      return java.util.Optional.empty();
    }
    int before = problems.size();
    var seller = account(m.get("seller"), at + ".seller", problems);
    var other = account(m.get("otherSeller"), at + ".otherSeller", problems);
    SellerLink.Kind kind = null;
    if (m.get("kind") instanceof String k) {
      try {
        kind = SellerLink.Kind.valueOf(k.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    if (kind == null) {
      problems.add(at + ".kind: must be one of " + Arrays.stream(SellerLink.Kind.values())
          .map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
          + ", got " + m.get("kind"));
    }
    String v = m.get("value") instanceof String s ? s : "";
    String why = m.get("explanation") instanceof String s ? s : "linked in an earlier run";
    if (problems.size() > before) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new SellerLink(seller.get(), other.get(), kind, v, why));
  }
}
