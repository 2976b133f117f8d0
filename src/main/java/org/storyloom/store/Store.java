package org.storyloom.store;

/** Everything the application persists, behind narrow interfaces so other databases can follow. */
public interface Store
        extends SourceStore,
                FeedStore,
                ArticleStore,
                FullTextStore,
                BoilerplateStore,
                StoryStore,
                EnrichmentStore,
                DigestStore,
                SentenceVectorStore,
                AutoCloseable {

    /** Closes connections; never throws. */
    @Override
    void close();
}
