package dev.marque.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.Assessment;
import dev.marque.core.BrandMention;
import dev.marque.core.Finding;
import dev.marque.core.Listing;
import dev.marque.core.ListingField;
import dev.marque.core.MatchMethod;
import dev.marque.core.Money;
import dev.marque.core.Reason;
import dev.marque.core.ReasonCode;
import dev.marque.core.Span;
import dev.marque.core.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineWriterTest {
  private final MarqueJson json = MarqueJson.standard();

  @Test
  void each_value_is_the_line_write_gives_it_ended_by_a_line_end() throws IOException {
    Map<String, Object> hostile = new LinkedHashMap<>();
    hostile.put("id", 7L);
    hostile.put("listingId", "a\nb\"c\u2028</script>\u0000");
    hostile.put("brand", "古驰 \uD83D\uDC5C");
    List<Object> values = List.of(hostile, Map.of("id", 8L),
        Listing.builder("L1", "G U C C I bag").price(Money.of("25.00", "USD")).build(),
        List.of("x", 1));
    StringWriter out = new StringWriter();
    try (MarqueJson.LineWriter lines = json.lineWriter(out)) {
      for (Object v : values) {
        lines.write(v);
      }
    }
    StringBuilder expected = new StringBuilder();
    for (Object v : values) {
      expected.append(json.write(v)).append('\n');
    }
    assertThat(out.toString()).isEqualTo(expected.toString());
    assertThat(out.toString().split("\n", -1)).hasSize(values.size() + 1);
  }

  @Test
  void findings_and_error_lines_are_the_scan_lines_the_codec_writes_one_by_one()
      throws IOException {
    String hostile = "G U C C I \"bag\"\n\u2028</script>\u0000 古驰 \uD83D\uDC5C \uD800 lone";
    Listing listing = Listing.builder("L1", hostile).price(Money.of("25.00", "USD")).build();
    List<BrandMention> mentions = new ArrayList<>();
    for (int i = 0; i < 5; i++) { // more than the cap below: the line says so
      mentions.add(new BrandMention("Gucci", ListingField.TITLE, 0, 9, "G U C C I",
          MatchMethod.SEPARATED, 0.95));
    }
    Finding finding = new Finding(listing, mentions, new Assessment(0.92,
        Verdict.LIKELY_COUNTERFEIT, List.of(new Reason(ReasonCode.DISGUISED_BRAND, hostile,
            List.of(new Span(ListingField.TITLE, 0, 9, "G U C C I")), Map.of("k", hostile)))));
    Finding clear = new Finding(Listing.builder("L2", "plain").build(), List.of(),
        Assessment.clear());
    FeedLine.Rejected rejected = new FeedLine.Rejected(3, "not JSON: \"x\"\n\uD800");
    MarqueJson capped = json.withLimits(json.limits().toBuilder().maxMentionsPerBrandAndField(2)
        .build());
    for (MarqueJson codec : List.of(json, capped)) {
      StringWriter out = new StringWriter();
      try (MarqueJson.LineWriter lines = codec.lineWriter(out)) {
        lines.writeFinding(finding);
        lines.writeRejected(rejected);
        lines.writeFinding(clear);
        lines.writeFinding(finding);
      }
      String f = codec.writeFinding(finding);
      assertThat(out.toString()).isEqualTo(f + "\n" + codec.writeRejected(rejected) + "\n"
          + codec.writeFinding(clear) + "\n" + f + "\n");
    }
    assertThat(capped.writeFinding(finding)).isNotEqualTo(json.writeFinding(finding));
  }

  @Test
  void nothing_is_flushed_per_line_and_close_flushes_without_closing_the_target()
      throws IOException {
    List<String> events = new ArrayList<>();
    StringWriter text = new StringWriter();
    Writer target = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) {
        text.write(buf, off, len);
      }

      @Override
      public void flush() {
        events.add("flush");
      }

      @Override
      public void close() {
        events.add("close");
      }
    };
    MarqueJson.LineWriter lines = json.lineWriter(target);
    for (int i = 0; i < 1000; i++) {
      lines.write(Map.of("id", i));
    }
    assertThat(events).isEmpty();
    lines.close();
    assertThat(events).containsExactly("flush");
    assertThat(text.toString().lines()).hasSize(1000).startsWith("{\"id\":0}");
  }

  @Test
  void arguments_are_checked_by_name() throws IOException {
    assertThatThrownBy(() -> json.lineWriter(null)).hasMessageContaining("out");
    try (MarqueJson.LineWriter lines = json.lineWriter(new StringWriter())) {
      assertThatThrownBy(() -> lines.write(null)).hasMessageContaining("value");
    }
  }
}
