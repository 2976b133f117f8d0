-- Full text from the article's page, kept beside the feed's body, and per-source learned boilerplate.
ALTER TABLE articles ADD COLUMN page_html TEXT;
ALTER TABLE articles ADD COLUMN page_text TEXT;
ALTER TABLE articles ADD COLUMN shown TEXT NOT NULL DEFAULT 'FEED';
-- NONE: not needed; PENDING: to fetch; DONE; FAILED (see full_text_error).
ALTER TABLE articles ADD COLUMN full_text TEXT NOT NULL DEFAULT 'NONE';
ALTER TABLE articles ADD COLUMN full_text_error TEXT;
CREATE INDEX articles_full_text_pending ON articles (id) WHERE full_text = 'PENDING';

CREATE TABLE source_boilerplate (
    source_id  INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    articles   INTEGER NOT NULL,
    learned_at INTEGER NOT NULL,
    PRIMARY KEY (source_id, text)
);
