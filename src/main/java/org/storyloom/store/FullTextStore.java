package org.storyloom.store;

import java.util.List;
import org.storyloom.model.Article;
import org.storyloom.model.FullText;

/** A durable queue of articles whose page should be fetched, and the place their extracted text goes. */
public interface FullTextStore {

    /** Queues the article for a page fetch (a no-op when it already has its full text). */
    void requestFullText(long articleId);

    /** Queued articles, oldest first. */
    List<Article> pendingFullText(int limit);

    /** Stores the result and takes the article off the queue. */
    void saveFullText(FullText result);
}
