package dev.marque.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.Finding;
import dev.marque.core.Jurisdiction;
import dev.marque.core.Marketplace;
import dev.marque.notices.draft.Contact;
import dev.marque.notices.draft.CounterNotice;
import dev.marque.notices.draft.ElementProblem;
import dev.marque.notices.draft.Notice;
import dev.marque.notices.internal.TextWrapper;
import dev.marque.notices.law.Language;
import dev.marque.notices.law.Routes;
import dev.marque.notices.render.Format;
import dev.marque.notices.template.TemplateException;
import dev.marque.notices.template.TemplateSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing text stays data; Chinese renders; templates are replaceable and strict. */
class RenderingTest {

  private static final String HOSTILE = "Aurelia {{holder.name}} <script>alert(1)</script>"
      + " ]]> & \"quoted\"";

  private static Notice hostileNotice(Marketplace m, dev.marque.notices.law.Route route) {
    String title = HOSTILE.replace("\"", "\\\"") + "\\n\\nSigned: /s/ Nobody";
    Finding f = Fixtures.finding("{\"listingId\":\"1005000000000777\",\"marketplace\":\""
        + m.name() + "\",\"url\":\"https://www.aliexpress.com/item/1005000000000777.html\","
        + "\"title\":\"" + title + "\",\"seller\":{\"id\":\"<b>shop</b>\"},"
        + "\"mentions\":[{\"brand\":\"Aurelia\",\"field\":\"TITLE\",\"start\":0,\"end\":7,"
        + "\"matched\":\"Aurelia\",\"method\":\"EXACT\",\"similarity\":1.0}],\"assessment\":"
        + "{\"score\":0.9,\"verdict\":\"LIKELY_COUNTERFEIT\",\"reasons\":[{\"code\":\"CUE_WORD\","
        + "\"message\":\"says {{statements.demands}} and </li><li>\"}]}}");
    return NoticeDrafter.builder(Fixtures.samplePortfolio()).date(Fixtures.DATE).build()
        .draft(route, List.of(f)).notices().get(0);
  }

  @Test
  void listingTextComesOutLiterallyInTextEscapedInHtmlAndPlainInJson() {
    Notice n = hostileNotice(Marketplace.ALIEXPRESS, Routes.ALIBABA_IPP);
    String text = NoticeRenderer.standard().render(n, Format.TEXT, Language.EN);
    assertThat(text).contains("Aurelia {{holder.name}} <script>alert(1)</script> ]]> &"
        + " \"quoted\"").contains("says {{statements.demands}} and </li><li>")
        .doesNotContain("Aurelia Aurelia Moda S.p.A.");
    assertThat(text.lines()).as("a line break in a title cannot forge a line of the notice")
        .noneMatch(l -> l.startsWith("Signed: /s/ Nobody"));

    String html = NoticeRenderer.standard().render(n, Format.HTML, Language.EN);
    assertThat(html).contains("Aurelia {{holder.name}} &lt;script&gt;alert(1)&lt;/script&gt;"
        + " ]]&gt; &amp; &quot;quoted&quot;").doesNotContain("<script>")
        .contains("&lt;b&gt;shop&lt;/b&gt;").contains("and &lt;/li&gt;&lt;li&gt;");

    String json = NoticeRenderer.standard().render(n, Format.JSON, Language.EN);
    assertThat(json).contains("\"title\" : \"Aurelia {{holder.name}} <script>alert(1)</script>"
        + " ]]> & \\\"quoted\\\"\\n\\nSigned: /s/ Nobody\"");
  }

