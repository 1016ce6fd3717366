package dev.marque.notices.template;

import static dev.marque.core.internal.Checks.notNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where notice templates come from: those bundled with marque, or a directory of the user's own
 * that replaces any of them file by file. A template is named
 * {@code <route>.<language>.<txt|html>} and stored as that name plus {@code .mustache}
 * ({@code dmca.en.txt.mustache}); partials live under {@code partials/}.
 *
 * <pre>{@code
 * TemplateSet mine = TemplateSet.directory(Path.of("my-templates"));  // falls back to bundled
 * NoticeRenderer renderer = NoticeRenderer.standard().withTemplates(mine);
 * }</pre>
 *
 * <p>Templates are JMustache, logic-less and strict: a variable without a value fails with the
 * template's name and the variable's. The model they see is described in the README.
 */
public final class TemplateSet {

  /** The largest template read, in bytes: 1 MiB. */
  public static final int MAX_TEMPLATE_BYTES = 1 << 20;
  /** The file extension of a template. */
  public static final String EXTENSION = ".mustache";

  private static final String BUNDLED_ROOT = "/dev/marque/notices/templates/";
  private static final Pattern NAME = Pattern.compile("(partials/)?[a-z0-9-]+(\\.[a-z0-9-]+)*");
  private static final TemplateSet BUNDLED = new TemplateSet(Optional.empty());

  private final Optional<Path> directory;

  private TemplateSet(Optional<Path> directory) {
    this.directory = directory;
  }

  /** {@return the templates bundled with marque} */
  public static TemplateSet bundled() {
    return BUNDLED;
  }

  /**
   * {@return the templates in the directory, each replacing the bundled one of the same name; the
   * bundled ones serve for the rest}
   *
   * @param directory the user's template directory
   * @throws IllegalArgumentException when the path is not a directory
   */
  public static TemplateSet directory(Path directory) {
    notNull(directory, "directory");
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("template directory " + directory
          + " does not exist or is not a directory");
    }
    return new TemplateSet(Optional.of(directory.toAbsolutePath().normalize()));
  }

  /** {@return the user's directory, when there is one} */
  public Optional<Path> directoryPath() {
    return directory;
  }

  /**
   * {@return the source of the named template ({@code dmca.en.txt}, {@code partials/items.en.txt}),
   * from the user's directory when it has it, else bundled; empty when neither has it}
   *
   * @param name the template's name, such as {@code dmca.en.txt}
   * @throws TemplateException when the name is not a template name, or the file cannot be read
   */
  public Optional<String> source(String name) {
    notNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new TemplateException(name, Optional.empty(), "is not a template name: use"
          + " lower-case letters, digits, dashes and dots, optionally under partials/", null);
    }
    if (directory.isPresent()) {
      Path file = directory.get().resolve(name + EXTENSION).normalize();
      if (file.startsWith(directory.get()) && Files.isRegularFile(file)) {
        try {
          long size = Files.size(file);
          if (size > MAX_TEMPLATE_BYTES) {
            throw new TemplateException(name, Optional.empty(), file + " is " + size
                + " bytes; a template may be at most " + MAX_TEMPLATE_BYTES, null);
          }
          return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new TemplateException(name, Optional.empty(), "cannot read " + file + ": " + e,
              e);
        }
      }
    }
    try (InputStream in = TemplateSet.class.getResourceAsStream(BUNDLED_ROOT + name
        + EXTENSION)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new String(in.readNBytes(MAX_TEMPLATE_BYTES), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new TemplateException(name, Optional.empty(), "cannot read the bundled template: "
          + e, e);
    }
  }

  @Override
  public String toString() {
    return directory.map(d -> "templates in " + d + " over the bundled ones")
        .orElse("bundled templates");
  }
}
