package dev.marque.core.json;

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
import java.io.Writer;
import java.util.List;

/**
 * A finding's line of scan output written straight into characters: the text {@link ScanLines}
 * writes on a Jackson generator, for the findings a scan writes (no evidence, finite numbers),
 * without a generator, its write contexts and its character-by-character escaping. It runs once per
 * listing of a scan, where the generator took a sixth of the time.
 *
 * <p>Strings are escaped as Jackson's default generator escapes them: {@code "} and {@code \}
 * with a backslash, the controls below U+0020 as {@code \b \t \n \f \r} or a six-character
 * {@code u00XX} escape (upper-case hex), everything else, lone surrogates too, as it is.
 * {@code ScanLineTextTest} holds the two writers equal on hostile text; neither calls the other.
 *
 * <p>Not thread-safe: one per thread ({@link #forThisThread}), or one per line written.
 */
final class ScanLineText {
  /** What each ASCII character is written as: 0 as itself, else the letter after the backslash. */
  private static final char[] ESCAPE = new char[128];
  private static final char UNICODE = 'u';
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPE[c] = UNICODE;
    }
    ESCAPE['"'] = '"';
    ESCAPE['\\'] = '\\';
    ESCAPE['\b'] = 'b';
    ESCAPE['\t'] = 't';
    ESCAPE['\n'] = 'n';
    ESCAPE['\f'] = 'f';
    ESCAPE['\r'] = 'r';
  }

  /** The most characters a thread's writer keeps for its next line. */
  private static final int KEPT = 1 << 14;
  private static final ThreadLocal<ScanLineText> PER_THREAD =
      ThreadLocal.withInitial(() -> new ScanLineText(1024));

  private char[] buf;
  private int size;
  /** Whether {@link #writeTo} is handing the text over, so that the thread's writer is in use. */
  private boolean busy;

  ScanLineText(int capacity) {
    buf = new char[Math.max(16, capacity)];
  }

  /**
   * This thread's writer, emptied: a scan writes a line per listing, and a fresh buffer each time
   * cost more than filling it.
   */
  static ScanLineText forThisThread() {
    ScanLineText text = PER_THREAD.get();
    if (text.busy) {
      return new ScanLineText(1024); // a writer that writes a finding as it is written to
    }
    text.size = 0;
    if (text.buf.length > KEPT) {
      text.buf = new char[1024]; // a huge line's buffer is not kept
    }
    return text;
  }

  /**
   * Whether this writer writes the finding as {@link ScanLines#writeFinding} would: anything with
   * evidence (written by the object mapper) or a number Jackson would quote is left to it.
   */
  static boolean handles(Finding finding) {
    if (!finding.evidence().isEmpty() || !Double.isFinite(finding.assessment().score())) {
      return false;
    }
    for (BrandMention m : finding.mentions()) {
      if (!Double.isFinite(m.similarity())) {
        return false;
      }
    }
    for (Reason r : finding.assessment().reasons()) {
      if (!(r.facts() instanceof SortedTextMap)) {
        return false;
      }
    }
    return true;
  }

  /** Writes what has been written so far to {@code out}. */
  void writeTo(Writer out) throws IOException {
    busy = true;
    try {
      out.write(buf, 0, size);
    } finally {
      busy = false;
    }
  }

  @Override
  public String toString() {
    return new String(buf, 0, size);
  }

  /** The finding, as {@link ScanLines#writeFinding} writes it; only for what {@link #handles}. */
  void finding(Finding finding, int mentionCap) {
    Listing listing = finding.listing();
    raw("{\"listingId\":");
    string(listing.id());
    raw(",\"marketplace\":");
    string(listing.marketplace().name());
    if (listing.url().isPresent()) {
      raw(",\"url\":");
      string(listing.url().get());
    }
    raw(",\"title\":");
    string(listing.title());
    if (listing.seller().isPresent()) {
      raw(",\"seller\":");
      seller(listing.seller().get());
    }
    if (listing.shipsFrom().isPresent()) {
      raw(",\"shipsFrom\":");
      string(listing.shipsFrom().get());
    }
    if (!listing.shipsTo().isEmpty()) {
      raw(",\"shipsTo\":[");
      List<String> to = listing.shipsTo();
      for (int i = 0; i < to.size(); i++) {
        if (i > 0) {
          put(',');
        }
        string(to.get(i));
      }
      put(']');
    }
    if (listing.language().isPresent()) {
      raw(",\"language\":");
      string(listing.language().get());
    }
    if (listing.price().isPresent()) {
      raw(",\"price\":");
      money(listing.price().get());
    }
    raw(",\"mentions\":[");
    List<BrandMention> mentions = finding.mentions();
    for (int i = 0; i < mentions.size(); i++) {
      if (i > 0) {
        put(',');
      }
      mention(mentions.get(i));
    }
    put(']');
    if (mentions.size() >= mentionCap && ScanLines.reachesCap(mentions, mentionCap)) {
      raw(",\"mentionCap\":");
      raw(Integer.toString(mentionCap));
    }
    raw(",\"assessment\":");
    assessment(finding.assessment());
    put('}');
  }

  private void seller(Seller seller) {
    raw("{\"id\":");
    string(seller.id());
    if (seller.name().isPresent()) {
      raw(",\"name\":");
      string(seller.name().get());
    }
    if (seller.country().isPresent()) {
      raw(",\"country\":");
      string(seller.country().get());
    }
    put('}');
  }

  private void money(Money money) {
    raw("{\"amount\":");
    raw(money.amount().toString()); // as Jackson writes a BigDecimal unless told to write it plain
    raw(",\"currency\":");
    string(money.currencyCode());
    put('}');
  }

  private void mention(BrandMention m) {
    raw("{\"brand\":");
    string(m.brand());
    raw(",\"field\":");
    string(m.field().name());
    raw(",\"start\":");
    number(m.start());
    raw(",\"end\":");
    number(m.end());
    raw(",\"matched\":");
    string(m.matched());
    raw(",\"method\":");
    string(m.method().name());
    raw(",\"similarity\":");
    raw(Double.toString(ScanLines.round(m.similarity())));
    put('}');
  }

  private void assessment(Assessment a) {
    raw("{\"score\":");
    raw(Double.toString(ScanLines.round(a.score())));
    raw(",\"verdict\":");
    string(a.verdict().name());
    raw(",\"reasons\":[");
    List<Reason> reasons = a.reasons();
    for (int i = 0; i < reasons.size(); i++) {
      if (i > 0) {
        put(',');
      }
      reason(reasons.get(i));
    }
    raw("]}");
  }

  private void reason(Reason reason) {
    raw("{\"code\":");
    string(reason.code().name());
    raw(",\"message\":");
    string(reason.message());
    raw(",\"spans\":[");
    List<Span> spans = reason.spans();
    for (int i = 0; i < spans.size(); i++) {
      if (i > 0) {
        put(',');
      }
      span(spans.get(i));
    }
    raw("],\"facts\":{");
    SortedTextMap facts = (SortedTextMap) reason.facts();
    for (int i = 0; i < facts.size(); i++) {
      if (i > 0) {
        put(',');
      }
      string(facts.keyAt(i));
      put(':');
      string(facts.valueAt(i));
    }
    raw("}}");
  }

  private void span(Span span) {
    raw("{\"field\":");
    string(span.field().name());
    raw(",\"start\":");
    number(span.start());
    raw(",\"end\":");
    number(span.end());
    raw(",\"text\":");
    string(span.text());
    put('}');
  }

  // ---------------------------------------------------------------- characters

  private void number(int value) {
    if (value >= 0 && value < 10) {
      put((char) ('0' + value));
    } else {
      raw(Integer.toString(value));
    }
  }

  /** Appends {@code text}, which needs no escaping, as it is. */
  private void raw(String text) {
    int n = text.length();
    ensure(n);
    text.getChars(0, n, buf, size);
    size += n;
  }

  private void put(char c) {
    ensure(1);
    buf[size++] = c;
  }

  /** Appends {@code text} quoted and escaped: runs that need no escape are copied at once. */
  private void string(String text) {
    int n = text.length();
    ensure(n + 2);
    buf[size++] = '"';
    int from = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 128 && ESCAPE[c] != 0) {
        text.getChars(from, i, buf, size);
        size += i - from;
        escape(c);
        ensure(n - i + 1);
        from = i + 1;
      }
    }
    text.getChars(from, n, buf, size);
    size += n - from;
    buf[size++] = '"';
  }

  private void escape(char c) {
    ensure(6);
    char e = ESCAPE[c];
    buf[size++] = '\\';
    if (e != UNICODE) {
      buf[size++] = e;
      return;
    }
    buf[size++] = 'u';
    buf[size++] = '0';
    buf[size++] = '0';
    buf[size++] = HEX[c >> 4];
    buf[size++] = HEX[c & 0xF];
  }

  private void ensure(int more) {
    if (size + more > buf.length) {
      buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
  }
}
