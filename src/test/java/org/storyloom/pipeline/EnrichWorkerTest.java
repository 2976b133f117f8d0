package org.storyloom.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyloom.model.Enrichment;
import org.storyloom.model.EntityKind;
import org.storyloom.model.NewArticle;
import org.storyloom.nlp.Enricher;
import org.storyloom.nlp.Nlp;
import org.storyloom.store.sqlite.SqliteConfig;
import org.storyloom.store.sqlite.SqliteStore;

class EnrichWorkerTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final String TEXT = "Russia's Security Council secretary Sergei Shoigu praised North Korean troops"
            + " who fought in the Kursk region. Shoigu met Kim Jong Un in Pyongyang on Wednesday.\n\n"
            + "\"They fought for the liberation of our land,\" Shoigu said. North Korea sent about 11,000 soldiers"
            + " to Kursk, according to South Korea's intelligence service.";

    private static Enricher enricher;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        enricher = new Enricher(Nlp.load());
    }

    @Test
    void enrichesStoredArticlesOnceAndTheirTagsFindTheirStories() {
        try (SqliteStore store = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")))) {
            long id = article(store, "1", "Shoigu praises North Korean troops", TEXT);
            EnrichWorker worker = new EnrichWorker(store, enricher, new ArticleBodies(store), null);

            assertThat(worker.runOnce(10)).isEqualTo(1);
            assertThat(worker.runOnce(10)).isZero();

            Enrichment e = store.enrichment(id).orElseThrow();
            assertThat(e.language()).isEqualTo("en");
            assertThat(e.hashtags()).hasSizeBetween(3, 8).contains("#SergeiShoigu", "#Kursk");
            assertThat(e.entities()).anySatisfy(m -> {
                assertThat(m.name()).isEqualTo("Sergei Shoigu");
                assertThat(m.kind()).isEqualTo(EntityKind.PERSON);
            });
            assertThat(e.quotes()).anySatisfy(q -> {
                assertThat(q.speaker()).isEqualTo("Sergei Shoigu");
                assertThat(q.text()).startsWith("They fought for the liberation");
            });
        }
    }

    @Test
    void anArticleWithoutTextIsStoredAsEnrichedWithWhatItsTitleGives() {
        try (SqliteStore store = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")))) {
            long id = article(store, "2", "Untitled", null);
            new EnrichWorker(store, enricher, new ArticleBodies(store), null).runOnce(10);
            assertThat(store.enrichment(id))
                    .hasValueSatisfying(e -> assertThat(e.quotes()).isEmpty());
            assertThat(store.articlesToEnrich(Enricher.VERSION, 10)).isEmpty();
        }
    }

    private static long article(SqliteStore store, String guid, String title, @Nullable String text) {
        long source = store.sourceFor("Wire", null).id();
        long feed = store.addFeed(source, "https://w.example/rss", null, null, NOW)
                .feed()
                .id();
        String language = text == null ? null : "en";
        return store.upsertArticle(new NewArticle(
                        feed,
                        source,
                        "https://w.example/" + guid,
                        guid,
                        title,
                        null,
                        NOW,
                        null,
                        null,
                        null,
                        text,
                        language,
                        NOW))
                .id();
    }
}
