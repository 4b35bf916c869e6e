-- Blocks split as credits move; a retired block keeps its serials and can never move again.
ALTER TABLE serial_blocks ADD COLUMN state VARCHAR(16) NOT NULL DEFAULT 'LIVE';
ALTER TABLE serial_blocks DROP CONSTRAINT serial_blocks_account_id_fkey;
ALTER TABLE accounts DROP COLUMN balance;

CREATE TABLE retirements (
    id           VARCHAR(64)  PRIMARY KEY,
    account_id   VARCHAR(128) NOT NULL,
    quantity     BIGINT       NOT NULL,
    serials      JSONB        NOT NULL,
    beneficiary  TEXT         NOT NULL,
    purpose      TEXT,
    reason       TEXT,
    jurisdiction TEXT,
    retired_by   VARCHAR(128),
    retired_at   TIMESTAMPTZ  NOT NULL
);

CREATE TABLE cancellations (
    id           VARCHAR(64)  PRIMARY KEY,
    account_id   VARCHAR(128) NOT NULL,
    quantity     BIGINT       NOT NULL,
    serials      JSONB        NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    reason       TEXT,
    cancelled_by VARCHAR(128),
    cancelled_at TIMESTAMPTZ  NOT NULL
);
