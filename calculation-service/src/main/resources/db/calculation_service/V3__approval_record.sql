-- Who approved (or rejected) the report, and when.
ALTER TABLE reduction_reports ADD COLUMN decided_by VARCHAR(128);
ALTER TABLE reduction_reports ADD COLUMN decided_at TIMESTAMPTZ;
ALTER TABLE reduction_reports ADD COLUMN decision_note TEXT;
