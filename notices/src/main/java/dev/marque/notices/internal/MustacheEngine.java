package dev.marque.notices.internal;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import dev.marque.notices.template.TemplateException;
import dev.marque.notices.template.TemplateSet;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles and fills JMustache templates strictly: a missing variable or section is an error
 * naming the template and the variable, never an empty string in a legal notice. Compiled
 * templates are cached; JMustache templates are safe to share between threads.
 */
public final class MustacheEngine {
  private final TemplateSet templates;
  private final Map<String, Template> cache = new ConcurrentHashMap<>();

  /** An engine over the template set. */
  public MustacheEngine(TemplateSet templates) {
    this.templates = templates;
  }

  /** Whether the set has the template. */
  public boolean has(String name) {
    return templates.source(name).isPresent();
  }

  /** The named template filled with the model; HTML-escapes every value when {@code html}. */
  public String render(String name, Map<String, Object> model, boolean html) {
    Template t = cache.computeIfAbsent(name + (html ? "#html" : "#text"),
        k -> compile(name, html));
    try {
      return t.execute(model);
    } catch (MustacheException.Context e) {
      throw new TemplateException(name, Optional.of(e.key), "line " + e.lineNo
          + ": no value for '" + e.key + "' in the notice model", e);
    } catch (MustacheException e) {
      throw new TemplateException(name, Optional.empty(), e.getMessage(), e);
    }
  }

  private Template compile(String name, boolean html) {
    String source = templates.source(name).orElseThrow(() -> new TemplateException(name,
        Optional.empty(), "no such template in " + templates, null));
    Mustache.Compiler compiler = Mustache.compiler()
        .escapeHTML(html)
        .strictSections(true)
        .emptyStringIsFalse(true)
        .withLoader(partial -> new StringReader(templates.source(partial).orElseThrow(
            () -> new TemplateException(name, Optional.empty(), "includes partial '" + partial
                + "', which is not in " + templates, null))));
    try {
      return compiler.compile(source);
    } catch (MustacheException e) {
      throw new TemplateException(name, Optional.empty(), "cannot compile: " + e.getMessage(),
          e);
    }
  }
}
