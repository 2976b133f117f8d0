package org.storyloom.cli;

import java.time.InstantSource;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.storyloom.app.App;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the web server and the feed scheduler until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the web pages and keep feeds fresh.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    InstanceOptions instance = new InstanceOptions();

    @Option(
            names = "--host",
            defaultValue = "${env:STORYLOOM_HOST:-127.0.0.1}",
            description = "Address to bind (env STORYLOOM_HOST, default 127.0.0.1; 0.0.0.0 for every interface).")
    String host = "127.0.0.1";

    @Option(
            names = "--port",
            defaultValue = "${env:STORYLOOM_PORT:-8080}",
            description = "Port to serve on (env STORYLOOM_PORT, default 8080).")
    int port = 8080;

    @Option(
            names = "--no-starter-feeds",
            negatable = false,
            defaultValue = "${env:STORYLOOM_NO_STARTER_FEEDS:-false}",
            description =
                    "Do not subscribe to the starter feeds on an empty data directory (env STORYLOOM_NO_STARTER_FEEDS).")
    boolean noStarterFeeds;

    @Override
    public Integer call() throws InterruptedException {
        App app = new App(instance.toConfig(host, port, !noStarterFeeds), InstantSource.system());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }));
        int bound = app.serve();
        String shown = host.equals("0.0.0.0") ? "localhost" : host;
        System.out.println("Storyloom is serving http://" + shown + ":" + bound + "/ (data: "
                + instance.data.toAbsolutePath().normalize() + ")");
        stopped.await();
        return 0;
    }
}
