-- A data set is written once and read rarely; compressing 1–2 MB with pglz on every insert costs
-- more than the disk it saves.
ALTER TABLE datasets ALTER COLUMN content SET STORAGE EXTERNAL;
