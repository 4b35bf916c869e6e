-- Verifier findings, staleness after data changes, and what changed between versions.
ALTER TABLE reduction_reports ADD COLUMN stale BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE reduction_reports ADD COLUMN stale_cause TEXT;
ALTER TABLE calculation_versions ADD COLUMN changes JSONB NOT NULL DEFAULT '{}';

CREATE TABLE findings (
    report_id             VARCHAR(64)  NOT NULL REFERENCES reduction_reports (id),
    id                    VARCHAR(64)  NOT NULL,
    version               INTEGER      NOT NULL,
    kind                  VARCHAR(32)  NOT NULL,
    subject               TEXT         NOT NULL,
    text                  TEXT         NOT NULL,
    raised_by             VARCHAR(128),
    raised_at             TIMESTAMPTZ  NOT NULL,
    answer                TEXT,
    answered_by           VARCHAR(128),
    answered_at           TIMESTAMPTZ,
    closing_note          TEXT,
    closed_by             VARCHAR(128),
    closed_at             TIMESTAMPTZ,
    PRIMARY KEY (report_id, id)
);
