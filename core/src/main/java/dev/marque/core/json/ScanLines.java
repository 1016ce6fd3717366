package dev.marque.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.marque.core.Assessment;
import dev.marque.core.BrandMention;
import dev.marque.core.Finding;
import dev.marque.core.Listing;
import dev.marque.core.Money;
import dev.marque.core.Reason;
import dev.marque.core.Seller;
import dev.marque.core.Span;
import dev.marque.core.internal.SortedTextMap;
import java.io.IOException;

/**
 * The one writer of the values a line of {@code marque scan}'s output is made of — a finding, its
 * seller, price, mentions, assessment, reasons and spans — field by field on a generator, without
 * the object mapper's reflection: this runs once per listing of a scan. The mapper writes these
 * types by the same methods wherever they appear ({@link #module}), in a listing, a portfolio or a
 * map of the command line's output, so each type has one JSON form; the mapper's own record
 * writing (with {@link Mixins}) is left the types a scan line never holds.
 */
final class ScanLines {
  private ScanLines() {}

  /** How a value of one type is written on a generator. */
  @FunctionalInterface
  private interface Writer<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  /**
   * The mapper's serializers for the types written here: a finding as a line of scan output
   * (with the {@code mentionCap} of the limits it was scanned under), the others as parts of it.
   */
  static SimpleModule module(int mentionCap) {
    SimpleModule module = new SimpleModule("marque-scan-lines");
    add(module, Finding.class, (g, f) -> writeFinding(g, f, mentionCap));
    add(module, Seller.class, ScanLines::writeSeller);
    add(module, Money.class, ScanLines::writeMoney);
    add(module, BrandMention.class, ScanLines::writeMention);
    add(module, Assessment.class, ScanLines::writeAssessment);
    add(module, Reason.class, ScanLines::writeReason);
    add(module, Span.class, ScanLines::writeSpan);
    return module;
  }

  private static <T> void add(SimpleModule module, Class<T> type, Writer<T> writer) {
    module.addSerializer(type, new Serializer<>(type, writer));
  }

  /** A writer of this class as the mapper's serializer of its type. */
  private static final class Serializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Writer<T> writer;

