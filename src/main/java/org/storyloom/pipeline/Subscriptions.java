package org.storyloom.pipeline;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.Feed;

/** What a reader does to their subscriptions: used by the web pages and the CLI alike. */
public interface Subscriptions {

    /**
     * Subscribes to a feed URL, or to the feed a page URL advertises (autodiscovery). The new feed is due at once,
     * so a running scheduler fetches it within seconds.
     */
    SubscribeResult subscribe(String url, @Nullable String category);

    boolean unsubscribe(long feedId);

    /** Subscribes to every feed of an OPML file; feeds already present are skipped. */
    ImportReport importOpml(byte[] opml, Progress progress);

    /** Every subscription as an OPML 2.0 document, categories as nested outlines. */
    String exportOpml();

    /** The outcome of {@link #subscribe}. */
    sealed interface SubscribeResult {
        /** A new feed. */
        record Subscribed(Feed feed) implements SubscribeResult {}

        /** The feed was already there. */
        record AlreadySubscribed(Feed feed) implements SubscribeResult {}

        /** Nothing to subscribe to: no feed at the address, a fetch error, a refused address. */
        record Failed(String reason) implements SubscribeResult {}
    }

    /** What an OPML import did. */
    record ImportReport(int added, int skipped, List<String> errors) {
        public ImportReport {
            errors = List.copyOf(errors);
        }
    }

    /** Receives progress of long work: done out of total. */
    @FunctionalInterface
    interface Progress {
        void update(int done, int total);

        static Progress none() {
            return (done, total) -> {};
        }
    }
}
