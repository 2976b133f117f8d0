package org.storyloom.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyloom.extract.BoilerplateLearner;
import org.storyloom.model.Article;
import org.storyloom.model.BoilerplateLine;
import org.storyloom.model.NewArticle;
import org.storyloom.store.sqlite.SqliteConfig;
import org.storyloom.store.sqlite.SqliteStore;

/** A source's recurring donation ask is learned from its stored articles and stripped from old and new ones. */
class BoilerplateTest {

    private static final String ASK = "Support Example Pravda on Patreon!";
    private static final String[] LEADS = {
        "Drones struck an energy facility near the border overnight, officials said.",
        "The parliament approved the budget after a long debate on defence spending.",
        "Rescue teams searched the rubble of a residential building for survivors.",
        "The foreign ministry summoned the ambassador over the missile incident.",
        "Grain exports rose in October despite attacks on the port infrastructure.",
        "A court sentenced the former official to eight years for taking bribes."
    };

    @TempDir
    Path dir;

    @Test
    void learnsAndStripsTheRecurringAsk() {
        Instant t = Instant.parse("2026-11-29T10:00:00Z");
        try (SqliteStore store = new SqliteStore(SqliteConfig.at(dir.resolve("store.sqlite")))) {
            long src =
                    store.sourceFor("Example Pravda", "https://pravda.example/").id();
            long feed = store.addFeed(src, "https://pravda.example/rss", null, null, t)
                    .feed()
                    .id();
            long first = 0;
            for (int i = 0; i < LEADS.length; i++) {
                String html = "<p>" + LEADS[i] + "</p><p>More details follow in the report.</p><p>" + ASK + "</p>";
                String text = LEADS[i] + "\n\nMore details follow in the report.\n\n" + ASK;
                long id = store.upsertArticle(new NewArticle(
                                feed,
                                src,
                                "https://pravda.example/" + i,
                                "g" + i,
                                "T" + i,
                                null,
                                t,
                                null,
                                null,
                                html,
                                text,
                                "en",
                                t))
                        .id();
                first = i == 0 ? id : first;
            }
            BoilerplateJob job = new BoilerplateJob(store, new BoilerplateLearner(), InstantSource.fixed(t), 5);
            assertThat(job.learnAll()).isGreaterThan(0);
            assertThat(store.boilerplate(src)).extracting(BoilerplateLine::text).contains(ASK);

            ArticleBodies bodies = new ArticleBodies(store);
            Article old = store.findArticle(first).orElseThrow();
            assertThat(bodies.text(old)).contains(LEADS[0]).doesNotContain("Patreon");
            assertThat(bodies.html(old)).contains(LEADS[0]).doesNotContain("Patreon");
            assertThat(old.text()).contains("Patreon");
        }
    }
}
