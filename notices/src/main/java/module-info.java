/**
 * Drafting, checking and rendering takedown notices, route by route
 * ({@link dev.marque.notices.NoticeDrafter}, {@link dev.marque.notices.NoticeRenderer}).
 *
 * <p>JMustache is handed maps of plain values only, so it needs no reflective access to this
 * module; commons-text escapes and wraps. Neither appears in the API.
 */
module dev.marque.notices {
  requires transitive dev.marque.core;
  requires com.samskivert.jmustache;
  requires org.apache.commons.text;

  exports dev.marque.notices;
  exports dev.marque.notices.draft;
  exports dev.marque.notices.law;
  exports dev.marque.notices.render;
  exports dev.marque.notices.template;
}
