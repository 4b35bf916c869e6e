-- Events a tracking processor of this service could not handle, parked in Axon's JDBC dead-letter
-- queue (its default names, unquoted, as Axon's statements use them) until a platform operator
-- retries them: one poison event neither stalls its processor nor disappears.
CREATE TABLE IF NOT EXISTS ${flyway:defaultSchema}.DeadLetterEntry (
    deadLetterIdentifier VARCHAR(255) NOT NULL,
    processingGroup      VARCHAR(255) NOT NULL,
    sequenceIdentifier   VARCHAR(255) NOT NULL,
    sequenceIndex        BIGINT       NOT NULL,
    messageType          VARCHAR(255) NOT NULL,
    eventIdentifier      VARCHAR(255) NOT NULL,
    timestamp            VARCHAR(255) NOT NULL,
    payloadType          VARCHAR(255) NOT NULL,
    payloadRevision      VARCHAR(255),
    payload              BYTEA        NOT NULL,
    metaData             BYTEA,
    type                 VARCHAR(255),
    aggregateIdentifier  VARCHAR(255),
    sequenceNumber       BIGINT,
    tokenType            VARCHAR(255),
    token                BYTEA,
    enqueuedAt           VARCHAR(255) NOT NULL,
    lastTouched          VARCHAR(255),
    processingStarted    VARCHAR(255),
    causeType            VARCHAR(255),
    causeMessage         VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT dead_letter_pk PRIMARY KEY (deadLetterIdentifier),
    CONSTRAINT dead_letter_sequence UNIQUE (processingGroup, sequenceIdentifier, sequenceIndex)
);
CREATE INDEX IF NOT EXISTS dead_letter_group ON ${flyway:defaultSchema}.DeadLetterEntry (processingGroup);
CREATE INDEX IF NOT EXISTS dead_letter_group_sequence ON ${flyway:defaultSchema}.DeadLetterEntry (processingGroup, sequenceIdentifier);
