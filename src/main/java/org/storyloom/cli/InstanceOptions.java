package org.storyloom.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.storyloom.app.AppConfig;
import picocli.CommandLine.Option;

/** Settings shared by every command that works on a data directory; each flag has a same-named variable. */
final class InstanceOptions {

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "${env:STORYLOOM_DATA:-./data}",
            description = "Data directory holding store.sqlite (env STORYLOOM_DATA, default ./data).")
    Path data = Path.of("data");

    @Option(
            names = "--allow-networks",
            paramLabel = "CIDR,...",
            split = ",",
            defaultValue = "${env:STORYLOOM_ALLOW_NETWORKS:-}",
            description = "Hosts or networks the SSRF guard lets through, e.g. 127.0.0.1/32,intranet.example"
                    + " (env STORYLOOM_ALLOW_NETWORKS; default: none, private addresses are refused).")
    List<String> allowNetworks = new ArrayList<>();

    @Option(
            names = "--min-refresh",
            paramLabel = "DURATION",
            defaultValue = "${env:STORYLOOM_MIN_REFRESH:-PT5M}",
            description =
                    "Shortest interval between two fetches of a feed, ISO-8601 (env STORYLOOM_MIN_REFRESH, default PT5M).")
    Duration minRefresh = Duration.ofMinutes(5);

    @Option(
            names = "--max-refresh",
            paramLabel = "DURATION",
            defaultValue = "${env:STORYLOOM_MAX_REFRESH:-PT24H}",
            description =
                    "Longest interval between two fetches of a feed, ISO-8601 (env STORYLOOM_MAX_REFRESH, default PT24H).")
    Duration maxRefresh = Duration.ofHours(24);

    AppConfig toConfig(String host, int port, boolean starterFeeds) {
        List<String> allowed = allowNetworks.stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        return new AppConfig(data, host, port, allowed, starterFeeds, minRefresh, maxRefresh);
    }

    AppConfig toConfig() {
        return toConfig("127.0.0.1", 0, false);
    }
}
