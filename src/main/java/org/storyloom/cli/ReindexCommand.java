package org.storyloom.cli;

import java.time.InstantSource;
import java.util.concurrent.Callable;
import org.storyloom.app.AppReindex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code storyloom reindex}: rebuilds the search index from the store, by the running server when there is one. */
@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the stored articles. When storyloom serve runs on the same"
                + " data folder, it is asked to do the rebuild (searches keep working meanwhile).")
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    InstanceOptions instance = new InstanceOptions();

    @Override
    public Integer call() throws InterruptedException {
        AppReindex.Outcome done =
                AppReindex.run(instance.toConfig(), InstantSource.system(), new ProgressBar(System.err, "reindex"));
        String by = done.serverPid() == 0 ? "" : " by the running server (pid " + done.serverPid() + ")";
        String failed = done.failed() == 0 ? "" : ", " + done.failed() + " failed (see the log)";
        System.out.println("reindex: " + done.articles() + " articles indexed" + by + failed);
        return 0;
    }
}
