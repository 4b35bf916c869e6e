-- Read model of the operating log (shutdowns of destruction units), in local time of the project.
CREATE TABLE downtime (
    project_id              VARCHAR(64)  NOT NULL,
    unit_id                 VARCHAR(64)  NOT NULL,
    starts_local            TIMESTAMP    NOT NULL,
    ends_local              TIMESTAMP    NOT NULL,
    production_stopped      BOOLEAN      NOT NULL,
    stated_duration_minutes INTEGER,
    reference               VARCHAR(128),
    PRIMARY KEY (project_id, unit_id, starts_local)
);
