-- Corrections never touch the uploaded row: each is a new row, the latest one gives the effective value.
CREATE TABLE reading_corrections (
    id             BIGSERIAL    PRIMARY KEY,
    reading_id     BIGINT       NOT NULL REFERENCES readings (id),
    batch_id       VARCHAR(64)  NOT NULL,
    previous_value NUMERIC      NOT NULL,
    value          NUMERIC      NOT NULL,
    unit           VARCHAR(16)  NOT NULL,
    reason         TEXT         NOT NULL,
    evidence       TEXT,
    corrected_by   VARCHAR(128),
    corrected_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX reading_corrections_reading ON reading_corrections (reading_id, id);

-- The value every calculation and check uses: the latest correction, else the uploaded value.
CREATE VIEW effective_readings AS
SELECT r.*,
       COALESCE(c.value, r.value) AS effective_value,
       (c.reading_id IS NOT NULL)  AS corrected
FROM readings r
LEFT JOIN (SELECT DISTINCT ON (reading_id) reading_id, value
           FROM reading_corrections
           ORDER BY reading_id, id DESC) c ON c.reading_id = r.id;
