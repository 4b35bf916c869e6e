-- Reporting periods whose report the verifier approved: their verifier can no longer be changed.
CREATE TABLE approved_periods (
    project_id  VARCHAR(64) NOT NULL,
    period_id   VARCHAR(64) NOT NULL,
    report_id   VARCHAR(64) NOT NULL,
    approved_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (project_id, period_id)
);
