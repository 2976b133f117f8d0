package org.storyloom.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.Feed;
import org.storyloom.model.FeedState;

/** Subscribed feeds and their fetch state. */
public interface FeedStore {

    /** Adds a feed for the source, due now; returns the existing feed when its URL is already subscribed. */
    AddedFeed addFeed(long sourceId, String url, @Nullable String title, @Nullable String category, Instant now);

    Optional<Feed> findFeed(long id);

    Optional<Feed> findFeedByUrl(String url);

    /** All feeds, ordered by title then URL. */
    List<Feed> listFeeds();

    /** Feeds whose next check is at or before {@code now}, earliest first. */
    List<Feed> dueFeeds(Instant now, int limit);

    /** The earliest next check of any feed, if there is a feed. */
    Optional<Instant> nextDue();

    void updateFeedState(long feedId, FeedState state);

    /** Records a permanent redirect; returns false when another feed already has that URL. */
    boolean updateFeedUrl(long feedId, String newUrl);

    void updateFeedInfo(long feedId, @Nullable String title, @Nullable String siteUrl);

    boolean removeFeed(long feedId);

    /** The result of {@link #addFeed}: the feed and whether it was new. */
    record AddedFeed(Feed feed, boolean created) {}
}
