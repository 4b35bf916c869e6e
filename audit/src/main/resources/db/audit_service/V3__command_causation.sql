-- An event applied while a command was handled names what caused that command (commandCausationId
-- in its metadata): the chain of causes goes through the command, which is not stored. The index is
-- derived from the events alone: emptied here, the indexer writes it again with the new column.
ALTER TABLE history_entries ADD COLUMN command_causation_id VARCHAR(255);
CREATE INDEX history_entries_command_causation ON history_entries (command_causation_id);
TRUNCATE history_entries, history_projects, history_issued_serials, history_project_owners;
UPDATE history_progress SET position = 0;
