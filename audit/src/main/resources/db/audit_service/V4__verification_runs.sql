-- An auditor's verification of the whole history runs in the background (a long history takes
-- minutes); each run is kept with who asked, when, and what it found.
CREATE TABLE verification_runs (
    id           VARCHAR(36)  PRIMARY KEY,
    requested_by VARCHAR(255) NOT NULL,
    requested_at TIMESTAMPTZ  NOT NULL,
    finished_at  TIMESTAMPTZ,
    outcome      JSONB,
    failure      TEXT
);
CREATE INDEX verification_runs_unfinished ON verification_runs (requested_at) WHERE finished_at IS NULL;
