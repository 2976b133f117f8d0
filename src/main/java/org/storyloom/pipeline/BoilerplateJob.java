package org.storyloom.pipeline;

import java.time.InstantSource;
import java.util.List;
import org.storyloom.extract.BoilerplateLearner;
import org.storyloom.extract.LearnedBoilerplate;
import org.storyloom.model.BoilerplateLine;
import org.storyloom.store.BoilerplateStore;

/** Learns, per source, the sentences and short paragraphs it repeats across its articles, from what is stored. */
public final class BoilerplateJob {

    /** How many of a source's most recent articles to learn from. */
    static final int SAMPLE = 200;

    private final BoilerplateStore store;
    private final BoilerplateLearner learner;
    private final InstantSource clock;
    private final int minArticles;

    public BoilerplateJob(BoilerplateStore store, BoilerplateLearner learner, InstantSource clock, int minArticles) {
        this.store = store;
        this.learner = learner;
        this.clock = clock;
        this.minArticles = minArticles;
    }

    /** Relearns every source with enough articles; returns how many lines were learned in all. */
    public int learnAll() {
        int lines = 0;
        for (long source : store.sourcesWithArticles(minArticles)) {
            lines += learn(source).size();
        }
        return lines;
    }

    /** Relearns one source and stores the result. */
    public List<BoilerplateLine> learn(long sourceId) {
        LearnedBoilerplate learned = learner.learn(store.recentTexts(sourceId, SAMPLE));
        List<BoilerplateLine> lines = learned.entries().stream()
                .map(e -> new BoilerplateLine(e.text(), e.articles()))
                .toList();
        store.replaceBoilerplate(sourceId, lines, clock.instant());
        return lines;
    }
}
