-- Where a project is (ISO 3166-1 country, ISO 3166-2 subdivision): registries print it in serials.
ALTER TABLE projects ADD COLUMN country CHAR(2);
ALTER TABLE projects ADD COLUMN subdivision VARCHAR(6);
