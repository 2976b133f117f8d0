-- Story digests: the summary stage's results (brief, key points, timeline, perspectives, questions) for one story
-- version, kept as JSON so pages never recompute them; stale once the story changes or the stage version rises.
CREATE TABLE story_digests (
    story_id      INTEGER PRIMARY KEY,
    stage_version INTEGER NOT NULL,
    story_updated INTEGER NOT NULL,
    article_count INTEGER NOT NULL,
    computed_at   INTEGER NOT NULL,
    data          TEXT NOT NULL
);
CREATE TRIGGER story_digests_gone AFTER DELETE ON stories
BEGIN
    DELETE FROM story_digests WHERE story_id = OLD.id;
END;
