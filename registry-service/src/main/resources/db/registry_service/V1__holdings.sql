-- Read model of accounts and serial blocks, rebuilt from the event store.
CREATE TABLE accounts (
    id           VARCHAR(128) PRIMARY KEY,
    organisation VARCHAR(128) NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    balance      BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE serial_blocks (
    issuance_id   VARCHAR(64)  NOT NULL,
    account_id    VARCHAR(128) NOT NULL REFERENCES accounts (id),
    project_id    VARCHAR(64)  NOT NULL,
    report_id     VARCHAR(64)  NOT NULL,
    report_version INTEGER     NOT NULL,
    vintage       INTEGER      NOT NULL,
    serial_start  BIGINT       NOT NULL,
    serial_end    BIGINT       NOT NULL,
    quantity      BIGINT       NOT NULL,
    methodology   VARCHAR(64)  NOT NULL,
    dataset_digest CHAR(64)    NOT NULL,
    issued_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (serial_start),
    CHECK (serial_end >= serial_start AND quantity = serial_end - serial_start + 1)
);
