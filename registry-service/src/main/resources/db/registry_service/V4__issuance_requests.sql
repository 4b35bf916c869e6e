-- Issuance requests: one per approved reduction report, issued by policy or by a registry administrator.
CREATE TABLE issuance_requests (
    id                 VARCHAR(128) PRIMARY KEY,
    report_id          VARCHAR(64)  NOT NULL UNIQUE,
    report_version     INTEGER      NOT NULL,
    project_id         VARCHAR(64)  NOT NULL,
    owner_organisation VARCHAR(128) NOT NULL,
    vintage            INTEGER      NOT NULL,
    quantity           BIGINT       NOT NULL,
    methodology        VARCHAR(64)  NOT NULL,
    dataset_digest     CHAR(64)     NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    requested_at       TIMESTAMPTZ  NOT NULL,
    issued_at          TIMESTAMPTZ,
    issued_by          VARCHAR(128),
    account_id         VARCHAR(128)
);
