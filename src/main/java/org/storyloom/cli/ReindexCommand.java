package org.storyloom.cli;

import java.time.InstantSource;
import java.util.concurrent.Callable;
import org.storyloom.app.App;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code storyloom reindex}: rebuilds the search index from the store. */
@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the stored articles (stop serve first).")
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    InstanceOptions instance = new InstanceOptions();

    @Override
    public Integer call() {
        try (App app = new App(instance.toConfig(), InstantSource.system())) {
            long indexed = app.reindex(new ProgressBar(System.err, "reindex"));
            System.out.println("reindex: " + indexed + " articles indexed");
            return 0;
        }
    }
}
