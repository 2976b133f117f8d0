package org.storyloom.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import org.storyloom.app.App;
import org.storyloom.pipeline.Subscriptions.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Subscribes to every feed of an OPML file; a running server fetches them within seconds. */
@Command(name = "import-opml", mixinStandardHelpOptions = true, description = "Import subscriptions from an OPML file.")
final class ImportOpmlCommand implements Callable<Integer> {

    @Mixin
    InstanceOptions instance = new InstanceOptions();

    @Parameters(paramLabel = "FILE", description = "OPML 1.0 or 2.0 file.")
    Path file = Path.of("");

    @Override
    public Integer call() throws IOException {
        byte[] opml = Files.readAllBytes(file);
        try (App app = new App(instance.toConfig(), InstantSource.system())) {
            ImportReport r = app.subscriptions().importOpml(opml, new ProgressBar(System.err, "importing"));
            System.out.println("added " + r.added() + ", already subscribed " + r.skipped() + ", errors "
                    + r.errors().size());
            r.errors().forEach(e -> System.err.println("storyloom import-opml: " + e));
            return r.errors().isEmpty() ? 0 : 1;
        }
    }
}
