package dev.marque.notices;

import static dev.marque.core.internal.Checks.notNull;

import dev.marque.notices.draft.ElementProblem;
import dev.marque.notices.draft.Notice;
import dev.marque.notices.internal.LumenJson;
import dev.marque.notices.internal.ModelBuilder;
import dev.marque.notices.internal.MustacheEngine;
import dev.marque.notices.internal.TextWrapper;
import dev.marque.notices.law.Language;
import dev.marque.notices.render.Format;
import dev.marque.notices.render.IncompleteNoticeException;
import dev.marque.notices.template.TemplateException;
import dev.marque.notices.template.TemplateSet;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Renders drafted notices as e-mail text, HTML or Lumen-style JSON: immutable and thread-safe.
 * A notice that lacks a required element is refused unless the renderer was asked for
 * {@link #allowingIncomplete()}, and then it comes out marked as an incomplete draft, every
 * missing value reading {@code [MISSING: element-name]}.
 *
 * <pre>{@code
 * NoticeRenderer renderer = NoticeRenderer.standard();
 * String email = renderer.render(notice, Format.TEXT);                 // route's default language
 * String zh = renderer.render(notice, Format.HTML, Language.ZH);       // Chinese routes
 * String json = renderer.render(notice, Format.JSON);
 * }</pre>
 *
 * <p>Listing text is data: a title holding {@code {{holder.name}}}, {@code <script>} or
 * {@code ]]>} comes out literally in text, escaped in HTML and as a plain string in JSON.
 */
public final class NoticeRenderer {

  /** The column plain text is wrapped at, for e-mail. */
  public static final int TEXT_WIDTH = 72;

  private static final NoticeRenderer STANDARD =
      new NoticeRenderer(TemplateSet.bundled(), false);
  private static final Pattern BODY = Pattern.compile("<body[^>]*>", Pattern.CASE_INSENSITIVE);

  private final TemplateSet templates;
  private final boolean allowIncomplete;
  private final MustacheEngine engine;

  private NoticeRenderer(TemplateSet templates, boolean allowIncomplete) {
    this.templates = templates;
    this.allowIncomplete = allowIncomplete;
    this.engine = new MustacheEngine(templates);
  }

  /** {@return the renderer with the bundled templates, refusing incomplete notices} */
  public static NoticeRenderer standard() {
    return STANDARD;
  }

  /**
   * {@return a copy using the template set (a user's directory over the bundled templates)}
   *
   * @param templates the template set
   */
  public NoticeRenderer withTemplates(TemplateSet templates) {
    return new NoticeRenderer(notNull(templates, "templates"), allowIncomplete);
  }

  /**
   * {@return a copy that renders incomplete notices too, clearly marked as drafts not for sending}
   */
  public NoticeRenderer allowingIncomplete() {
    return new NoticeRenderer(templates, true);
  }

  /** {@return whether this renderer renders incomplete notices} */
  public boolean allowsIncomplete() {
    return allowIncomplete;
  }

  /**
   * {@return the notice in the format, in its route's default language}
   *
   * @param notice the notice
   * @param format text or HTML
   */
  public String render(Notice notice, Format format) {
    notNull(notice, "notice");
    return render(notice, format, notice.route().defaultLanguage());
  }

  /**
   * {@return the notice in the format and language}
   *
   * @param notice the notice
   * @param format text or HTML
   * @param language the language
   * @throws IncompleteNoticeException listing every problem, when the notice is incomplete
   * and this renderer does not allow that
   * @throws TemplateException when the template is missing, broken, or names a value the
   * model lacks
   */
  public String render(Notice notice, Format format, Language language) {
    notNull(notice, "notice");
    notNull(format, "format");
    notNull(language, "language");
    if (!notice.isComplete() && !allowIncomplete) {
      throw new IncompleteNoticeException(notice.id(), notice.problems());
    }
    if (format == Format.JSON) {
      return LumenJson.write(notice, language);
    }
    String name = templateName(notice, format, language);
    if (!engine.has(name)) {
      throw new TemplateException(name, Optional.empty(), "route " + notice.route().id()
          + " has no " + format.extension() + " template in language '" + language.tag()
          + "' (looked for " + name + TemplateSet.EXTENSION + " in " + templates
          + "); its bundled languages are " + notice.route().languages(), null);
    }
    Map<String, Object> model = ModelBuilder.build(notice, language);
    return switch (format) {
      case TEXT -> banner(notice, language) + TextWrapper.wrap(
          engine.render(name, model, false), TEXT_WIDTH);
      case HTML -> htmlBanner(notice, engine.render(name, model, true));
      case JSON -> throw new AssertionError("handled above");
    };
  }

  /**
   * {@return the name of the template for the notice: {@code <route>.<language>.<format>}}
   *
   * @param notice the notice
   * @param format text or HTML
   * @param language the language
   */
  public static String templateName(Notice notice, Format format, Language language) {
    return notice.route().id() + "." + language.tag() + "." + format.extension();
  }

  private static String banner(Notice n, Language language) {
    if (n.isComplete()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    b.append("*** INCOMPLETE DRAFT - NOT FOR SENDING ***\n");
    if (language == Language.ZH) {
      b.append("*** 草稿，内容不完整，请勿发送 ***\n");
    }
    b.append("It lacks what the route requires:\n");
    for (ElementProblem p : n.problems()) {
      b.append("- ").append(p).append('\n');
    }
    b.append("***\n\n");
    return TextWrapper.wrap(b.toString(), TEXT_WIDTH);
  }

  private static String htmlBanner(Notice n, String html) {
    if (n.isComplete()) {
      return html;
    }
    StringBuilder b = new StringBuilder("\n<div class=\"marque-incomplete\" role=\"alert\">"
        + "<p><strong>INCOMPLETE DRAFT - NOT FOR SENDING</strong></p><ul>\n");
    for (ElementProblem p : n.problems()) {
      b.append("<li>").append(StringEscapeUtils.escapeHtml4(p.toString())).append("</li>\n");
    }
    b.append("</ul></div>\n");
    Matcher m = BODY.matcher(html);
    if (m.find()) {
      return html.substring(0, m.end()) + b + html.substring(m.end());
    }
    return b + html;
  }
}
