-- CEMS data loggers of the monitoring plans (HJ 212 MN, one project each) and the provenance of
-- the hours they reported: each logger-hour is one reading batch, its values as derived from the
-- minutes and as the logger gave them.
CREATE TABLE data_loggers (
    mn            VARCHAR(24)  PRIMARY KEY,
    project_id    VARCHAR(64)  NOT NULL,
    source        VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    channels      JSONB        NOT NULL,
    registered_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX data_loggers_project ON data_loggers (project_id);

CREATE TABLE logger_hours (
    mn               VARCHAR(24) NOT NULL,
    hour             TIMESTAMP   NOT NULL,
    code             VARCHAR(32) NOT NULL,
    batch_id         VARCHAR(64) NOT NULL,
    project_id       VARCHAR(64) NOT NULL,
    period_id        VARCHAR(64) NOT NULL,
    parameter        VARCHAR(64) NOT NULL,
    value            NUMERIC     NOT NULL,
    flag             VARCHAR(8)  NOT NULL,
    valid_minutes    INTEGER     NOT NULL,
    minutes_reported INTEGER     NOT NULL,
    logger_value     NUMERIC,
    logger_flag      VARCHAR(8),
    -- the logger's own hourly value contradicts the minutes (another value by more than 1 %, or another validity)
    disagrees        BOOLEAN     NOT NULL,
    PRIMARY KEY (mn, hour, code)
);
CREATE INDEX logger_hours_period ON logger_hours (project_id, period_id, hour);
