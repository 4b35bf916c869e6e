-- Tracking tokens of this service's event processors, in the service's own schema.
CREATE TABLE IF NOT EXISTS ${flyway:defaultSchema}.token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);