    Serializer(Class<T> type, Writer<T> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      writer.write(g, value);
    }
  }

  // Property names, quoted once rather than on every line.
  private static final SerializableString LISTING_ID = name("listingId");
  private static final SerializableString MARKETPLACE = name("marketplace");
  private static final SerializableString URL = name("url");
  private static final SerializableString TITLE = name("title");
  private static final SerializableString SELLER = name("seller");
  private static final SerializableString ID = name("id");
  private static final SerializableString NAME = name("name");
  private static final SerializableString COUNTRY = name("country");
  private static final SerializableString ADDRESS = name("address");
  private static final SerializableString PRICE = name("price");
  private static final SerializableString AMOUNT = name("amount");
  private static final SerializableString CURRENCY = name("currency");
  private static final SerializableString MENTIONS = name("mentions");
  private static final SerializableString MENTION_CAP_NAME = name("mentionCap");
  private static final SerializableString BRAND = name("brand");
  private static final SerializableString FIELD = name("field");
  private static final SerializableString START = name("start");
  private static final SerializableString END = name("end");
  private static final SerializableString MATCHED = name("matched");
  private static final SerializableString METHOD = name("method");
  private static final SerializableString SIMILARITY = name("similarity");
  private static final SerializableString ASSESSMENT = name("assessment");
  private static final SerializableString SCORE = name("score");
  private static final SerializableString VERDICT = name("verdict");
  private static final SerializableString REASONS = name("reasons");
  private static final SerializableString CODE = name("code");
  private static final SerializableString MESSAGE = name("message");
  private static final SerializableString SPANS = name("spans");
  private static final SerializableString TEXT = name("text");
  private static final SerializableString FACTS = name("facts");
  private static final SerializableString EVIDENCE = name("evidence");
  private static final SerializableString LINE = name("line");
  private static final SerializableString ERROR = name("error");

  private static SerializableString name(String name) {
    return new SerializedString(name);
  }

  /**
   * A finding, as {@link MarqueJson#writeFinding(Finding)} describes it: the listing's part of it
   * inline (a scan line carries only what a notice needs of the listing), the rest by the writers
   * of its parts, which the mapper uses too.
   */
  static void writeFinding(JsonGenerator g, Finding finding, int mentionCap) throws IOException {
    Listing listing = finding.listing();
    g.writeStartObject();
    string(g, LISTING_ID, listing.id());
    string(g, MARKETPLACE, listing.marketplace().name());
    if (listing.url().isPresent()) {
      string(g, URL, listing.url().get());
    }
    string(g, TITLE, listing.title());
    if (listing.seller().isPresent()) {
      g.writeFieldName(SELLER);
      writeSeller(g, listing.seller().get());
    }
    writeWhereOffered(g, listing);
    if (listing.price().isPresent()) {
      g.writeFieldName(PRICE);
      writeMoney(g, listing.price().get());
    }
    g.writeFieldName(MENTIONS);
    g.writeStartArray();
    for (BrandMention m : finding.mentions()) {
      writeMention(g, m);
    }
    g.writeEndArray();
    if (finding.mentions().size() >= mentionCap && reachesCap(finding.mentions(), mentionCap)) {
      // the matcher kept only the first mentions of a brand in a field: say so, and where
      g.writeFieldName(MENTION_CAP_NAME);
      g.writeNumber(mentionCap);
    }
    g.writeFieldName(ASSESSMENT);
    writeAssessment(g, finding.assessment());
    if (!finding.evidence().isEmpty()) {
      // rare, and written by the mapper (the generator's codec) as it writes the records
      g.writeFieldName(EVIDENCE);
      g.writeStartArray();
      for (dev.marque.core.InfringementEvidence e : finding.evidence()) {
        g.writeObject(e); // one by one, so each keeps its "type"
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /**
   * What a notice needs to decide where the listing is offered: where it ships from and to, and
   * its language, each when the listing gives it.
   */
  private static void writeWhereOffered(JsonGenerator g, Listing listing) throws IOException {
    if (listing.shipsFrom().isPresent()) {
      g.writeStringField("shipsFrom", listing.shipsFrom().get());
    }
    if (!listing.shipsTo().isEmpty()) {
      g.writeFieldName("shipsTo");
      g.writeStartArray();
      for (String country : listing.shipsTo()) {
        g.writeString(country);
      }
      g.writeEndArray();
    }
    if (listing.language().isPresent()) {
      g.writeStringField("language", listing.language().get());
    }
  }

  /** Whether some brand has as many mentions in one field as the cap lets a matcher report. */
  private static boolean reachesCap(java.util.List<BrandMention> mentions, int cap) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (BrandMention m : mentions) {
      if (counts.merge(m.brand() + '\u0000' + m.field(), 1, Integer::sum) >= cap) {
        return true;
      }
    }
    return false;
  }

  /** The error line for a feed line that could not be read. */
  static void writeRejected(JsonGenerator g, FeedLine.Rejected rejected) throws IOException {
    g.writeStartObject();
    g.writeFieldName(LINE);
    g.writeNumber(rejected.line());
    string(g, ERROR, rejected.error());
    g.writeEndObject();
  }

  /** A seller: {@code id}, then {@code name}, {@code country} and {@code address} when it has them. */
  static void writeSeller(JsonGenerator g, Seller seller) throws IOException {
    g.writeStartObject();
    string(g, ID, seller.id());
    if (seller.name().isPresent()) {
      string(g, NAME, seller.name().get());
    }
    if (seller.country().isPresent()) {
      string(g, COUNTRY, seller.country().get());
    }
    if (seller.address().isPresent()) {
      string(g, ADDRESS, seller.address().get());
    }
    g.writeEndObject();
  }

  /** Money: the amount as written (its scale kept), the currency as its ISO 4217 code. */
  static void writeMoney(JsonGenerator g, Money money) throws IOException {
    g.writeStartObject();
    g.writeFieldName(AMOUNT);
    g.writeNumber(money.amount());
    string(g, CURRENCY, money.currencyCode());
    g.writeEndObject();
  }

  /** An assessment: its score to four decimals, its verdict and its reasons. */
  static void writeAssessment(JsonGenerator g, Assessment a) throws IOException {
    g.writeStartObject();
    g.writeFieldName(SCORE);
    g.writeNumber(round(a.score()));
    string(g, VERDICT, a.verdict().name());
    g.writeFieldName(REASONS);
    g.writeStartArray();
    for (Reason reason : a.reasons()) {
      writeReason(g, reason);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void writeMention(JsonGenerator g, BrandMention m) throws IOException {
    g.writeStartObject();
    string(g, BRAND, m.brand());
    string(g, FIELD, m.field().name());
    number(g, START, m.start());
    number(g, END, m.end());
    string(g, MATCHED, m.matched());
    string(g, METHOD, m.method().name());
    g.writeFieldName(SIMILARITY);
    g.writeNumber(round(m.similarity()));
    g.writeEndObject();
  }

  static void writeReason(JsonGenerator g, Reason reason) throws IOException {
    g.writeStartObject();
    string(g, CODE, reason.code().name());
    string(g, MESSAGE, reason.message());
    g.writeFieldName(SPANS);
    g.writeStartArray();
    for (Span span : reason.spans()) {
      writeSpan(g, span);
    }
    g.writeEndArray();
    g.writeFieldName(FACTS);
    g.writeStartObject();
    SortedTextMap facts = (SortedTextMap) reason.facts(); // a reason keeps its facts as one
    for (int i = 0; i < facts.size(); i++) {
      g.writeStringField(facts.keyAt(i), facts.valueAt(i)); // by index: no entry objects
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  static void writeSpan(JsonGenerator g, Span span) throws IOException {
    g.writeStartObject();
    string(g, FIELD, span.field().name());
    number(g, START, span.start());
    number(g, END, span.end());
    string(g, TEXT, span.text());
    g.writeEndObject();
  }

  private static void string(JsonGenerator g, SerializableString name, String value)
      throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
  }

  private static void number(JsonGenerator g, SerializableString name, int value)
      throws IOException {
    g.writeFieldName(name);
    g.writeNumber(value);
  }

  /** A score or similarity to four decimals, as scan output gives them. */
  private static double round(double value) {
    return Math.round(value * 10_000.0) / 10_000.0;
  }
}
