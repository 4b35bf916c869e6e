-- The transaction that wrote each event (its id, never reused): the audit service seals events in
-- the order their transactions ended, which the global index alone does not give (it is taken
-- before commit, so a later index can commit first). Idempotent: every service runs it.
SELECT pg_advisory_xact_lock(727001);

ALTER TABLE eventstore.domain_event_entry
    ADD COLUMN IF NOT EXISTS committed_by xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE INDEX IF NOT EXISTS domain_event_entry_committed_by ON eventstore.domain_event_entry (committed_by);
