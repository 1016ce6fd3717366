-- marque case store, version 1 (SQLite). Times are UTC milliseconds since the epoch.
CREATE TABLE cases (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  marketplace   TEXT    NOT NULL,
  listing_id    TEXT    NOT NULL,
  listing_url   TEXT,
  seller_id     TEXT,
  brand         TEXT,
  right_ref     TEXT    NOT NULL,
  route         TEXT    NOT NULL,
  notice_id     TEXT,
  notice_sha256 TEXT,
  state         TEXT    NOT NULL,
  opened_at     INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL,
  event_count   INTEGER NOT NULL DEFAULT 0,
  -- when each milestone first happened, kept with the event so reports read one row per case
  submitted_at  INTEGER,
  removed_at  INTEGER,
  countered_at  INTEGER,
  relisted_at  INTEGER,
  CONSTRAINT cases_listing_right UNIQUE (marketplace, listing_id, right_ref)
);
CREATE INDEX cases_state ON cases (state, id);
CREATE INDEX cases_notice ON cases (notice_id);

CREATE TABLE case_events (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id     INTEGER NOT NULL REFERENCES cases (id),
  seq         INTEGER NOT NULL,
  type        TEXT    NOT NULL,
  at          INTEGER NOT NULL,
  actor       TEXT    NOT NULL,
  note        TEXT,
  evidence    TEXT    NOT NULL DEFAULT '',
  recorded_at INTEGER NOT NULL,
  CONSTRAINT case_events_seq UNIQUE (case_id, seq)
);

-- The event log is append-only: the database itself refuses to change or remove an event.
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;
CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;

CREATE TABLE notices (
  notice_id  TEXT    NOT NULL,
  route      TEXT    NOT NULL,
  marketplace TEXT   NOT NULL,
  sha256     TEXT    NOT NULL,
  subject    TEXT    NOT NULL,
  body       TEXT    NOT NULL,
  stored_at  INTEGER NOT NULL,
  PRIMARY KEY (notice_id, sha256)
);

CREATE TABLE outbox (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  notice_id       TEXT    NOT NULL,
  notice_sha256   TEXT    NOT NULL,
  recipient       TEXT,
  channel         TEXT,
  idempotency_key TEXT    UNIQUE,
  status          TEXT    NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  lease_owner     TEXT,
  lease_until     INTEGER,
  last_error      TEXT,
  server_answer   TEXT,
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL,
  CONSTRAINT outbox_notice UNIQUE (notice_id, notice_sha256),
  FOREIGN KEY (notice_id, notice_sha256) REFERENCES notices (notice_id, sha256)
);
CREATE INDEX outbox_status ON outbox (status, next_attempt_at);
