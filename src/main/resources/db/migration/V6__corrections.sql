-- Corrections on published stories (issue 6), in the order they were made.
-- Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL 15.

CREATE TABLE article_correction (
    article_id BIGINT NOT NULL,
    idx INT NOT NULL,
    correction_date DATE NOT NULL,
    correction_text TEXT NOT NULL,
    PRIMARY KEY (article_id, idx),
    CONSTRAINT fk_article_correction FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);
