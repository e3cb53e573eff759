-- The media library (issue 16): alt text and uploader of each uploaded picture, by its
-- path below the content folder. Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL 15.

CREATE TABLE media_image (
    path VARCHAR(1000) PRIMARY KEY,
    alt VARCHAR(1000) NOT NULL,
    uploaded_by VARCHAR(100),
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
