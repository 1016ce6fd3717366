/**
 * Enforcement cases from notice to takedown: the case store (SQLite or PostgreSQL) with its event
 * log, the outbox and its dispatcher (e-mail, webhook, web-form packets), deadlines, re-checks and
 * results.
 *
 * <p>Its API speaks in {@code dev.marque.core} types, takes capture's {@code Fetcher} and {@code
 * EvidenceStore} for re-checks and a {@code javax.sql.DataSource} for a store of your own, so a
 * module that requires this one reads those three modules too. The JDBC drivers, Angus Mail,
 * OkHttp and Jackson stay inside.
 */
@SuppressWarnings("requires-automatic") // the PostgreSQL driver is an automatic module
module dev.marque.cases {
  requires transitive dev.marque.core;
  requires transitive dev.marque.capture;
  requires transitive java.sql;
  requires dev.marque.notices;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires jakarta.mail;
  requires org.eclipse.angus.mail;
  requires okhttp3;
  requires org.postgresql.jdbc;
  requires org.xerial.sqlitejdbc;

  exports dev.marque.cases;
  exports dev.marque.cases.outbox;
}
