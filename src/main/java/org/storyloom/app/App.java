package org.storyloom.app;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyloom.cluster.ClusterConfig;
import org.storyloom.cluster.OnnxEmbedder;
import org.storyloom.cluster.RelatedArticles;
import org.storyloom.cluster.StoryClusterer;
import org.storyloom.cluster.StoryStage;
import org.storyloom.dedup.DedupConfig;
import org.storyloom.dedup.Deduplicator;
import org.storyloom.extract.BoilerplateLearner;
import org.storyloom.extract.Extractor;
import org.storyloom.extract.FullTextPolicy;
import org.storyloom.feed.FeedParser;
import org.storyloom.fetch.FetchConfig;
import org.storyloom.fetch.Fetcher;
import org.storyloom.fetch.NetworkPolicy;
import org.storyloom.model.Feed;
import org.storyloom.nlp.Enricher;
import org.storyloom.nlp.Nlp;
import org.storyloom.pipeline.ArticleBodies;
import org.storyloom.pipeline.BoilerplateJob;
import org.storyloom.pipeline.DigestWorker;
import org.storyloom.pipeline.EnrichWorker;
import org.storyloom.pipeline.FeedRefresher;
import org.storyloom.pipeline.FeedSubscriptions;
import org.storyloom.pipeline.FullTextWorker;
import org.storyloom.pipeline.IngestMetrics;
import org.storyloom.pipeline.IngestScheduler;
import org.storyloom.pipeline.PeriodicTask;
import org.storyloom.pipeline.RefreshPolicy;
import org.storyloom.pipeline.RefreshReport;
import org.storyloom.pipeline.SearchIndexer;
import org.storyloom.pipeline.SearchService;
import org.storyloom.pipeline.SentenceVectorWorker;
import org.storyloom.pipeline.StoryAnswers;
import org.storyloom.pipeline.StoryIndexer;
import org.storyloom.pipeline.StoryService;
import org.storyloom.pipeline.Subscriptions;
import org.storyloom.search.SearchException;
import org.storyloom.search.SearchIndex;
import org.storyloom.search.UnavailableIndex;
import org.storyloom.search.lucene.LuceneIndex;
import org.storyloom.store.Store;
import org.storyloom.store.sqlite.SqliteConfig;
import org.storyloom.store.sqlite.SqliteStore;
import org.storyloom.summary.Digester;
import org.storyloom.summary.StorySentences;
import org.storyloom.summary.llm.LlmRewrites;
import org.storyloom.web.AdminServer;
import org.storyloom.web.WebConfig;
import org.storyloom.web.WebServer;

/**
 * The composition root: every long-lived object is made here with {@code new}, in dependency order, and closed in
 * reverse. CLI commands open an App on a data directory, do their work, and close it.
 */
