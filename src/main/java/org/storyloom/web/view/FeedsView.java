package org.storyloom.web.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The feeds page: the subscriptions and the outcome of the last action, if any. */
public record FeedsView(List<FeedRow> feeds, @Nullable FlashView flash, long maxUploadBytes) {

    public FeedsView {
        feeds = List.copyOf(feeds);
    }

    public String maxUploadText() {
        return (maxUploadBytes / (1024 * 1024)) + " MiB";
    }
}
