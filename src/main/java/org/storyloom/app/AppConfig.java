package org.storyloom.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Every setting of a Storyloom instance. Each has a command-line flag and an environment variable of the same
 * name (see the cli package), e.g. {@code --data} / {@code STORYLOOM_DATA}.
 *
 * @param dataDir where the store (store.sqlite) and indexes live
 * @param host the address the web server binds to
 * @param port the web server's port; 0 picks a free one
 * @param allowNetworks hosts or CIDR networks the SSRF guard lets through (e.g. 127.0.0.1/32 for a local feed)
 * @param starterFeeds subscribe to the curated starter feeds when the store has no feed yet
 * @param minRefresh the shortest interval between two fetches of one feed
 * @param maxRefresh the longest interval between two fetches of one feed
 */
public record AppConfig(
        Path dataDir,
        String host,
        int port,
        List<String> allowNetworks,
        boolean starterFeeds,
        Duration minRefresh,
        Duration maxRefresh) {

    public AppConfig {
        allowNetworks = List.copyOf(allowNetworks);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("app: port must be 0..65535, not " + port);
        }
    }

    public Path storeFile() {
        return dataDir.resolve("store.sqlite");
    }
}
