package org.storyloom.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storyloom.model.EntityKind;
import org.storyloom.model.EntitySummary;
import org.storyloom.model.QuoteMention;
import org.storyloom.model.SpeakerQuote;
import org.storyloom.model.StorySummary;
import org.storyloom.model.TagCount;
import org.storyloom.model.TagTrend;

/** The read side of enrichment: tags, entities and quotes by story, by tag, by entity, and trending tags. */
final class SqliteEnrichmentQueries {

    private static final String STORIES_WHERE_ID_IN = "SELECT * FROM stories WHERE id IN (SELECT s.story_id FROM ";
    private static final String QUOTES_SQL = "SELECT q.*, a.title, src.name AS source_name FROM quotes q"
            + " JOIN articles a ON a.id = q.article_id JOIN sources src ON src.id = a.source_id";

    private final Database db;

    SqliteEnrichmentQueries(Database db) {
        this.db = db;
    }

    List<TagCount> storyTags(long storyId, int limit) {
        return db.read(c -> Rows.list(
                c,
                rs -> new TagCount(Rows.required(rs, "tag"), rs.getInt("n")),
                "SELECT t.tag, COUNT(*) AS n, MIN(t.rank) AS best FROM article_tags t"
                        + " JOIN article_stories s ON s.article_id = t.article_id WHERE s.story_id = ?"
                        + " GROUP BY t.tag ORDER BY n DESC, best, t.tag LIMIT ?",
                storyId,
                limit));
    }

    List<StorySummary> storiesWithTag(String tag, int limit) {
        return db.read(c -> Rows.list(
                c,
                SqliteStories::story,
                STORIES_WHERE_ID_IN + "article_tags t JOIN article_stories s ON s.article_id = t.article_id"
                        + " WHERE t.tag = ?) ORDER BY last_updated DESC, id DESC LIMIT ?",
                tag,
                limit));
    }

    List<TagTrend> trending(Instant now, int minArticles, int limit) {
        Instant dayStart = now.minus(Duration.ofDays(1));
        Instant weekStart = dayStart.minus(Duration.ofDays(7));
        List<TagTrend> trends = db.read(c -> Rows.list(
                c,
                rs -> trend(rs.getString("tag"), rs.getInt("recent"), rs.getInt("before")),
                "SELECT tag, SUM(seen_at >= ?) AS recent, SUM(seen_at < ?) AS before FROM article_tags"
                        + " WHERE seen_at >= ? AND seen_at <= ? GROUP BY tag HAVING recent >= ?",
                dayStart,
                dayStart,
                weekStart,
                now.plus(Duration.ofHours(1)),
                minArticles));
        return trends.stream()
                .sorted(Comparator.comparingDouble(TagTrend::score).reversed().thenComparing(TagTrend::tag))
                .limit(limit)
                .toList();
    }

    /** Rise over the baseline in standard deviations of a Poisson count, so a big tag needs a big rise. */
    private static TagTrend trend(String tag, int lastDay, int weekBefore) {
        double baseline = weekBefore / 7.0;
        return new TagTrend(tag, lastDay, baseline, (lastDay - baseline) / Math.sqrt(baseline + 1));
    }

    Optional<EntitySummary> entity(String key) {
        return db.read(c -> Rows.one(
                c,
                SqliteEnrichmentQueries::entity,
                "SELECT entity_key, name, kind, COUNT(*) AS n FROM article_entities WHERE entity_key = ?"
                        + " GROUP BY entity_key",
                key));
    }

    List<StorySummary> storiesWithEntity(String key, int limit) {
        return db.read(c -> Rows.list(
                c,
                SqliteStories::story,
                STORIES_WHERE_ID_IN + "article_entities e JOIN article_stories s ON s.article_id = e.article_id"
                        + " WHERE e.entity_key = ?) ORDER BY last_updated DESC, id DESC LIMIT ?",
                key,
                limit));
    }

    List<EntitySummary> storyEntities(long storyId, int limit) {
        // a bare column beside MAX() takes that row's value in SQLite: the name from the most salient mention
        return db.read(c -> Rows.list(
                c,
                SqliteEnrichmentQueries::entity,
                "SELECT e.entity_key, e.name, e.kind, MAX(e.salience) AS top, COUNT(*) AS n FROM article_entities e"
                        + " JOIN article_stories s ON s.article_id = e.article_id WHERE s.story_id = ?"
                        + " GROUP BY e.entity_key ORDER BY n DESC, SUM(e.salience) DESC, e.entity_key LIMIT ?",
                storyId,
                limit));
    }

    List<SpeakerQuote> quotesBy(String speakerKey, int limit) {
        return db.read(c -> Rows.list(
                c,
                SqliteEnrichmentQueries::quote,
                QUOTES_SQL + " WHERE q.speaker_key = ? ORDER BY q.seen_at DESC, q.id LIMIT ?",
                speakerKey,
                limit));
    }

    List<SpeakerQuote> storyQuotes(long storyId, int limit) {
        return db.read(c -> Rows.list(
                c,
                SqliteEnrichmentQueries::quote,
                QUOTES_SQL + " JOIN article_stories s ON s.article_id = q.article_id WHERE s.story_id = ?"
                        + " ORDER BY q.seen_at DESC, q.id LIMIT ?",
                storyId,
                limit));
    }

    private static EntitySummary entity(ResultSet rs) throws SQLException {
        return new EntitySummary(
                Rows.required(rs, "entity_key"),
                Rows.required(rs, "name"),
                EntityKind.of(Rows.required(rs, "kind")),
                rs.getInt("n"));
    }

    private static SpeakerQuote quote(ResultSet rs) throws SQLException {
        QuoteMention q = new QuoteMention(
                Rows.required(rs, "speaker"),
                Rows.text(rs, "speaker_key"),
                Rows.required(rs, "text"),
                Rows.required(rs, "cue"),
                Rows.required(rs, "sentence"));
        return new SpeakerQuote(
                q,
                rs.getLong("article_id"),
                Rows.required(rs, "title"),
                Rows.required(rs, "source_name"),
                Objects.requireNonNull(Rows.instant(rs, "seen_at")));
    }
}
