package dev.marque.cases.internal;

import dev.marque.cases.CaseStore;
import dev.marque.cases.NewEvent;
import java.sql.SQLException;
import java.util.Objects;

/**
 * How the outbox reaches into a {@link CaseStore} without a public method for it: the store
 * registers itself here when its class loads.
 */
public interface StoreAccess {
  /** The store's database. */
  Database database(CaseStore store);

  /** Records an event on a case inside a transaction that is already running. */
  void record(CaseStore store, Tx tx, long caseId, NewEvent event) throws SQLException;

  /** The registered access. */
  static StoreAccess get() {
    return Holder.access;
  }

  /** Registers the access; called once by {@link CaseStore}. */
  static void set(StoreAccess access) {
    Holder.access = Objects.requireNonNull(access, "access");
  }

  /** Where the access is kept. */
  final class Holder {
    private static volatile StoreAccess access;

    private Holder() {}
  }
}
