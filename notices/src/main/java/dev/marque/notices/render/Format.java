package dev.marque.notices.render;

/** The forms a notice is rendered in. */
public enum Format {
  /** Plain text wrapped for e-mail. */
  TEXT("txt"),
  /** An HTML document, every value escaped. */
  HTML("html"),
  /** Structured JSON following the Lumen database's notice model. */
  JSON("json");

  private final String extension;

  Format(String extension) {
    this.extension = extension;
  }

  /** {@return the file extension, also the format part of a template's name: txt, html, json} */
  public String extension() {
    return extension;
  }
}
