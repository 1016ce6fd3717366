-- marque case store, version 2 (PostgreSQL): reports aggregate in the database, and a person's
-- settlement of an uncertain send is kept.

-- The report counts per marketplace, route and state from this index alone, in its order (no
-- sort, no read of the table).
CREATE INDEX cases_report ON cases (marketplace, route, state, submitted_at, removed_at,
  countered_at, relisted_at);

-- Time from submission to removal (none when the removal is recorded as earlier), in index
-- order, so a percentile is one step to the n-th entry of its marketplace and route.
ALTER TABLE cases ADD COLUMN takedown_ms BIGINT
  GENERATED ALWAYS AS (CASE WHEN removed_at >= submitted_at THEN removed_at - submitted_at END)
  STORED;
CREATE INDEX cases_takedown ON cases (marketplace, route, takedown_ms)
  WHERE takedown_ms IS NOT NULL;

-- When the event that put the case in its state happened: an open window is read from the case
-- row, not searched for in the event log.
ALTER TABLE cases ADD COLUMN state_at BIGINT;
UPDATE cases SET state_at = (SELECT MAX(e.at) FROM case_events e
  WHERE e.case_id = cases.id AND e.type = cases.state);

-- Who settled an outbox row left SENT_UNKNOWN, what they found, and why: append-only.
CREATE TABLE outbox_settlements (
  id         BIGSERIAL PRIMARY KEY,
  outbox_id  BIGINT  NOT NULL REFERENCES outbox (id),
  arrived    BOOLEAN NOT NULL,
  actor      TEXT    NOT NULL,
  note       TEXT    NOT NULL,
  settled_at BIGINT  NOT NULL
);
CREATE INDEX outbox_settlements_outbox ON outbox_settlements (outbox_id);
CREATE FUNCTION marque_outbox_settlements_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'outbox_settlements is append-only';
END;
$$;
CREATE TRIGGER outbox_settlements_no_change BEFORE UPDATE OR DELETE ON outbox_settlements
  FOR EACH ROW EXECUTE FUNCTION marque_outbox_settlements_append_only();
