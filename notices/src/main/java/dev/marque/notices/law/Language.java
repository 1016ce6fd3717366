package dev.marque.notices.law;

import static dev.marque.core.internal.Checks.notNull;

import java.util.Locale;

/** A language a notice is written in; every route has English, the Chinese routes Chinese too. */
public enum Language {
  /** English. */
  EN("en", Locale.ENGLISH),
  /** Simplified Chinese, as the mainland Chinese platforms and authorities read it. */
  ZH("zh", Locale.SIMPLIFIED_CHINESE);

  private final String tag;
  private final Locale locale;

  Language(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /**
   * {@return the BCP 47 tag, such as {@code "en"}; also the language part of a template's file
   * name}
   */
  public String tag() {
    return tag;
  }

  /** {@return the locale for names of countries and dates} */
  public Locale locale() {
    return locale;
  }

  /**
   * {@return the language with the tag, any case}
   *
   * @param tag the language tag, such as {@code en}
   * @throws IllegalArgumentException naming the tags there are
   */
  public static Language of(String tag) {
    notNull(tag, "language");
    for (Language l : values()) {
      if (l.tag.equalsIgnoreCase(tag.strip())) {
        return l;
      }
    }
    throw new IllegalArgumentException("'" + tag + "' is not a notice language; use en or zh");
  }
}
