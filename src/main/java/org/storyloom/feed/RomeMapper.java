package org.storyloom.feed;

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
            entries.add(entry(entry));
        }
        String format =
                feed.getFeedType() == null ? "unknown" : feed.getFeedType().toLowerCase(Locale.ROOT);
        return new ParsedFeed(
                format,
                title(feed),
                Texts.clean(feed.getLink()),
                Texts.clean(feed.getDescription()),
                Texts.clean(feed.getLanguage()),
                entries);
    }

    private static @Nullable String title(SyndFeed feed) {
        String title = Texts.clean(feed.getTitle());
        if (title == null && feed.getModule(DCModule.URI) instanceof DCModule dc) {
            title = Texts.clean(dc.getTitle());
        }
        return title;
    }

    private static FeedEntry entry(SyndEntry entry) {
        EntryExtras extras = new EntryExtras(entry);
        String title = Texts.clean(entry.getTitle());
        if (title == null) {
            title = extras.title();
        }
        String link = Texts.clean(entry.getLink());
        Instant published = instant(entry.getPublishedDate());
        if (published == null) {
            published = extras.published();
        }
        Instant updated = instant(entry.getUpdatedDate());
        if (updated == null) {
            updated = extras.updated();
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
