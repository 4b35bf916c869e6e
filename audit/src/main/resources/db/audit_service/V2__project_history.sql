-- The auditor's index of the sealed history: every sealed event once, with who did it and why, and
-- the projects it concerns. Derived from the events alone (truncate and it is rebuilt).
CREATE TABLE history_progress (
    only_row SMALLINT PRIMARY KEY DEFAULT 1 CHECK (only_row = 1),
    position BIGINT NOT NULL
);
INSERT INTO history_progress (position) VALUES (0);

CREATE TABLE history_entries (
    global_index         BIGINT       PRIMARY KEY,
    position             BIGINT       NOT NULL UNIQUE,
    event_identifier     VARCHAR(255) NOT NULL,
    event_type           VARCHAR(255) NOT NULL,
    aggregate_type       VARCHAR(255),
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    occurred_at          TIMESTAMPTZ  NOT NULL,
    actor                VARCHAR(255),
    organisation         VARCHAR(255),
    roles                TEXT,
    client_id            VARCHAR(255),
    correlation_id       VARCHAR(255),
    causation_id         VARCHAR(255)
);
CREATE INDEX history_entries_event ON history_entries (event_identifier);
CREATE INDEX history_entries_correlation ON history_entries (correlation_id);
CREATE INDEX history_entries_causation ON history_entries (causation_id);

CREATE TABLE history_projects (
    project_id   VARCHAR(64) NOT NULL,
    position     BIGINT      NOT NULL,
    PRIMARY KEY (project_id, position)
);

-- which project's credits each serial is: credit movements name serials, not projects
CREATE TABLE history_issued_serials (
    project_id   VARCHAR(64) NOT NULL,
    serial_start BIGINT      NOT NULL,
    serial_end   BIGINT      NOT NULL,
    PRIMARY KEY (serial_start)
);

CREATE TABLE history_project_owners (
    project_id         VARCHAR(64)  PRIMARY KEY,
    owner_organisation VARCHAR(255) NOT NULL
);
