package org.storyloom.pipeline;

import java.time.Instant;
import java.util.List;
import org.storyloom.model.NewArticle;
import org.storyloom.model.StoryPlacement;
import org.storyloom.model.StorySummary;
import org.storyloom.store.Store;

/** Test data written through the store API: articles of an outlet's feed, and stories made of them. */
final class StoredStories {

    /** Two outlets' reports of one fire, with numbers that differ. */
    static final String HERALD = "A fire destroyed a grain warehouse at Northport harbour on Tuesday night,"
            + " forcing the evacuation of 200 nearby homes. Firefighters battled the blaze for six hours before"
            + " bringing it under control. No one was injured, the Northport fire service said.";

    static final String GAZETTE = "A grain warehouse at Northport harbour burned down on Tuesday night and"
            + " about 250 homes nearby were evacuated. Local councillor Amir Haddad called for a review of fire"
            + " safety at the port. Ships are being diverted to the southern berths.";

    private StoredStories() {}

    /** An article of {@code outlet}'s feed (made on first use), stored as full text; returns its id. */
    static long article(Store store, String outlet, String guid, String title, String text, Instant published) {
        long source = store.sourceFor(outlet, null).id();
        long feed = store.addFeed(source, "https://" + outlet + ".example/rss", null, null, published)
                .feed()
                .id();
        return store.upsertArticle(new NewArticle(
                        feed,
                        source,
                        "https://" + outlet + ".example/" + guid,
                        guid,
                        title,
                        null,
                        published,
                        null,
                        null,
                        null,
                        text,
                        "en",
                        published))
                .id();
    }

    /** The articles as one story (its id the first article's, each its own copy group); returns the story. */
    static StorySummary story(Store store, List<Long> articles, Instant firstSeen, Instant updated) {
        long id = articles.getFirst();
        StorySummary story = new StorySummary(id, "Warehouse fire", id, firstSeen, updated, articles.size(), 2);
        store.saveStories(
                articles.stream()
                        .map(a -> new StoryPlacement(a, id, a, new float[0]))
                        .toList(),
                List.of(story),
                List.of());
        return story;
    }
}
