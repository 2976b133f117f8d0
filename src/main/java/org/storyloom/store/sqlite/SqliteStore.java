package org.storyloom.store.sqlite;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.Article;
import org.storyloom.model.ArticleListing;
import org.storyloom.model.BoilerplateLine;
import org.storyloom.model.Enrichment;
import org.storyloom.model.EntitySummary;
import org.storyloom.model.Feed;
import org.storyloom.model.FeedState;
import org.storyloom.model.FullText;
import org.storyloom.model.NewArticle;
import org.storyloom.model.Source;
import org.storyloom.model.SpeakerQuote;
import org.storyloom.model.StoredDigest;
import org.storyloom.model.StoryArticle;
import org.storyloom.model.StoryPlacement;
import org.storyloom.model.StorySummary;
import org.storyloom.model.TagCount;
import org.storyloom.model.TagTrend;
import org.storyloom.store.Store;

/** The embedded store: schema migrated at open, WAL mode, one writer and a pool of readers. */
public final class SqliteStore implements Store {

    private final Database db;
    private final SqliteSources sources;
    private final SqliteFeeds feeds;
    private final SqliteArticles articles;
    private final SqliteFullText fullText;
    private final SqliteBoilerplate boilerplate;
    private final SqliteStories stories;
    private final SqliteEnrichment enrichment;
    private final SqliteEnrichmentQueries enrichmentQueries;
    private final SqliteDigests digests;
    private final SqliteSentenceVectors sentenceVectors;

    public SqliteStore(SqliteConfig config) {
        this.db = new Database(config);
        this.sources = new SqliteSources(db);
        this.feeds = new SqliteFeeds(db);
        this.articles = new SqliteArticles(db);
        this.fullText = new SqliteFullText(db);
        this.boilerplate = new SqliteBoilerplate(db);
        this.stories = new SqliteStories(db);
        this.enrichment = new SqliteEnrichment(db);
        this.enrichmentQueries = new SqliteEnrichmentQueries(db);
        this.digests = new SqliteDigests(db);
        this.sentenceVectors = new SqliteSentenceVectors(db);
    }

    @Override
    public Source sourceFor(String name, @Nullable String homePage) {
        return sources.sourceFor(name, homePage);
    }

    @Override
    public Optional<Source> findSource(long id) {
        return sources.find(id);
    }

    @Override
    public List<Source> listSources() {
        return sources.list();
    }

    @Override
    public AddedFeed addFeed(
            long sourceId, String url, @Nullable String title, @Nullable String category, Instant now) {
        return feeds.add(sourceId, url, title, category, now);
    }

    @Override
    public Optional<Feed> findFeed(long id) {
        return feeds.find(id);
    }

    @Override
    public Optional<Feed> findFeedByUrl(String url) {
        return feeds.findByUrl(url);
    }

    @Override
    public List<Feed> listFeeds() {
        return feeds.list();
    }

    @Override
    public List<Feed> dueFeeds(Instant now, int limit) {
        return feeds.due(now, limit);
    }

    @Override
    public Optional<Instant> nextDue() {
        return feeds.nextDue();
    }

    @Override
    public void updateFeedState(long feedId, FeedState state) {
        feeds.updateState(feedId, state);
    }

    @Override
    public boolean updateFeedUrl(long feedId, String newUrl) {
        return feeds.updateUrl(feedId, newUrl);
    }

    @Override
    public void updateFeedInfo(long feedId, @Nullable String title, @Nullable String siteUrl) {
        feeds.updateInfo(feedId, title, siteUrl);
    }

    @Override
    public boolean removeFeed(long feedId) {
        return feeds.remove(feedId);
    }

    @Override
    public Upsert upsertArticle(NewArticle article) {
        return articles.upsert(article);
    }

    @Override
    public List<Upsert> upsertArticles(List<NewArticle> batch) {
        return articles.upsertAll(batch);
    }

    @Override
    public Optional<Article> findArticle(long id) {
        return articles.find(id);
    }

    @Override
    public List<Article> articlesAfter(long afterId, int limit) {
        return articles.after(afterId, limit);
    }

    @Override
    public List<ArticleListing> articleListings(List<Long> ids) {
        return articles.listings(ids);
    }

    @Override
    public List<ArticleListing> latestArticles(int limit, int offset) {
        return articles.latest(limit, offset);
    }

    @Override
    public List<ArticleListing> latestArticlesOfSource(long sourceId, int limit, int offset) {
        return articles.latestOfSource(sourceId, limit, offset);
    }

    @Override
    public long countArticles() {
        return articles.count();
    }

