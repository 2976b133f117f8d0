package org.storyloom.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.storyloom.app.App;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes every subscription as OPML 2.0. */
@Command(name = "export-opml", mixinStandardHelpOptions = true, description = "Export subscriptions as OPML 2.0.")
final class ExportOpmlCommand implements Callable<Integer> {

    @Mixin
    InstanceOptions instance = new InstanceOptions();

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    @Nullable
    Path out;

    @Override
    public Integer call() throws IOException {
        try (App app = new App(instance.toConfig(), InstantSource.system())) {
            String opml = app.subscriptions().exportOpml();
            if (out == null) {
                System.out.print(opml);
            } else {
                Files.writeString(out, opml, StandardCharsets.UTF_8);
            }
            return 0;
        }
    }
}
