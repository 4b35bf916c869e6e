-- Readings are append-only: a correction will be a new row that points at the one it corrects.
CREATE TABLE reading_batches (
    id           VARCHAR(64)  PRIMARY KEY,
    project_id   VARCHAR(64)  NOT NULL,
    period_id    VARCHAR(64)  NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    format       VARCHAR(16)  NOT NULL,
    row_count    INTEGER      NOT NULL,
    recorded_by  VARCHAR(128) NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (project_id, sha256)
);

CREATE TABLE readings (
    id         BIGSERIAL     PRIMARY KEY,
    batch_id   VARCHAR(64)   NOT NULL REFERENCES reading_batches (id),
    project_id VARCHAR(64)   NOT NULL,
    period_id  VARCHAR(64)   NOT NULL,
    row_number INTEGER       NOT NULL,
    parameter  VARCHAR(64)   NOT NULL,
    source     VARCHAR(64)   NOT NULL,
    starts_at  TIMESTAMPTZ   NOT NULL,
    ends_at    TIMESTAMPTZ   NOT NULL,
    month      CHAR(7),
    value      NUMERIC       NOT NULL,
    unit       VARCHAR(16)   NOT NULL,
    quality    VARCHAR(32),
    UNIQUE (project_id, parameter, source, starts_at, ends_at)
);
CREATE INDEX readings_period ON readings (project_id, period_id, parameter);
