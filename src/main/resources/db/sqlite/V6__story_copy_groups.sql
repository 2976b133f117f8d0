-- Each story's copy groups with the newest article of each (by shown_at, then id), kept by triggers, so the
-- related articles of an article outside the window read one row per listed copy group, however big the story
-- (a burst of 10,000 wire copies is one row here). article_stories carries its article's shown_at for that.
ALTER TABLE article_stories ADD COLUMN shown_at INTEGER NOT NULL DEFAULT 0;
UPDATE article_stories SET shown_at = (SELECT a.shown_at FROM articles a WHERE a.id = article_stories.article_id);
DROP INDEX article_stories_story;
CREATE INDEX article_stories_group ON article_stories (story_id, copy_group, shown_at DESC, article_id DESC);

CREATE TABLE story_copy_groups (
    story_id       INTEGER NOT NULL,
    copy_group     INTEGER NOT NULL,
    newest_article INTEGER NOT NULL,
    newest_at      INTEGER NOT NULL,
    PRIMARY KEY (story_id, copy_group)
) WITHOUT ROWID;
CREATE INDEX story_copy_groups_newest ON story_copy_groups (story_id, newest_at DESC, newest_article DESC);

INSERT INTO story_copy_groups (story_id, copy_group, newest_article, newest_at)
SELECT story_id, copy_group, article_id, shown_at FROM (
    SELECT story_id, copy_group, article_id, shown_at, row_number() OVER (
        PARTITION BY story_id, copy_group ORDER BY shown_at DESC, article_id DESC) AS n
    FROM article_stories)
WHERE n = 1;

-- Each trigger finds a changed group's newest article again with one seek of article_stories_group (plain
-- INSERTs after a DELETE: a trigger's own conflict clause would give way to the outer statement's).
CREATE TRIGGER article_stories_added AFTER INSERT ON article_stories
BEGIN
    DELETE FROM story_copy_groups WHERE story_id = new.story_id AND copy_group = new.copy_group;
    INSERT INTO story_copy_groups (story_id, copy_group, newest_article, newest_at)
    SELECT story_id, copy_group, article_id, shown_at FROM article_stories
    WHERE story_id = new.story_id AND copy_group = new.copy_group ORDER BY shown_at DESC, article_id DESC LIMIT 1;
END;

CREATE TRIGGER article_stories_moved AFTER UPDATE OF story_id, copy_group, shown_at ON article_stories
WHEN old.story_id <> new.story_id OR old.copy_group <> new.copy_group OR old.shown_at <> new.shown_at
BEGIN
    DELETE FROM story_copy_groups WHERE story_id = old.story_id AND copy_group = old.copy_group;
    INSERT INTO story_copy_groups (story_id, copy_group, newest_article, newest_at)
    SELECT story_id, copy_group, article_id, shown_at FROM article_stories
    WHERE story_id = old.story_id AND copy_group = old.copy_group ORDER BY shown_at DESC, article_id DESC LIMIT 1;
    DELETE FROM story_copy_groups WHERE story_id = new.story_id AND copy_group = new.copy_group;
    INSERT INTO story_copy_groups (story_id, copy_group, newest_article, newest_at)
    SELECT story_id, copy_group, article_id, shown_at FROM article_stories
    WHERE story_id = new.story_id AND copy_group = new.copy_group ORDER BY shown_at DESC, article_id DESC LIMIT 1;
END;

CREATE TRIGGER article_stories_removed AFTER DELETE ON article_stories
BEGIN
    DELETE FROM story_copy_groups WHERE story_id = old.story_id AND copy_group = old.copy_group;
    INSERT INTO story_copy_groups (story_id, copy_group, newest_article, newest_at)
    SELECT story_id, copy_group, article_id, shown_at FROM article_stories
    WHERE story_id = old.story_id AND copy_group = old.copy_group ORDER BY shown_at DESC, article_id DESC LIMIT 1;
END;

CREATE TRIGGER articles_shown_at_changed AFTER UPDATE OF shown_at ON articles
WHEN old.shown_at <> new.shown_at
BEGIN
    UPDATE article_stories SET shown_at = new.shown_at WHERE article_id = new.id;
END;