    @Override
    public void requestFullText(long articleId) {
        fullText.request(articleId);
    }

    @Override
    public List<Article> pendingFullText(int limit) {
        return fullText.pending(limit);
    }

    @Override
    public void saveFullText(FullText result) {
        fullText.save(result);
    }

    @Override
    public List<String> recentTexts(long sourceId, int limit) {
        return boilerplate.recentTexts(sourceId, limit);
    }

    @Override
    public List<Long> sourcesWithArticles(int minArticles) {
        return boilerplate.sourcesWithArticles(minArticles);
    }

    @Override
    public void replaceBoilerplate(long sourceId, List<BoilerplateLine> lines, Instant learnedAt) {
        boilerplate.replace(sourceId, lines, learnedAt);
    }

    @Override
    public List<BoilerplateLine> boilerplate(long sourceId) {
        return boilerplate.lines(sourceId);
    }

    @Override
    public List<Article> articlesWithoutStory(int limit) {
        return stories.withoutStory(limit);
    }

    @Override
    public List<Article> placedArticlesSince(Instant since, int limit, long afterId) {
        return stories.placedSince(since, limit, afterId);
    }

    @Override
    public Optional<StoryPlacement> placement(long articleId) {
        return stories.placement(articleId);
    }

    @Override
    public void saveStories(List<StoryPlacement> placements, List<StorySummary> snapshots, List<Long> gone) {
        stories.save(placements, snapshots, gone);
    }

    @Override
    public List<StorySummary> latestStories(int limit, int offset) {
        return stories.latest(limit, offset);
    }

    @Override
    public Optional<StorySummary> findStory(long id) {
        return stories.find(id);
    }

    @Override
    public List<StoryArticle> storyArticles(long storyId) {
        return stories.articles(storyId);
    }

    @Override
    public List<StoryArticle> storyCopyGroups(long storyId, long exceptGroup, int limit) {
        return stories.copyGroups(storyId, exceptGroup, limit);
    }

    @Override
    public List<Article> articlesToEnrich(int version, int limit) {
        return enrichment.toEnrich(version, limit);
    }

    @Override
    public void saveEnrichments(List<Enrichment> enrichments, int version) {
        enrichment.save(enrichments, version);
    }

    @Override
    public Optional<Enrichment> enrichment(long articleId) {
        return enrichment.find(articleId);
    }

    @Override
    public List<TagCount> storyTags(long storyId, int limit) {
        return enrichmentQueries.storyTags(storyId, limit);
    }

    @Override
    public List<StorySummary> storiesWithTag(String tag, int limit) {
        return enrichmentQueries.storiesWithTag(tag, limit);
    }

    @Override
    public List<TagTrend> trendingTags(Instant now, int minArticles, int limit) {
        return enrichmentQueries.trending(now, minArticles, limit);
    }

    @Override
    public Optional<EntitySummary> entity(String key) {
        return enrichmentQueries.entity(key);
    }

    @Override
    public List<StorySummary> storiesWithEntity(String key, int limit) {
        return enrichmentQueries.storiesWithEntity(key, limit);
    }

    @Override
    public List<EntitySummary> storyEntities(long storyId, int limit) {
        return enrichmentQueries.storyEntities(storyId, limit);
    }

    @Override
    public List<SpeakerQuote> quotesBy(String speakerKey, int limit) {
        return enrichmentQueries.quotesBy(speakerKey, limit);
    }

    @Override
    public List<SpeakerQuote> storyQuotes(long storyId, int limit) {
        return enrichmentQueries.storyQuotes(storyId, limit);
    }

    @Override
    public List<StorySummary> storiesToDigest(int stageVersion, int limit) {
        return digests.stale(stageVersion, limit);
    }

    @Override
    public void saveDigest(StoredDigest digest) {
        digests.save(digest);
    }

    @Override
    public Optional<StoredDigest> digest(long storyId) {
        return digests.find(storyId);
    }

    @Override
    public List<StorySummary> storiesToVectorize(Instant since, int limit) {
        return sentenceVectors.stale(since, limit);
    }

    @Override
    public Map<Long, byte[]> sentenceVectors(Collection<Long> keys) {
        return sentenceVectors.find(keys);
    }

    @Override
    public void saveSentenceVectors(Map<Long, byte[]> vectors, Instant madeAt) {
        sentenceVectors.save(vectors, madeAt);
    }

    @Override
    public void markStoryVectorized(StorySummary story) {
        sentenceVectors.mark(story);
    }

    @Override
    public int pruneSentenceVectors(Instant before) {
        return sentenceVectors.prune(before);
    }

    @Override
    public void close() {
        db.close();
    }
}
