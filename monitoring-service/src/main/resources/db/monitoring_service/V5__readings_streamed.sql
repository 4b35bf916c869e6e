-- Rows stream in before their batch row is written (its digest is known only at the end of the
-- upload): the foreign key is checked at commit.
ALTER TABLE readings DROP CONSTRAINT readings_batch_id_fkey;
ALTER TABLE readings ADD CONSTRAINT readings_batch_id_fkey FOREIGN KEY (batch_id) REFERENCES reading_batches (id)
    DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE reading_batches ALTER COLUMN row_count TYPE BIGINT;
