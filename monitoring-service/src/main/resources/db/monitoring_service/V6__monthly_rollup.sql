-- Monthly totals per parameter and source, kept as readings stream in and as corrections arrive,
-- so period aggregates do not rescan millions of rows. Whole-period values have month ''.
CREATE TABLE monthly_rollup (
    project_id VARCHAR(64) NOT NULL,
    period_id  VARCHAR(64) NOT NULL,
    parameter  VARCHAR(64) NOT NULL,
    source     VARCHAR(64) NOT NULL,
    month      VARCHAR(7)  NOT NULL,
    unit       VARCHAR(16) NOT NULL,
    n          BIGINT      NOT NULL,
    total      NUMERIC     NOT NULL,
    low        NUMERIC     NOT NULL,
    high       NUMERIC     NOT NULL,
    PRIMARY KEY (project_id, period_id, parameter, source, month)
);

INSERT INTO monthly_rollup (project_id, period_id, parameter, source, month, unit, n, total, low, high)
SELECT project_id, period_id, parameter, source, COALESCE(month, ''), min(unit), count(*), sum(effective_value),
       min(effective_value), max(effective_value)
FROM effective_readings
GROUP BY project_id, period_id, parameter, source, COALESCE(month, '');
