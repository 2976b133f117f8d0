package org.storyloom.store;

import java.time.Instant;
import java.util.List;
import org.storyloom.model.BoilerplateLine;

/** What each source repeats in every article, learned from its stored articles. */
public interface BoilerplateStore {

    /** The shown plain text of the source's most recent articles, newest first. */
    List<String> recentTexts(long sourceId, int limit);

    /** Sources with at least {@code minArticles} articles. */
    List<Long> sourcesWithArticles(int minArticles);

    /** Replaces what was learned for the source. */
    void replaceBoilerplate(long sourceId, List<BoilerplateLine> lines, Instant learnedAt);

    /** What was learned for the source, most frequent first. */
    List<BoilerplateLine> boilerplate(long sourceId);
}
