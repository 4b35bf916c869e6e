-- minutes of each logger-hour flagged C (calibration), to be found in the meter's calibration register;
-- hours recorded before this column counted none
ALTER TABLE logger_hours ADD COLUMN calibration_minutes INTEGER NOT NULL DEFAULT 0;
