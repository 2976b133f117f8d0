package org.storyloom.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; each subcommand is a class of its own. */
@Command(
        name = "storyloom",
        mixinStandardHelpOptions = true,
        version = "Storyloom 0.1.0",
        description = "Self-hosted news aggregator: feeds in, clean stories out.",
        subcommands = {
            ServeCommand.class,
            AddFeedCommand.class,
            ImportOpmlCommand.class,
            ExportOpmlCommand.class,
            RefreshCommand.class,
            ParseFeedCommand.class,
            ExtractCommand.class,
            ClusterCommand.class,
            EnrichCommand.class,
            QuotesCommand.class,
            SummarizeCommand.class,
            SearchCommand.class,
            ReindexCommand.class,
            CommandLine.HelpCommand.class
        })
public final class StoryloomCommand implements Runnable {

    @CommandLine.Spec
    @SuppressWarnings("NullAway.Init")
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new StoryloomCommand());
        cli.setExecutionExceptionHandler(new OneLineErrors());
        return cli.execute(args);
    }
}
