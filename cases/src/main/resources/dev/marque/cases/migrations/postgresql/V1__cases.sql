-- marque case store, version 1 (PostgreSQL). Times are UTC milliseconds since the epoch.
CREATE TABLE cases (
  id            BIGSERIAL PRIMARY KEY,
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
  opened_at     BIGINT  NOT NULL,
  updated_at    BIGINT  NOT NULL,
  event_count   INTEGER NOT NULL DEFAULT 0,
  -- when each milestone first happened, kept with the event so reports read one row per case
  submitted_at  BIGINT,
  removed_at  BIGINT,
  countered_at  BIGINT,
  relisted_at  BIGINT,
  CONSTRAINT cases_listing_right UNIQUE (marketplace, listing_id, right_ref)
);
CREATE INDEX cases_state ON cases (state, id);
CREATE INDEX cases_notice ON cases (notice_id);

CREATE TABLE case_events (
  id          BIGSERIAL PRIMARY KEY,
  case_id     BIGINT  NOT NULL REFERENCES cases (id),
  seq         INTEGER NOT NULL,
  type        TEXT    NOT NULL,
  at          BIGINT  NOT NULL,
  actor       TEXT    NOT NULL,
  note        TEXT,
  evidence    TEXT    NOT NULL DEFAULT '',
  recorded_at BIGINT  NOT NULL,
  CONSTRAINT case_events_seq UNIQUE (case_id, seq)
);

-- The event log is append-only: the database itself refuses to change or remove an event.
CREATE FUNCTION marque_case_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_events is append-only';
END;
$$;
CREATE TRIGGER case_events_no_change BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION marque_case_events_append_only();

CREATE TABLE notices (
  notice_id   TEXT    NOT NULL,
  route       TEXT    NOT NULL,
  marketplace TEXT    NOT NULL,
  sha256      TEXT    NOT NULL,
  subject     TEXT    NOT NULL,
  body        TEXT    NOT NULL,
  stored_at   BIGINT  NOT NULL,
  PRIMARY KEY (notice_id, sha256)
);

CREATE TABLE outbox (
  id              BIGSERIAL PRIMARY KEY,
  notice_id       TEXT    NOT NULL,
  notice_sha256   TEXT    NOT NULL,
  recipient       TEXT,
  channel         TEXT,
  idempotency_key TEXT    UNIQUE,
  status          TEXT    NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT  NOT NULL,
  lease_owner     TEXT,
  lease_until     BIGINT,
  last_error      TEXT,
  server_answer   TEXT,
  created_at      BIGINT  NOT NULL,
  updated_at      BIGINT  NOT NULL,
  CONSTRAINT outbox_notice UNIQUE (notice_id, notice_sha256),
  FOREIGN KEY (notice_id, notice_sha256) REFERENCES notices (notice_id, sha256)
);
CREATE INDEX outbox_status ON outbox (status, next_attempt_at);
