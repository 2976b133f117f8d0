package org.storyloom.pipeline;

import java.util.List;

/** Told which stored articles were added or changed, e.g. to keep the search index in step. Must not throw. */
@FunctionalInterface
public interface ArticleChanges {

    void changed(List<Long> articleIds);

    static ArticleChanges none() {
        return ids -> {};
    }
}
