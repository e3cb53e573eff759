-- Length limits count characters (code points), as a person does: an emoji or a rare CJK
-- character is one, though Java and H2 store it as two UTF-16 units. H2 sizes VARCHAR in
-- those units (PostgreSQL in characters), so every column whose text is limited in
-- characters doubles, keeping a value at its limit storable on both; so do the slugs made
-- from desk, tag and author names. The limits themselves stay in the code (a story's own
-- slug is still at most 200 units). Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL 15.

-- Stories: the headline, the desk, the picture's text (slug stays 200 units).
ALTER TABLE article ALTER COLUMN title SET DATA TYPE VARCHAR(1000);
ALTER TABLE article ALTER COLUMN desk_name SET DATA TYPE VARCHAR(400);
ALTER TABLE article ALTER COLUMN desk_slug SET DATA TYPE VARCHAR(400);
ALTER TABLE article ALTER COLUMN image_alt SET DATA TYPE VARCHAR(2000);
ALTER TABLE article ALTER COLUMN image_credit SET DATA TYPE VARCHAR(1000);

-- Bylines and tags.
ALTER TABLE article_author ALTER COLUMN name SET DATA TYPE VARCHAR(400);
ALTER TABLE article_author ALTER COLUMN slug SET DATA TYPE VARCHAR(400);
ALTER TABLE article_tag ALTER COLUMN name SET DATA TYPE VARCHAR(400);
ALTER TABLE article_tag ALTER COLUMN slug SET DATA TYPE VARCHAR(400);

-- Copies: a reply's name, the audit log's story title and name, a mail's subject.
ALTER TABLE reply ALTER COLUMN author_name SET DATA TYPE VARCHAR(490);
ALTER TABLE moderation_audit ALTER COLUMN article_title SET DATA TYPE VARCHAR(1000);
ALTER TABLE moderation_audit ALTER COLUMN author_name SET DATA TYPE VARCHAR(490);
ALTER TABLE mail_message ALTER COLUMN subject SET DATA TYPE VARCHAR(2000);
