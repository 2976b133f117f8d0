package org.storyloom.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.Feed;
import org.storyloom.model.Source;
import org.storyloom.pipeline.Subscriptions;
import org.storyloom.store.FeedStore.AddedFeed;
import org.storyloom.store.Store;

/**
 * A small real {@link Subscriptions} for the web tests: it subscribes by calling the store, as the pipeline does, but
 * never touches the network. Any URL is taken to be a feed, except that hosts under the reserved {@code .invalid}
 * domain fail as unresolvable, as they would in real life.
 */
final class StoreSubscriptions implements Subscriptions {

    private final Store store;
    private final InstantSource clock;

    StoreSubscriptions(Store store, InstantSource clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public SubscribeResult subscribe(String url, @Nullable String category) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return new SubscribeResult.Failed("not a valid address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!(scheme.equals("http") || scheme.equals("https")) || host == null) {
            return new SubscribeResult.Failed("only http and https addresses can be subscribed");
        }
        if (host.endsWith(".invalid")) {
            return new SubscribeResult.Failed("unknown host " + host);
        }
        Source source = store.sourceFor(host, scheme + "://" + host + "/");
        AddedFeed added = store.addFeed(source.id(), url, null, category, clock.instant());
        return added.created()
                ? new SubscribeResult.Subscribed(added.feed())
                : new SubscribeResult.AlreadySubscribed(added.feed());
    }

    @Override
    public boolean unsubscribe(long feedId) {
        return store.removeFeed(feedId);
    }

    @Override
    public ImportReport importOpml(byte[] opml, Progress progress) {
        Document doc = Jsoup.parse(new String(opml, StandardCharsets.UTF_8), "", Parser.xmlParser());
        if (doc.selectFirst("opml > body") == null) {
            throw new IllegalArgumentException("no <opml><body> element");
        }
        List<Element> outlines = doc.select("outline[xmlUrl]");
        int added = 0;
        int skipped = 0;
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < outlines.size(); i++) {
            Element outline = outlines.get(i);
            Element parent = outline.parent();
            String category = parent != null && parent.nameIs("outline") ? parent.attr("text") : null;
            switch (subscribe(outline.attr("xmlUrl"), category)) {
                case SubscribeResult.Subscribed s -> added++;
                case SubscribeResult.AlreadySubscribed a -> skipped++;
                case SubscribeResult.Failed f -> errors.add(outline.attr("xmlUrl") + ": " + f.reason());
            }
            progress.update(i + 1, outlines.size());
        }
        return new ImportReport(added, skipped, errors);
    }

    @Override
    public String exportOpml() {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n");
        out.append("<head><title>Storyloom subscriptions</title></head>\n<body>\n");
        for (Feed feed : store.listFeeds()) {
            String given = feed.title();
            String title = given == null ? feed.url() : given;
            out.append("<outline type=\"rss\" text=\"")
                    .append(Entities.escape(title))
                    .append("\" xmlUrl=\"")
                    .append(Entities.escape(feed.url()))
                    .append("\"/>\n");
        }
        return out.append("</body>\n</opml>\n").toString();
    }
}
