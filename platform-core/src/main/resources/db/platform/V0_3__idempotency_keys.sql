-- Answers to POSTs sent with an Idempotency-Key: a repeat with the same body gets the first answer.
CREATE TABLE IF NOT EXISTS ${flyway:defaultSchema}.idempotency_keys (
    caller         VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    method         VARCHAR(8)   NOT NULL,
    path           TEXT         NOT NULL,
    request_sha256 CHAR(64)     NOT NULL,
    status         INTEGER,
    content_type   VARCHAR(255),
    body           BYTEA,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, idempotency_key)
);
