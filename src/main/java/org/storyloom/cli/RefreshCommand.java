package org.storyloom.cli;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyloom.app.App;
import org.storyloom.model.Feed;
import org.storyloom.pipeline.RefreshReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Fetches feeds now instead of at their next scheduled check. */
@Command(name = "refresh", mixinStandardHelpOptions = true, description = "Fetch feeds now: --all, or the given ones.")
final class RefreshCommand implements Callable<Integer> {

    @Mixin
    InstanceOptions instance = new InstanceOptions();

    @ArgGroup(multiplicity = "1")
    Target target = new Target();

    /** Either every feed or the named ones. */
    static final class Target {
        @Option(names = "--all", description = "Every subscribed feed.")
        boolean all;

        @Parameters(paramLabel = "FEED", description = "Feed id or URL.")
        List<String> feeds = new ArrayList<>();
    }

    @Override
    public Integer call() {
        try (App app = new App(instance.toConfig(), InstantSource.system())) {
            List<Feed> chosen = new ArrayList<>();
            if (target.all) {
                chosen.addAll(app.feeds());
            }
            for (String f : target.feeds) {
                chosen.add(app.feed(f).orElseThrow(() -> new IllegalArgumentException("no such feed: " + f)));
            }
            int failures = 0;
            for (RefreshReport r : app.refresh(chosen)) {
                System.out.println("feed " + r.feedId() + ": " + r.outcome() + " (+" + r.inserted() + " new, "
                        + r.updated() + " updated) " + r.detail());
                failures += r.outcome().equals("error") ? 1 : 0;
            }
            return failures == 0 ? 0 : 1;
        }
    }
}