  @Test
  void chineseRendersInAllThreeFormats() {
    for (dev.marque.notices.law.Route route : List.of(Routes.CN_ECOMMERCE, Routes.ALIBABA_IPP)) {
      Notice n = NoticeDrafter.builder(Fixtures.samplePortfolio()).date(Fixtures.DATE).build()
          .draft(route, Fixtures.sampleFindings()).notices().get(0);
      String text = NoticeRenderer.standard().render(n, Format.TEXT, Language.ZH);
      assertThat(text).contains("2026年6月15日", "商标", "意大利", "授权委托书", "奥蕾莉亚 Aurelia 女士手提包");
      assertThat(text.lines()).allSatisfy(l -> assertThat(TextWrapper.columns(l) <= 72
          || !l.strip().contains(" ") || l.contains("http")).as(l).isTrue());
      String html = NoticeRenderer.standard().render(n, Format.HTML, Language.ZH);
      assertThat(html).contains("<html lang=\"zh\">", "<meta charset=\"utf-8\">", "商标",
          "Castell &amp; Reeve LLP（代表Aurelia Moda S.p.A.）");
      String json = NoticeRenderer.standard().render(n, Format.JSON, Language.ZH);
      assertThat(json).contains("\"language\" : \"zh\"", "\"jurisdiction_list\" : \"CN\"",
          route.statements().get(0).text(Language.ZH).orElseThrow());
    }
    assertThat(NoticeRenderer.standard().render(NoticeDrafter.builder(Fixtures.samplePortfolio())
        .date(Fixtures.DATE).build().draft(Routes.CN_ECOMMERCE, Fixtures.sampleFindings())
        .notices().get(0), Format.TEXT)).as("Chinese is the China route's default")
        .startsWith("侵权通知");
  }

  @Test
  void aRouteWithoutTemplatesInALanguageSaysSo() {
    Notice n = NoticeDrafter.builder(Fixtures.samplePortfolio()).date(Fixtures.DATE).build()
        .draft(Routes.DMCA, Fixtures.sampleFindings()).notices().get(0);
    assertThatThrownBy(() -> NoticeRenderer.standard().render(n, Format.TEXT, Language.ZH))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("route dmca has no txt template in language 'zh'")
        .hasMessageContaining("dmca.zh.txt.mustache");
  }

