package org.storyloom.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.storyloom.pipeline.Subscriptions;
import org.storyloom.pipeline.Subscriptions.ImportReport;

/** The curated OPML of public news feeds a new instance starts with, so a first run shows news in a minute. */
final class StarterFeeds {

    static final String RESOURCE = "/starter-feeds.opml";

    private StarterFeeds() {}

    static ImportReport subscribe(Subscriptions subscriptions) {
        try (InputStream in = StarterFeeds.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("app: resource missing: " + RESOURCE);
            }
            return subscriptions.importOpml(in.readAllBytes(), Subscriptions.Progress.none());
        } catch (IOException e) {
            throw new UncheckedIOException("app: cannot read " + RESOURCE, e);
        }
    }
}
