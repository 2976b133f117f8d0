package org.storyloom.cli;

import java.time.InstantSource;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.storyloom.app.App;
import org.storyloom.pipeline.Subscriptions.SubscribeResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Subscribes to a feed, or to the feed a page advertises. Works beside a running server. */
@Command(
        name = "add-feed",
        mixinStandardHelpOptions = true,
        description = "Subscribe to a feed URL, or a page URL that advertises a feed.")
final class AddFeedCommand implements Callable<Integer> {

    @Mixin
    InstanceOptions instance = new InstanceOptions();

    @Parameters(paramLabel = "URL", description = "Feed or page address.")
    String url = "";

    @Option(names = "--category", description = "Category (folder) for the feed.")
    @Nullable
    String category;

    @Override
    public Integer call() {
        try (App app = new App(instance.toConfig(), InstantSource.system())) {
            return switch (app.subscriptions().subscribe(url, category)) {
                case SubscribeResult.Subscribed s -> {
                    System.out.println(
                            "subscribed feed " + s.feed().id() + ": " + s.feed().url());
                    yield 0;
                }
                case SubscribeResult.AlreadySubscribed a -> {
                    System.out.println("already subscribed as feed " + a.feed().id() + ": "
                            + a.feed().url());
                    yield 0;
                }
                case SubscribeResult.Failed f -> {
                    System.err.println("storyloom add-feed: " + f.reason());
                    yield 1;
                }
            };
        }
    }
}
