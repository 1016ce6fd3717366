-- marque case store, version 2 (SQLite): reports aggregate in the database, and a person's
-- settlement of an uncertain send is kept.

-- The report counts per marketplace, route and state from this index alone, in its order (no
-- sort, no read of the table).
CREATE INDEX cases_report ON cases (marketplace, route, state, submitted_at, removed_at,
  countered_at, relisted_at);

-- Time from submission to removal (none when the removal is recorded as earlier), in index
-- order, so a percentile is one step to the n-th entry of its marketplace and route.
ALTER TABLE cases ADD COLUMN takedown_ms INTEGER
  GENERATED ALWAYS AS (CASE WHEN removed_at >= submitted_at THEN removed_at - submitted_at END)
  VIRTUAL;
CREATE INDEX cases_takedown ON cases (marketplace, route, takedown_ms)
  WHERE takedown_ms IS NOT NULL;

-- When the event that put the case in its state happened: an open window is read from the case
-- row, not searched for in the event log.
ALTER TABLE cases ADD COLUMN state_at INTEGER;
UPDATE cases SET state_at = (SELECT MAX(e.at) FROM case_events e
  WHERE e.case_id = cases.id AND e.type = cases.state);

-- Who settled an outbox row left SENT_UNKNOWN, what they found, and why: append-only.
CREATE TABLE outbox_settlements (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  outbox_id  INTEGER NOT NULL REFERENCES outbox (id),
  arrived    INTEGER NOT NULL,
  actor      TEXT    NOT NULL,
  note       TEXT    NOT NULL,
  settled_at INTEGER NOT NULL
);
CREATE INDEX outbox_settlements_outbox ON outbox_settlements (outbox_id);
CREATE TRIGGER outbox_settlements_no_update BEFORE UPDATE ON outbox_settlements
BEGIN SELECT RAISE(ABORT, 'outbox_settlements is append-only'); END;
CREATE TRIGGER outbox_settlements_no_delete BEFORE DELETE ON outbox_settlements
BEGIN SELECT RAISE(ABORT, 'outbox_settlements is append-only'); END;
