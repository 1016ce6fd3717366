package dev.marque.capture.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marque.capture.evidence.Evidence;
import dev.marque.core.Listing;
import dev.marque.core.json.InvalidInputException;
import dev.marque.core.json.MarqueJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evidence records as JSON. The listing inside is written and read by {@link MarqueJson}, in the
 * same form as a listing feed line, so the two never drift apart.
 */
public final class EvidenceJson {
  // Amounts keep their exact digits: 25.00 stays 25.00, never the double 25.0.
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private EvidenceJson() {}

  /** The record as indented UTF-8 JSON: the bytes that are hashed and stored. */
  public static byte[] write(Evidence e) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("requestedUrl", e.requestedUrl());
    root.put("finalUrl", e.finalUrl());
    ArrayNode redirects = root.putArray("redirects");
    e.redirects().forEach(redirects::add);
    root.put("capturedAt", e.capturedAt().toString());
    root.put("status", e.status());
    root.put("contentType", e.contentType());
    root.put("byteLength", e.byteLength());
    root.put("sha256", e.sha256());
    if (e.listing().isPresent()) {
      try {
        root.set("listing", MAPPER.readTree(MarqueJson.standard().write(e.listing().get())));
      } catch (JsonProcessingException ex) {
        throw new IllegalStateException("MarqueJson wrote a listing that is not JSON", ex);
      }
    }
    ArrayNode warnings = root.putArray("warnings");
    e.warnings().forEach(warnings::add);
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root)
          .getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("cannot write evidence record", ex);
    }
  }

  /**
   * Reads a record.
   *
   * @throws IllegalArgumentException saying what is wrong when the JSON is not an evidence record
   */
  public static Evidence read(byte[] json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (java.io.IOException ex) {
      throw new IllegalArgumentException("not JSON: " + ex.getMessage(), ex);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    try {
      Optional<Listing> listing = root.hasNonNull("listing")
          ? Optional.of(MarqueJson.standard().readListing(root.get("listing").toString()))
          : Optional.empty();
      return new Evidence(text(root, "requestedUrl"), text(root, "finalUrl"),
          texts(root, "redirects"), Instant.parse(text(root, "capturedAt")),
          number(root, "status"), text(root, "contentType"), number(root, "byteLength"),
          text(root, "sha256"), listing, texts(root, "warnings"));
    } catch (InvalidInputException | DateTimeParseException ex) {
      throw new IllegalArgumentException(ex.getMessage(), ex);
    }
  }

  private static String text(JsonNode root, String name) {
    JsonNode n = root.get(name);
    if (n == null || !n.isTextual()) {
      throw new IllegalArgumentException(name + ": expected a string");
    }
    return n.asText();
  }

  private static int number(JsonNode root, String name) {
    JsonNode n = root.get(name);
    if (n == null || !n.canConvertToInt()) {
      throw new IllegalArgumentException(name + ": expected a whole number");
    }
    return n.intValue();
  }

  private static List<String> texts(JsonNode root, String name) {
    JsonNode n = root.get(name);
    if (n == null || !n.isArray()) {
      throw new IllegalArgumentException(name + ": expected an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode each : n) {
      out.add(each.asText());
    }
    return out;
  }
}
