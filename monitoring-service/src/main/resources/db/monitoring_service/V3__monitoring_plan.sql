-- Read model of monitoring plans (every version), calibrations, substitutions and QA acknowledgements.
CREATE TABLE monitoring_plans (
    project_id     VARCHAR(64) NOT NULL,
    version        INTEGER     NOT NULL,
    effective_from DATE        NOT NULL,
    parameters     JSONB       NOT NULL,
    meters         JSONB       NOT NULL,
    PRIMARY KEY (project_id, version)
);

CREATE TABLE calibrations (
    project_id   VARCHAR(64)  NOT NULL,
    meter_serial VARCHAR(64)  NOT NULL,
    performed_on DATE         NOT NULL,
    valid_until  DATE         NOT NULL,
    certificate  VARCHAR(255),
    laboratory   VARCHAR(255),
    PRIMARY KEY (project_id, meter_serial, performed_on)
);

CREATE TABLE meter_substitutions (
    project_id        VARCHAR(64)  NOT NULL,
    meter_serial      VARCHAR(64)  NOT NULL,
    substitute_serial VARCHAR(64)  NOT NULL,
    from_date         DATE         NOT NULL,
    to_date           DATE         NOT NULL,
    reason            TEXT
);

CREATE TABLE qa_acknowledgements (
    project_id      VARCHAR(64)  NOT NULL,
    period_id       VARCHAR(64)  NOT NULL,
    finding_id      VARCHAR(64)  NOT NULL,
    comment         TEXT         NOT NULL,
    acknowledged_by VARCHAR(128),
    acknowledged_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (project_id, period_id, finding_id)
);
