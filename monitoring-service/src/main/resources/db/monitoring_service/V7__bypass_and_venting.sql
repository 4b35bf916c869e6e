-- The operating log also holds bypass and venting events beside shutdowns.
ALTER TABLE downtime ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'shutdown';
ALTER TABLE downtime DROP CONSTRAINT downtime_pkey;
ALTER TABLE downtime ADD PRIMARY KEY (project_id, unit_id, kind, starts_local);