public final class App implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    private static final int BOILERPLATE_MIN_ARTICLES = 5;
    private static final int FULL_TEXT_BATCH = 8;
    private static final int STORY_BATCH = 256;
    private static final int ENRICH_BATCH = 64;
    /** Stories summarised per pass of the summaries task; the newest changed stories go first. */
    private static final int DIGEST_BATCH = 8;
    /**
     * Sentences embedded ahead of readers' questions per 10 s pass: about 25 a second at most, ten times what
     * 10,000 new articles a day need (some 20 sentences each; wire copies share theirs).
     */
    private static final int SENTENCE_VECTOR_BUDGET = 256;

    private static final int MAINTAIN_EVERY = 200;

    private final AppConfig config;
    private final InstantSource clock;
    private final Store store;
    private final Fetcher fetcher;
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final FeedRefresher refresher;
    private final FeedSubscriptions subscriptions;
    private final FullTextWorker fullText;
    private final BoilerplateJob boilerplate;
    private final ArticleBodies bodies;
    private final SearchIndex search;
    private final SearchIndexer indexer;
    private @Nullable IngestScheduler scheduler;
    private @Nullable WebServer web;
    private @Nullable OnnxEmbedder embedder;
    private @Nullable AdminServer admin;
    private @Nullable ServeFile serveFile;

    public App(AppConfig config, InstantSource clock) {
        this.config = config;
        this.clock = clock;
        this.store = new SqliteStore(SqliteConfig.at(config.storeFile()));
        this.bodies = new ArticleBodies(store);
        this.search = openIndex(config);
        this.indexer = new SearchIndexer(store, bodies, search);
        FetchConfig fetchConfig = FetchConfig.defaults().withNetworkPolicy(NetworkPolicy.of(config.allowNetworks()));
        this.fetcher = new Fetcher(fetchConfig, clock);
        FeedParser parser = new FeedParser();
        RefreshPolicy policy = new RefreshPolicy(config.minRefresh(), config.maxRefresh());
        FullTextPolicy fullTextPolicy = new FullTextPolicy();
        this.refresher = new FeedRefresher(
                store, fetcher, parser, policy, fullTextPolicy, new IngestMetrics(registry), clock, indexer);
        this.subscriptions = new FeedSubscriptions(store, fetcher, parser, refresher, clock);
        this.fullText = new FullTextWorker(store, fetcher, new Extractor(), fullTextPolicy, indexer);
        this.boilerplate = new BoilerplateJob(store, new BoilerplateLearner(), clock, BOILERPLATE_MIN_ARTICLES);
    }

    /** Starts the scheduler and the web server; returns the bound port. */
    public int serve() {
        ClusterConfig clusterConfig = ClusterConfig.defaults();
        // two batches at once, one thread each, texts sorted by length (bench/cluster/run.sh)
        OnnxEmbedder model = new OnnxEmbedder();
        embedder = model;
        StoryClusterer clusterer = new StoryClusterer(clusterConfig, model.dimensions());
        StoryStage stage =
                new StoryStage(new Deduplicator(DedupConfig.defaults()), model, clusterer, clock, MAINTAIN_EVERY);
        StoryIndexer stories =
                new StoryIndexer(store, stage, clusterer, bodies, clock, clusterConfig.window(), indexer);
        LOG.info("story window rebuilt articles={}", stories.warmUp());
        Nlp nlp = Nlp.load();
        LlmRewrites llm = LlmSettings.from(System.getenv(), clock);
        StoryAnswers answers = new StoryAnswers(store, bodies, () -> new StorySentences(nlp), model::embed, llm);
        StoryService storyService = new StoryService(store, new RelatedArticles(clusterer), answers);
        EnrichWorker enrich = new EnrichWorker(store, new Enricher(nlp), bodies, model);
        DigestWorker digests = new DigestWorker(store, new Digester(new StorySentences(nlp)), bodies, llm, clock);
        SentenceVectorWorker vectors = new SentenceVectorWorker(
                store, bodies, new StorySentences(nlp), model::embed, answers, clusterConfig.window(), clock);
        if (config.starterFeeds() && store.listFeeds().isEmpty()) {
            Subscriptions.ImportReport r = StarterFeeds.subscribe(subscriptions);
            LOG.info("subscribed starter feeds added={} skipped={}", r.added(), r.skipped());
        }
        List<PeriodicTask> tasks = List.of(
                new PeriodicTask("full-text", Duration.ofSeconds(2), () -> fullText.runOnce(FULL_TEXT_BATCH)),
                new PeriodicTask("boilerplate", Duration.ofMinutes(15), boilerplate::learnAll),
                new PeriodicTask("stories", Duration.ofSeconds(2), () -> stories.drain(STORY_BATCH)),
                new PeriodicTask("story-maintenance", Duration.ofMinutes(10), stories::maintain),
                new PeriodicTask("enrich", Duration.ofSeconds(2), () -> enrich.runOnce(ENRICH_BATCH)),
                new PeriodicTask("summaries", Duration.ofSeconds(10), () -> digests.runOnce(DIGEST_BATCH)),
                new PeriodicTask(
                        "answer-vectors", Duration.ofSeconds(10), () -> vectors.runOnce(SENTENCE_VECTOR_BUDGET)));
        IngestScheduler s =
                new IngestScheduler(store, refresher, clock, IngestScheduler.SchedulerConfig.defaults(), tasks);
        scheduler = s;
        s.start();
        WebServer w = new WebServer(
                new WebConfig(config.host(), config.port()),
                store,
                subscriptions,
                bodies,
                storyService,
                new SearchService(search, store, model),
                registry,
                clock);
        web = w;
        int port = w.start();
        startAdmin();
        return port;
    }

    /** The loopback admin endpoint, and the file that tells other commands on this data folder how to reach it. */
    private void startAdmin() {
        if (!(search instanceof LuceneIndex)) {
            LOG.warn("admin endpoint not started: this process does not hold the search index");
            return;
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        AdminServer a = new AdminServer(token, () -> indexer.reindexAll(Subscriptions.Progress.none()));
        admin = a;
        ServeFile file = new ServeFile(a.start(), token, ProcessHandle.current().pid());
        file.write(config.dataDir());
        serveFile = file;
    }

    public Subscriptions subscriptions() {
        return subscriptions;
    }

    public List<Feed> feeds() {
        return store.listFeeds();
    }

    /** A feed by id or by URL. */
    public Optional<Feed> feed(String idOrUrl) {
        if (idOrUrl.chars().allMatch(Character::isDigit) && !idOrUrl.isEmpty()) {
            return store.findFeed(Long.parseLong(idOrUrl));
        }
        return store.findFeedByUrl(idOrUrl);
    }

    /** Refreshes the given feeds now, a few at a time (the fetcher keeps per-host politeness). */
    public List<RefreshReport> refresh(List<Feed> feeds) {
        List<RefreshReport> reports = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<RefreshReport>> jobs = new ArrayList<>();
            for (Feed f : feeds) {
                jobs.add(pool.submit(() -> refresher.refresh(f)));
            }
            for (Future<RefreshReport> job : jobs) {
                reports.add(job.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("app: refresh failed: " + e.getCause(), e.getCause());
        }
        return reports;
    }

    /** Fetches queued full texts now; returns how many were processed. */
    public int fetchFullText(int limit) {
        return fullText.runOnce(limit);
    }

    /** Relearns every source's boilerplate now; returns the number of lines learned. */
    public int learnBoilerplate() {
        return boilerplate.learnAll();
    }

    /** The index under the data folder; when another process holds it, one that fails every call with why. */
    private static SearchIndex openIndex(AppConfig config) {
        try {
            return LuceneIndex.open(config.dataDir().resolve("search.lucene"));
        } catch (SearchException e) {
            LOG.warn("search index unavailable error={}", e.getMessage());
            return new UnavailableIndex(e.getMessage() + " (is storyloom serve running on this data folder?)");
        }
    }

    /** Rebuilds the search index from the store in this process; fails when another process holds the index. */
    AppReindex.Outcome reindexHere(Subscriptions.Progress progress) {
        if (search instanceof UnavailableIndex) {
            throw new IllegalStateException("reindex: another process holds the search index in " + config.dataDir()
                    + " and no running storyloom serve answered; stop that process and try again");
        }
        SearchIndexer.Reindexed done = indexer.reindexAll(progress);
        return new AppReindex.Outcome(done.articles(), done.failed(), 0);
    }

    @Override
    public void close() {
        if (serveFile != null) {
            serveFile.removeIfOurs(config.dataDir());
        }
        if (admin != null) {
            admin.stop();
        }
        if (web != null) {
            web.stop();
        }
        if (scheduler != null) {
            scheduler.close();
        }
        if (embedder != null) {
            embedder.close();
        }
        fetcher.close();
        search.close();
        store.close();
    }
}
