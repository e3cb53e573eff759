-- Issue 13: the size and modification time of a story file as last loaded (with the
-- loader's settings), so an unchanged reload skips files without reading them.
-- NULL means "read and hash the file next time". Runs unchanged on H2 and PostgreSQL 15.

ALTER TABLE article ADD COLUMN source_stamp VARCHAR(100);
