package org.storyloom.pipeline;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyloom.model.Article;
import org.storyloom.model.Enrichment;
import org.storyloom.model.QuoteMention;
import org.storyloom.model.StoredDigest;
import org.storyloom.model.StoryArticle;
import org.storyloom.model.StorySummary;
import org.storyloom.store.Store;
import org.storyloom.summary.Digester;
import org.storyloom.summary.SourceArticle;
import org.storyloom.summary.StoryDigest;
import org.storyloom.text.HtmlText;

/**
 * Keeps the stored digest of every story current: summarises the stories that changed since their digest was made
 * (newest first), so pages read results and never compute them. A story whose summary fails gets an empty digest
 * for that version, so it is not retried until it changes.
 */
public final class DigestWorker {

    private static final Logger LOG = LoggerFactory.getLogger(DigestWorker.class);
    /** Articles summarised per story at most: the newest, which carry the story's current state. */
    static final int MAX_ARTICLES = 60;

    private final Store store;
    private final Digester digester;
    private final ArticleBodies bodies;
    private final InstantSource clock;
    private final DigestCodec codec = new DigestCodec();

    public DigestWorker(Store store, Digester digester, ArticleBodies bodies, InstantSource clock) {
        this.store = store;
        this.digester = digester;
        this.bodies = bodies;
        this.clock = clock;
    }

    /** Summarises up to {@code limit} stale stories; returns how many. */
    public int runOnce(int limit) {
        List<StorySummary> stale = store.storiesToDigest(Digester.VERSION, limit);
        for (StorySummary story : stale) {
            store.saveDigest(new StoredDigest(
                    story.id(),
                    Digester.VERSION,
                    story.lastUpdated(),
                    story.articleCount(),
                    clock.instant(),
                    codec.write(digest(story))));
        }
        return stale.size();
    }

    /** The article's shown text; for one stored only as HTML, the text of that HTML. */
    private String text(Article a) {
        String text = bodies.text(a);
        if (text != null && !text.isBlank()) {
            return text;
        }
        String html = bodies.html(a);
        return html == null ? "" : HtmlText.of(html);
    }

    private StoryDigest digest(StorySummary story) {
        List<SourceArticle> articles = new ArrayList<>();
        Map<String, List<QuoteMention>> quotes = new HashMap<>();
        for (StoryArticle member : store.storyArticles(story.id())) {
            if (articles.size() == MAX_ARTICLES) {
                break;
            }
            Optional<Article> article = store.findArticle(member.article().id());
            if (article.isEmpty()) {
                continue;
            }
            Article a = article.get();
            String text = text(a);
            String id = String.valueOf(a.id());
            articles.add(new SourceArticle(
                    id,
                    a.title(),
                    text,
                    member.article().published(),
                    member.article().sourceName()));
            store.enrichment(a.id()).map(Enrichment::quotes).ifPresent(q -> quotes.put(id, q));
        }
        try {
            return digester.digest(articles, quotes);
        } catch (RuntimeException e) {
            LOG.warn("story summary failed story={} error={}", story.id(), e.toString());
            return Digester.empty();
        }
    }
}
