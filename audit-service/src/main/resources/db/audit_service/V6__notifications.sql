-- What needs whom now, kept from the sealed history in chain order: an item is opened by the event
-- that makes work for an organisation's role (a period without a verifier, a report to review, a
-- finding to answer) and closed by the event that does it. Closed items stay, with what closed them.
CREATE TABLE pending_work (
    id              BIGSERIAL    PRIMARY KEY,
    kind            VARCHAR(32)  NOT NULL,
    subject         VARCHAR(255) NOT NULL,
    -- null: every organisation holding the role (the registry's work)
    organisation    VARCHAR(255),
    role            VARCHAR(64)  NOT NULL,
    project_id      VARCHAR(255) NOT NULL,
    period_id       VARCHAR(255),
    report_id       VARCHAR(255),
    report_version  INTEGER,
    opened_position BIGINT       NOT NULL,
    opened_at       TIMESTAMPTZ  NOT NULL,
    closed_position BIGINT,
    closed_at       TIMESTAMPTZ
);
CREATE UNIQUE INDEX pending_work_open_subject ON pending_work (kind, subject) WHERE closed_at IS NULL;
CREATE INDEX pending_work_open_audience ON pending_work (role, organisation) WHERE closed_at IS NULL;
CREATE INDEX pending_work_open_project ON pending_work (project_id) WHERE closed_at IS NULL;

-- What the items need to know of earlier events: names, periods and their verifiers, reports.
CREATE TABLE notification_projects (
    project_id         VARCHAR(255) PRIMARY KEY,
    name               TEXT         NOT NULL,
    owner_organisation VARCHAR(255) NOT NULL
);
CREATE TABLE notification_periods (
    period_id             VARCHAR(255) PRIMARY KEY,
    project_id            VARCHAR(255) NOT NULL,
    period_start          DATE         NOT NULL,
    period_end            DATE         NOT NULL,
    verifier_organisation VARCHAR(255)
);
CREATE TABLE notification_reports (
    report_id  VARCHAR(255) PRIMARY KEY,
    project_id VARCHAR(255) NOT NULL,
    period_id  VARCHAR(255) NOT NULL,
    approved   BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE TABLE notification_progress (position BIGINT NOT NULL);
INSERT INTO notification_progress VALUES (0);

-- Who wants an e-mail when work opens for them: the address is the one in the user's token.
CREATE TABLE notification_subscriptions (
    user_id       VARCHAR(255) PRIMARY KEY,
    organisation  VARCHAR(255) NOT NULL,
    roles         TEXT[]       NOT NULL,
    address       VARCHAR(320) NOT NULL,
    subscribed_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The e-mails to send, written in the transaction that opened the item (an outbox): sent at least once.
CREATE TABLE notification_mails (
    id              BIGSERIAL    PRIMARY KEY,
    work_id         BIGINT       NOT NULL REFERENCES pending_work (id),
    address         VARCHAR(320) NOT NULL,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    sent_at         TIMESTAMPTZ,
    error           TEXT,
    UNIQUE (work_id, address)
);
CREATE INDEX notification_mails_due ON notification_mails (next_attempt_at) WHERE sent_at IS NULL;
