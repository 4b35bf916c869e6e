-- A report may be approved again in a corrected version: it then has a supplementary request or a
-- reversal, so requests are one per approved version, not one per report.
ALTER TABLE issuance_requests DROP CONSTRAINT issuance_requests_report_id_key;
ALTER TABLE issuance_requests ADD CONSTRAINT issuance_requests_report_version_key UNIQUE (report_id, report_version);

CREATE TABLE reversals (
    id                 VARCHAR(160) PRIMARY KEY,
    report_id          VARCHAR(64)  NOT NULL,
    superseded_version INTEGER      NOT NULL,
    version            INTEGER      NOT NULL,
    project_id         VARCHAR(64)  NOT NULL,
    owner_organisation VARCHAR(128) NOT NULL,
    vintage            INTEGER      NOT NULL,
    shortfall          BIGINT       NOT NULL,
    cancelled          BIGINT       NOT NULL,
    liability          BIGINT       NOT NULL,
    serials            JSONB        NOT NULL,
    reason             TEXT         NOT NULL,
    reversed_at        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX reversals_owner ON reversals (owner_organisation);

CREATE TABLE liability_settlements (
    id                 VARCHAR(64)  PRIMARY KEY,
    report_id          VARCHAR(64)  NOT NULL,
    owner_organisation VARCHAR(128) NOT NULL,
    account_id         VARCHAR(128) NOT NULL,
    quantity           BIGINT       NOT NULL,
    serials            JSONB        NOT NULL,
    settled_by         VARCHAR(128),
    settled_at         TIMESTAMPTZ  NOT NULL
);
ALTER TABLE cancellations ALTER COLUMN id TYPE VARCHAR(200);
