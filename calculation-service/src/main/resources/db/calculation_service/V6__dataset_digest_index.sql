-- A version's data set is looked up in the other projects' versions (the same data is credited once).
CREATE INDEX calculation_versions_digest ON calculation_versions (dataset_digest);
