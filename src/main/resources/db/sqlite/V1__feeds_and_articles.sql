-- Sources, feeds and articles. Times are epoch milliseconds (UTC).
CREATE TABLE sources (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    home_page TEXT,
    lookup    TEXT NOT NULL UNIQUE
);

CREATE TABLE feeds (
    id                 INTEGER PRIMARY KEY,
    source_id          INTEGER NOT NULL REFERENCES sources (id),
    url                TEXT NOT NULL UNIQUE,
    title              TEXT,
    site_url           TEXT,
    category           TEXT,
    etag               TEXT,
    last_modified      TEXT,
    last_attempt       INTEGER,
    last_success       INTEGER,
    last_error         TEXT,
    consecutive_errors INTEGER NOT NULL DEFAULT 0,
    refresh_seconds    INTEGER NOT NULL,
    next_check         INTEGER NOT NULL,
    created_at         INTEGER NOT NULL
);
CREATE INDEX feeds_next_check ON feeds (next_check);

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    feed_id      INTEGER REFERENCES feeds (id) ON DELETE SET NULL,
    source_id    INTEGER NOT NULL REFERENCES sources (id),
    url          TEXT NOT NULL UNIQUE,
    guid         TEXT NOT NULL,
    title        TEXT NOT NULL,
    author       TEXT,
    published    INTEGER,
    updated      INTEGER,
    summary      TEXT,
    content_html TEXT,
    text         TEXT,
    language     TEXT,
    fetched_at   INTEGER NOT NULL,
    shown_at     INTEGER NOT NULL
);
CREATE UNIQUE INDEX articles_feed_guid ON articles (feed_id, guid);
CREATE INDEX articles_shown_at ON articles (shown_at DESC, id DESC);
CREATE INDEX articles_source ON articles (source_id, shown_at DESC);
