-- Sentence vectors made ahead of readers' questions, so a story's first question embeds only itself. Keyed by a
-- 64-bit hash of the embedding model and the sentence text (wire copies share theirs); each vector is int8 with a
-- scale. Made for stories in the active window; pruned by age.
CREATE TABLE sentence_vectors (
    hash    INTEGER PRIMARY KEY,
    made_at INTEGER NOT NULL,
    vector  BLOB NOT NULL
);
CREATE INDEX sentence_vectors_made ON sentence_vectors (made_at);

-- The story versions whose sentences all had vectors when last checked.
CREATE TABLE story_sentence_vectors (
    story_id      INTEGER PRIMARY KEY,
    story_updated INTEGER NOT NULL,
    article_count INTEGER NOT NULL
);
CREATE TRIGGER story_sentence_vectors_gone AFTER DELETE ON stories
BEGIN
    DELETE FROM story_sentence_vectors WHERE story_id = OLD.id;
END;
