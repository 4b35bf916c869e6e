-- The adapter's inbox: every data frame of a registered logger, stored before it is answered (9014),
-- once per logger, command and DataTime (a logger repeats what it saw no answer for).
CREATE TABLE frames (
    id          BIGSERIAL    PRIMARY KEY,
    mn          VARCHAR(24)  NOT NULL,
    cn          VARCHAR(8)   NOT NULL,
    data_time   TIMESTAMP    NOT NULL,
    qn          VARCHAR(32),
    segment     TEXT         NOT NULL,
    received_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (mn, cn, data_time)
);

-- The hours with data not yet forwarded: a small work list, its rows deleted once an hour's outcome is logged.
CREATE TABLE open_hours (
    mn           VARCHAR(24) NOT NULL,
    hour         TIMESTAMP   NOT NULL,
    minutes      INTEGER     NOT NULL DEFAULT 0,
    hourly       BOOLEAN     NOT NULL DEFAULT false,
    last_frame_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (mn, hour)
);

-- Each logger's latest DataTime: its own clock has moved past the hours it no longer sends.
CREATE TABLE logger_clocks (
    mn     VARCHAR(24) PRIMARY KEY,
    latest TIMESTAMP   NOT NULL
);

-- What became of each hour: recorded by the monitoring-service (its batch), or refused (why).
CREATE TABLE hour_outcomes (
    id        BIGSERIAL   PRIMARY KEY,
    mn        VARCHAR(24) NOT NULL,
    hour      TIMESTAMP   NOT NULL,
    outcome   VARCHAR(16) NOT NULL,
    batch_id  VARCHAR(64),
    detail    TEXT,
    logged_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX hour_outcomes_hour ON hour_outcomes (mn, hour);
