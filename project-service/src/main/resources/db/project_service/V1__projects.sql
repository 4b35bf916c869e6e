-- Read model of projects and their reporting periods, rebuilt from the event store.
CREATE TABLE projects (
    id                     VARCHAR(64)  PRIMARY KEY,
    name                   TEXT         NOT NULL,
    methodology_id         VARCHAR(64)  NOT NULL,
    methodology_version    VARCHAR(64)  NOT NULL,
    owner_organisation     VARCHAR(128) NOT NULL,
    status                 VARCHAR(32)  NOT NULL,
    facility               JSONB        NOT NULL,
    time_zone              VARCHAR(64)  NOT NULL,
    crediting_period_start DATE         NOT NULL,
    crediting_period_end   DATE         NOT NULL,
    submitted_at           TIMESTAMPTZ  NOT NULL
);
CREATE INDEX projects_owner ON projects (owner_organisation);
CREATE INDEX projects_status ON projects (status);

CREATE TABLE reporting_periods (
    project_id            VARCHAR(64)  NOT NULL REFERENCES projects (id),
    id                    VARCHAR(64)  NOT NULL,
    start_date            DATE         NOT NULL,
    end_date              DATE         NOT NULL,
    verifier_organisation VARCHAR(128),
    PRIMARY KEY (project_id, id)
);
CREATE INDEX reporting_periods_verifier ON reporting_periods (verifier_organisation);
