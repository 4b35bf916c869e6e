-- The reporting periods whose QA checks must run again because their data changed: marked by the
-- critical-qa-findings processor, emptied by the review that raises and clears critical findings.
-- A period of '*' is every period of the project (a calibration, a plan, a shutdown log).
CREATE TABLE qa_review_due (
    project_id VARCHAR(255) NOT NULL,
    period_id  VARCHAR(255) NOT NULL,
    due_since  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (project_id, period_id)
);
