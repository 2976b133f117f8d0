package org.storyloom.feed;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.Enclosure;
import org.storyloom.model.FeedEntry;
import org.storyloom.model.ParsedFeed;

/** Turns ROME's syndication model into ours; ROME types never leave this package. */
final class RomeMapper {

    private RomeMapper() {}

    static ParsedFeed map(SyndFeed feed) {
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            entries.add(entry(entry, "rss_1.0".equals(feed.getFeedType())));
        }
        String format =
                feed.getFeedType() == null ? "unknown" : feed.getFeedType().toLowerCase(Locale.ROOT);
        return new ParsedFeed(
                format,
                title(feed),
                link(feed),
                Texts.clean(feed.getDescription()),
                Texts.clean(feed.getLanguage()),
                entries);
    }

    /** ROME resolves Atom links oddly against the self link; links are already absolute, so take them raw. */
    private static @Nullable String link(SyndFeed feed) {
        if (feed.originalWireFeed() instanceof Feed atom) {
            String alternate = alternate(atom.getAlternateLinks());
            if (alternate != null) {
                return alternate;
            }
        }
        return Texts.clean(feed.getLink());
    }

    static @Nullable String alternate(@Nullable List<Link> links) {
        if (links != null) {
            for (Link link : links) {
                String href = Texts.clean(link.getHref());
                if (href != null) {
                    return href;
                }
            }
        }
        return null;
    }

    private static @Nullable String title(SyndFeed feed) {
        String title = Texts.clean(feed.getTitle());
        if (title == null && feed.getModule(DCModule.URI) instanceof DCModule dc) {
            title = Texts.clean(dc.getTitle());
        }
        return title;
    }

    private static FeedEntry entry(SyndEntry entry, boolean rdf) {
        EntryExtras extras = new EntryExtras(entry, rdf);
        String title = Texts.clean(entry.getTitle());
        if (title == null) {
            title = extras.title();
        }
        String link = extras.link();
        if (link == null) {
            link = Texts.clean(entry.getLink());
        }
        Instant published = extras.published();
        if (published == null) {
            published = instant(entry.getPublishedDate());
        }
        Instant updated = extras.updated();
        if (updated == null) {
            updated = instant(entry.getUpdatedDate());
        }
        if (updated == null) {
            updated = published;
        }
        String content = null;
        for (SyndContent part : entry.getContents()) {
            if (content == null && part.getValue() != null && !part.getValue().isBlank()) {
                content = part.getValue();
            }
        }
        String summary = entry.getDescription() == null
                ? null
                : Texts.clean(entry.getDescription().getValue());
        Set<String> categories = new LinkedHashSet<>();
        for (SyndCategory category : entry.getCategories()) {
            String name = Texts.clean(category.getName());
            if (name != null) {
                categories.add(name);
            }
        }
        categories.addAll(extras.subjects());
        String id = extras.guid();
        if (id == null) {
            id = EntryIds.derive(link, title, published == null ? updated : published);
        }
        return new FeedEntry(
                id,
                title,
                link,
                author(entry, extras),
                published,
                updated,
                summary,
                content,
                List.copyOf(categories),
                enclosures(entry));
    }

    private static @Nullable String author(SyndEntry entry, EntryExtras extras) {
        for (SyndPerson person : entry.getAuthors()) {
            String named = Authors.format(Texts.clean(person.getName()), Texts.clean(person.getEmail()));
            if (named != null) {
                return named;
            }
        }
        String author = Texts.clean(entry.getAuthor());
        return author != null ? author : extras.author();
    }

    private static List<Enclosure> enclosures(SyndEntry entry) {
        List<Enclosure> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (SyndEnclosure enclosure : entry.getEnclosures()) {
            String url = Texts.clean(enclosure.getUrl());
            if (url != null && seen.add(url)) {
                out.add(new Enclosure(url, Texts.clean(enclosure.getType()), Math.max(-1, enclosure.getLength())));
            }
        }
        for (Enclosure media : Media.enclosures(entry.getForeignMarkup())) {
            if (seen.add(media.url())) {
                out.add(media);
            }
        }
        return out;
    }

    private static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }
}
