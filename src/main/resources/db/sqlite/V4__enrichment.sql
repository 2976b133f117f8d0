-- Enrichment: per-article language, reading time and the full result (JSON), plus index tables that pages query:
-- hashtags, entities and quotes. seen_at is the article's shown time, copied so time windows need no join.
CREATE TABLE article_enrichment (
    article_id      INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    version         INTEGER NOT NULL,
    language        TEXT    NOT NULL,
    reading_minutes INTEGER NOT NULL,
    data            TEXT    NOT NULL
);

CREATE TABLE article_tags (
    tag        TEXT    NOT NULL COLLATE NOCASE,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    rank       INTEGER NOT NULL,
    seen_at    INTEGER NOT NULL,
    PRIMARY KEY (tag, article_id)
);
CREATE INDEX article_tags_article ON article_tags (article_id);
CREATE INDEX article_tags_seen ON article_tags (seen_at);

CREATE TABLE article_entities (
    entity_key TEXT    NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    salience   REAL    NOT NULL,
    PRIMARY KEY (entity_key, article_id)
);
CREATE INDEX article_entities_article ON article_entities (article_id);

CREATE TABLE quotes (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    speaker     TEXT    NOT NULL,
    speaker_key TEXT,
    text        TEXT    NOT NULL,
    cue         TEXT    NOT NULL,
    sentence    TEXT    NOT NULL,
    seen_at     INTEGER NOT NULL
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker ON quotes (speaker_key, seen_at DESC);
