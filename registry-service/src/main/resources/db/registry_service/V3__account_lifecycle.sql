-- Accounts have a name and a status (OPEN, SUSPENDED: receives but cannot send, CLOSED).
ALTER TABLE accounts ADD COLUMN name TEXT;
ALTER TABLE accounts ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'OPEN';
