-- Input data sets, stored once by the SHA-256 of their canonical JSON (docs/decisions/0007): an
-- auditor checks one with  encode(sha256(content), 'hex') = sha256.  Versions point at them by digest.
CREATE TABLE datasets (
    sha256     CHAR(64)    PRIMARY KEY,
    content    BYTEA       NOT NULL,
    size_bytes INTEGER     NOT NULL,
    stored_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (encode(sha256(content), 'hex') = sha256)
);
-- versions calculated before this release kept their data set inline
ALTER TABLE calculation_versions ALTER COLUMN dataset DROP NOT NULL;
