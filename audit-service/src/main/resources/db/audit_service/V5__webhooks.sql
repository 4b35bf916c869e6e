-- Webhook endpoints of organisations, each with the cursor in the sealed history up to which it has
-- been served: the history is the outbox, an event is delivered after it, and the cursor moves
-- only when the receiver answered 2xx (at least once, never lost).
CREATE TABLE webhook_endpoints (
    id                   VARCHAR(64)  PRIMARY KEY,
    organisation         VARCHAR(255) NOT NULL,
    url                  TEXT         NOT NULL,
    kinds                TEXT[]       NOT NULL,
    secret               VARCHAR(100) NOT NULL,
    previous_secret      VARCHAR(100),
    previous_valid_until TIMESTAMPTZ,
    cursor               BIGINT       NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    failing_since        TIMESTAMPTZ,
    attempts             INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    disabled_reason      TEXT,
    created_by           VARCHAR(255) NOT NULL,
    created_at           TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX webhook_endpoints_due ON webhook_endpoints (next_attempt_at) WHERE status = 'active';
CREATE INDEX webhook_endpoints_organisation ON webhook_endpoints (organisation);

-- Every attempt: which event, the answer's status (0: no answer), how long it took.
CREATE TABLE webhook_deliveries (
    id           BIGSERIAL    PRIMARY KEY,
    endpoint_id  VARCHAR(64)  NOT NULL REFERENCES webhook_endpoints (id),
    event_id     VARCHAR(255) NOT NULL,
    event_type   VARCHAR(255) NOT NULL,
    sequence     BIGINT       NOT NULL,
    attempt      INTEGER      NOT NULL,
    status       INTEGER      NOT NULL,
    latency_ms   INTEGER      NOT NULL,
    error        TEXT,
    attempted_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id DESC);
