package org.storyloom.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyloom.model.Feed;
import org.storyloom.store.FeedStore;

/**
 * Looks for due feeds every poll interval and refreshes them on virtual threads, a bounded number at a time and
 * never one feed twice at once. Polling the store (not an in-memory queue) is what lets a CLI command add a feed
 * to the same data directory and have the running server fetch it within seconds.
 */
public final class IngestScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestScheduler.class);

    private final FeedStore feeds;
    private final FeedRefresher refresher;
    private final InstantSource clock;
    private final SchedulerConfig config;
    private final Semaphore slots;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final Thread poller;
    private final List<PeriodicTask> tasks;
    private final Map<String, Instant> lastRun = new ConcurrentHashMap<>();
    private final Set<String> tasksRunning = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    public IngestScheduler(
            FeedStore feeds,
            FeedRefresher refresher,
            InstantSource clock,
            SchedulerConfig config,
            List<PeriodicTask> tasks) {
        this.feeds = feeds;
        this.refresher = refresher;
        this.clock = clock;
        this.config = config;
        this.tasks = List.copyOf(tasks);
        this.slots = new Semaphore(config.parallelism());
        this.poller = Thread.ofPlatform().name("storyloom-scheduler").daemon().unstarted(this::loop);
    }

    /** How often to look for due feeds and how many feeds to refresh at once. */
    public record SchedulerConfig(Duration pollInterval, int parallelism) {
        public static SchedulerConfig defaults() {
            return new SchedulerConfig(Duration.ofSeconds(1), 8);
        }
    }

    public void start() {
        running = true;
        poller.start();
    }

    /** One round: starts a refresh for every due feed not already being refreshed; returns how many started. */
    public int pollOnce() {
        List<Feed> due = feeds.dueFeeds(clock.instant(), config.parallelism() * 4);
        int started = 0;
        for (Feed feed : due) {
            if (!inFlight.add(feed.id())) {
                continue;
            }
            if (!slots.tryAcquire()) {
                inFlight.remove(feed.id());
                break;
            }
            started++;
            workers.execute(() -> {
                try {
                    RefreshReport r = refresher.refresh(feed);
                    LOG.info(
                            "feed refreshed feed={} outcome={} inserted={} updated={} detail={}",
                            r.feedId(),
                            r.outcome(),
                            r.inserted(),
                            r.updated(),
                            r.detail());
                } finally {
                    inFlight.remove(feed.id());
                    slots.release();
                }
            });
        }
        return started;
    }

    /** Starts every periodic task that is due and not running; returns how many started. */
    public int runDueTasks() {
        Instant now = clock.instant();
        int started = 0;
        for (PeriodicTask task : tasks) {
            Instant last = lastRun.get(task.name());
            if ((last != null && now.isBefore(last.plus(task.every()))) || !tasksRunning.add(task.name())) {
                continue;
            }
            lastRun.put(task.name(), now);
            started++;
            workers.execute(() -> {
                try {
                    task.work().run();
                } catch (RuntimeException e) {
                    LOG.warn("background task failed task={} error={}", task.name(), e.toString());
                } finally {
                    tasksRunning.remove(task.name());
                }
            });
        }
        return started;
    }

    private void loop() {
        while (running) {
            try {
                pollOnce();
                runDueTasks();
            } catch (RuntimeException e) {
                LOG.warn("scheduler round failed error={}", e.toString());
            }
            try {
                Thread.sleep(config.pollInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        poller.interrupt();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
