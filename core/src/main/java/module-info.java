/**
 * marque's domain model — IP rights, rights holders and agents, brands and products, listings and
 * sellers, and the results that cross modules (mentions, assessments, findings) — and its JSON form,
 * {@link dev.marque.core.json.MarqueJson}.
 *
 * <p>Jackson is an implementation detail: none of its types appear in this module's API, so it is
 * required, not required transitively. The packages whose values Jackson reads and writes are opened
 * to it alone. {@code dev.marque.core.internal} is shared with marque's own modules only.
 */
@SuppressWarnings("module") // the qualified export names modules compiled after this one
module dev.marque.core {
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports dev.marque.core;
  exports dev.marque.core.json;
  exports dev.marque.core.rights;
  exports dev.marque.core.internal to dev.marque.matching, dev.marque.notices, dev.marque.cases;

  opens dev.marque.core to com.fasterxml.jackson.databind;
  opens dev.marque.core.json to com.fasterxml.jackson.databind;
  opens dev.marque.core.rights to com.fasterxml.jackson.databind;
}
