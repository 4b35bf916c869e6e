-- The project's description version: 1 as submitted, one more with each amendment.
ALTER TABLE projects ADD COLUMN version INT NOT NULL DEFAULT 1;
