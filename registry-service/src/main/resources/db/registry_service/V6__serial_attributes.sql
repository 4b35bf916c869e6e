-- The registry's register of projects (from the project-service's events) and each block's batch:
-- what programme serial formats print besides the serial range (docs/serial-numbers.md).
CREATE TABLE registry_projects (
    project_id         VARCHAR(64)  PRIMARY KEY,
    number             INTEGER      UNIQUE,
    name               TEXT         NOT NULL,
    owner_organisation VARCHAR(128) NOT NULL,
    methodology_id     VARCHAR(64)  NOT NULL,
    country            CHAR(2),
    subdivision        VARCHAR(3)
);
ALTER TABLE serial_blocks ADD COLUMN batch INTEGER NOT NULL DEFAULT 1;
