package org.storyloom.feed;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.jspecify.annotations.Nullable;

/**
 * Values ROME's common model leaves out: Atom 0.3 and dcterms dates, RSS 1.0 rdf:about ids, and titles and authors
 * given only by Dublin Core, Media RSS or iTunes elements.
 */
final class EntryExtras {

    private final SyndEntry entry;
    private final List<Element> foreign;

    private final boolean rdf;

    EntryExtras(SyndEntry entry, boolean rdf) {
        this.entry = entry;
        this.rdf = rdf;
        this.foreign = entry.getForeignMarkup();
    }

    @Nullable
    String guid() {
        Object wire = entry.getWireEntry();
        if (wire instanceof Item item) {
            String guid =
                    item.getGuid() == null ? null : Texts.clean(item.getGuid().getValue());
            return guid != null || !rdf ? guid : Texts.clean(item.getUri()); // rdf:about
        }
        if (wire instanceof Entry atom) {
            return Texts.clean(atom.getId());
        }
        return Texts.clean(entry.getUri());
    }

    @Nullable
    String link() {
        return entry.getWireEntry() instanceof Entry atom ? RomeMapper.alternate(atom.getAlternateLinks()) : null;
    }

    @Nullable
    String title() {
        DCModule dc = dublinCore();
        String title = dc == null ? null : Texts.clean(dc.getTitle());
        return title != null ? title : foreignText("title");
    }

    List<String> subjects() {
        DCModule dc = dublinCore();
        List<String> subjects = new ArrayList<>();
        if (dc != null) {
            for (DCSubject subject : dc.getSubjects()) {
                String value = Texts.clean(subject.getValue());
                if (value != null) {
                    subjects.add(value);
                }
            }
        }
        return subjects;
    }

    @Nullable
    String author() {
        DCModule dc = dublinCore();
        String creator = dc == null ? null : Texts.clean(dc.getCreator());
        if (creator != null) {
            return creator;
        }
        String author = foreignText("author");
        return author != null ? author : foreignText("creator");
    }

    @Nullable
    Instant published() {
        if (entry.getWireEntry() instanceof Entry atom) {
            Instant atomDate = first(atom.getPublished(), atom.getIssued(), atom.getCreated());
            if (atomDate != null) {
                return atomDate;
            }
        }
        Instant issued = FeedDates.parse(foreignText("issued"));
        return issued != null ? issued : FeedDates.parse(foreignText("created"));
    }

    @Nullable
    Instant updated() {
        if (entry.getWireEntry() instanceof Entry atom) {
            Instant atomDate = first(atom.getUpdated(), atom.getModified());
            if (atomDate != null) {
                return atomDate;
            }
        }
        return FeedDates.parse(foreignText("modified"));
    }

    private @Nullable DCModule dublinCore() {
        return entry.getModule(DCModule.URI) instanceof DCModule dc ? dc : null;
    }

    private @Nullable String foreignText(String localName) {
        for (Element element : foreign) {
            if (element.getName().equalsIgnoreCase(localName)) {
                String text = Texts.clean(element.getText());
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static @Nullable Instant first(@Nullable Date... dates) {
        for (Date date : dates) {
            if (date != null) {
                return date.toInstant();
            }
        }
        return null;
    }
}
