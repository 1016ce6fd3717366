package dev.marque.core.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;

/** Jackson annotations kept out of the value types: how each is written. */
final class Mixins {
  private Mixins() {}

  /** Jurisdictions, offices and Nice classes are written as their bare code or number. */
  abstract static class CodeMixin {
    @JsonValue
    abstract String code();
  }

  abstract static class NiceClassMixin {
    @JsonValue
    abstract int number();
  }

  /**
   * A right carries its kind as {@code "type"}, as portfolios write it; the names are registered
   * from {@link StrictReader#RIGHT_TYPES}, the one list of them.
   */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  interface IpRightMixin {}

  /** Evidence carries its kind as {@code "type"}, by {@link StrictReader#EVIDENCE_TYPES}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  interface EvidenceMixin {}
}
