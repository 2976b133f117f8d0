-- Stories: each article's story and copy group, with the embedding it was placed by; story snapshots.
CREATE TABLE article_stories (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    story_id   INTEGER NOT NULL,
    copy_group INTEGER NOT NULL,
    embedding  BLOB
);
CREATE INDEX article_stories_story ON article_stories (story_id);

CREATE TABLE stories (
    id            INTEGER PRIMARY KEY,
    headline      TEXT NOT NULL,
    lead_article  INTEGER NOT NULL,
    first_seen    INTEGER NOT NULL,
    last_updated  INTEGER NOT NULL,
    article_count INTEGER NOT NULL,
    source_count  INTEGER NOT NULL
);
CREATE INDEX stories_updated ON stories (last_updated DESC);
