-- Issue 13: an unchanged reload asks for the fingerprint of every story (id, slug, path,
-- hash, stamp, removed) and the search index's start-up check for every released story's
-- id and version. Both are answered from this index alone: a scan of the table itself
-- reads every row whole, Markdown and HTML included (on H2 about a second for 10,000
-- stories, most of an unchanged reload). It replaces the index on source_path alone, whose
-- lookups it serves as well. Runs unchanged on H2 and PostgreSQL 15.

DROP INDEX ix_article_source;
CREATE INDEX ix_article_fingerprint
    ON article (source_path, id, slug, content_hash, source_stamp, removed, draft, version);
