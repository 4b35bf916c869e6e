-- Who may see each sealed event in the feed and through webhooks, kept in chain order: the owners
-- of the projects it concerns, the verifier assigned to the reporting period it concerns (from the
-- assignment on), and the holders of the accounts it moves credits from or to.
CREATE TABLE feed_audiences (
    organisation VARCHAR(255) NOT NULL,
    position     BIGINT       NOT NULL,
    PRIMARY KEY (organisation, position)
);
CREATE TABLE feed_audience_progress (position BIGINT NOT NULL);
INSERT INTO feed_audience_progress VALUES (0);

CREATE TABLE feed_accounts (
    account_id   VARCHAR(255) PRIMARY KEY,
    organisation VARCHAR(255) NOT NULL
);
CREATE TABLE feed_period_verifiers (
    period_id             VARCHAR(255) PRIMARY KEY,
    verifier_organisation VARCHAR(255) NOT NULL
);
-- the period of the reports and reading batches whose events name only them
CREATE TABLE feed_subject_periods (
    subject_id VARCHAR(255) PRIMARY KEY,
    period_id  VARCHAR(255) NOT NULL
);
