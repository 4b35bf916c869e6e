-- Read model of reduction reports and their calculation versions, rebuilt from the event store.
CREATE TABLE reduction_reports (
    id                  VARCHAR(64)  PRIMARY KEY,
    project_id          VARCHAR(64)  NOT NULL,
    period_id           VARCHAR(64)  NOT NULL,
    owner_organisation  VARCHAR(128) NOT NULL,
    status              VARCHAR(32)  NOT NULL,
    latest_version      INTEGER      NOT NULL,
    approved_version    INTEGER,
    verifier_organisation VARCHAR(128),
    UNIQUE (project_id, period_id)
);

CREATE TABLE calculation_versions (
    report_id           VARCHAR(64)  NOT NULL REFERENCES reduction_reports (id),
    version             INTEGER      NOT NULL,
    methodology_id      VARCHAR(64)  NOT NULL,
    methodology_version VARCHAR(64)  NOT NULL,
    dataset_digest      CHAR(64)     NOT NULL,
    dataset             JSONB        NOT NULL,
    results             JSONB        NOT NULL,
    trace               JSONB        NOT NULL,
    calculated_at       TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (report_id, version)
);
