-- The hourly values (CEMS) of a period, one row per parameter and source, kept as readings stream
-- in and as corrections arrive: a calculation reads a year's 52,560 values as 6 rows. Each value's
-- hour is the epoch second its reading starts; values are effective (after corrections).
CREATE TABLE hourly_series (
    project_id VARCHAR(64) NOT NULL,
    period_id  VARCHAR(64) NOT NULL,
    parameter  VARCHAR(64) NOT NULL,
    source     VARCHAR(64) NOT NULL,
    unit       VARCHAR(16) NOT NULL,
    starts     BIGINT[]    NOT NULL,
    vals       NUMERIC[]   NOT NULL,
    quality    TEXT[]      NOT NULL,
    PRIMARY KEY (project_id, period_id, parameter, source),
    CHECK (cardinality(starts) = cardinality(vals) AND cardinality(starts) = cardinality(quality))
);

-- Readings recorded before this table: every reading of one whole hour. Uploads from now on add the
-- readings of the methodology's hourly parameters, which the upload rules hold to whole hours.
INSERT INTO hourly_series (project_id, period_id, parameter, source, unit, starts, vals, quality)
SELECT project_id, period_id, parameter, source, min(unit),
       array_agg(extract(epoch FROM starts_at)::bigint ORDER BY starts_at),
       array_agg(effective_value ORDER BY starts_at),
       array_agg(quality ORDER BY starts_at)
FROM effective_readings
WHERE ends_at - starts_at = interval '1 hour' AND date_trunc('hour', starts_at) = starts_at
GROUP BY project_id, period_id, parameter, source;
