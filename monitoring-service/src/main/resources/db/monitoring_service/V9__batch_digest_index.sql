-- The QA check for data reused across projects looks batches up by content digest alone.
CREATE INDEX reading_batches_sha256 ON reading_batches (sha256);