  @Test
  void aUsersTemplateReplacesTheBundledOneAndAMissingVariableNamesTemplateAndVariable(
      @TempDir Path dir) throws IOException {
    Notice n = NoticeDrafter.builder(Fixtures.samplePortfolio()).date(Fixtures.DATE).build()
        .draft(Routes.TEMU, Fixtures.sampleFindings()).notices().get(0);
    Files.writeString(dir.resolve("temu.en.txt.mustache"),
        "Complaint for {{principal.name}}: {{#items}}{{id}} {{/items}}\n{{>partials/signature.en.txt}}");
    NoticeRenderer mine = NoticeRenderer.standard().withTemplates(TemplateSet.directory(dir));
    assertThat(mine.render(n, Format.TEXT)).startsWith("Complaint for Aurelia Moda S.p.A.:"
        + " 601099512345678\nSigned: /s/ Eleanor Reeve\n        Partner, Castell & Reeve LLP,");
    assertThat(mine.render(n, Format.HTML)).as("the bundled HTML still serves")
        .contains("<h2>3. Infringing listings (1)</h2>");

    Files.writeString(dir.resolve("temu.en.txt.mustache"), "line one\nFax: {{sender.fax}}\n");
    NoticeRenderer broken = NoticeRenderer.standard().withTemplates(TemplateSet.directory(dir));
    assertThatThrownBy(() -> broken.render(n, Format.TEXT))
        .isInstanceOfSatisfying(TemplateException.class, e -> {
          assertThat(e.template()).isEqualTo("temu.en.txt");
          assertThat(e.variable()).contains("sender.fax");
        })
        .hasMessageContaining("template temu.en.txt: line 2: no value for 'sender.fax'");

    Files.writeString(dir.resolve("temu.en.txt.mustache"), "{{#items}}unclosed");
    assertThatThrownBy(() -> NoticeRenderer.standard().withTemplates(TemplateSet.directory(dir))
        .render(n, Format.TEXT)).isInstanceOf(TemplateException.class)
        .hasMessageContaining("template temu.en.txt: cannot compile");

    Files.writeString(dir.resolve("temu.en.txt.mustache"), "{{#sender.hasFax}}x{{/sender.hasFax}}");
    assertThatThrownBy(() -> NoticeRenderer.standard().withTemplates(TemplateSet.directory(dir))
        .render(n, Format.TEXT)).isInstanceOf(TemplateException.class)
        .hasMessageContaining("sender.hasFax");

    assertThatThrownBy(() -> TemplateSet.directory(dir.resolve("absent")))
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> TemplateSet.bundled().source("../../etc/passwd"))
        .isInstanceOf(TemplateException.class).hasMessageContaining("is not a template name");
  }

  @Test
  void textIsWrappedForEmailWithoutBreakingUrls() {
    for (dev.marque.notices.law.Route route : Routes.all()) {
      for (Notice n : NoticeDrafter.builder(Fixtures.samplePortfolio()).date(Fixtures.DATE)
          .build().draft(route, Fixtures.sampleFindings()).notices()) {
        for (Language l : route.languages()) {
          String text = NoticeRenderer.standard().render(n, Format.TEXT, l);
          assertThat(text.lines()).allSatisfy(line -> assertThat(
              TextWrapper.columns(line) <= NoticeRenderer.TEXT_WIDTH
                  || line.strip().matches("(\\S+:\\s+)?\\S+")).as(route + " " + line).isTrue());
          n.items().forEach(i -> i.url().ifPresent(u -> assertThat(text).contains(u)));
        }
      }
    }
    assertThat(TextWrapper.wrap("   - " + "word ".repeat(30), 40).lines())
        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40))
        .element(1).asString().startsWith("     word");
  }

  private static CounterNotice counter(Contact subscriber) {
    return new CounterNotice(subscriber, Marketplace.AMAZON,
        List.of(new CounterNotice.Removed("Handmade leather tote <b>", "https://www.amazon.com/dp/B0HANDMADE")),
        Optional.of("dmca-001-amazon-va-2-412-907"), LocalDate.parse("2026-06-20"),
        Optional.empty());
  }

  @Test
  void aCounterNoticeHasEveryElementOfSection512g() {
    Notice n = CounterNotices.draft(counter(new Contact("Lin Mei", Optional.of("lin@example.com"),
        Optional.of("1 Main St\nAustin TX 78701"), Optional.of("+1 512 555 0100"),
        Optional.of(Jurisdiction.US))));
    assertThat(n.problems()).isEmpty();
    String text = NoticeRenderer.standard().render(n, Format.TEXT).replaceAll("\\s+", " ");
    assertThat(text).contains("/s/ Lin Mei", "Handmade leather tote <b>",
        "https://www.amazon.com/dp/B0HANDMADE", "removed or disabled because of a mistake",
        "Name: Lin Mei", "Address: 1 Main St, Austin TX 78701", "Telephone: +1 512 555 0100",
        "Federal District Court for the judicial district in which my address is located",
        "I will accept service of process", "Re: notice dmca-001-amazon-va-2-412-907");
    assertThat(NoticeRenderer.standard().render(n, Format.HTML))
        .contains("Handmade leather tote &lt;b&gt;");
    assertThat(NoticeRenderer.standard().render(n, Format.JSON))
        .contains("\"route\" : \"dmca-counter\"", "\"answers\" : \"dmca-001-amazon-va-2-412-907\"");

    Notice abroad = CounterNotices.draft(counter(new Contact("Chen Wei", Optional.empty(),
        Optional.of("88 Nanjing Rd, Shanghai"), Optional.of("+86 21 5555 0000"),
        Optional.of(Jurisdiction.CN))));
    assertThat(NoticeRenderer.standard().render(abroad, Format.TEXT)).contains(
        "any judicial district in which Amazon may be found");
  }

  @Test
  void aCounterNoticeWithoutPhoneAddressOrCountryNamesEach() {
    Notice n = CounterNotices.draft(counter(Contact.named("Lin Mei")));
    assertThat(n.problems()).extracting(ElementProblem::element).containsExactly(
        "subscriber-address", "subscriber-phone", "jurisdiction-consent");
    assertThat(n.problems().get(1).toString()).isEqualTo("dmca-counter: subscriber-phone is"
        + " missing (the subscriber's telephone number): Lin Mei has no telephone number: give"
        + " the subscriber's telephone number");
  }
}
