package org.storyloom.store;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.Source;

/** Publishers. A source is found by its home page host when it has one, else by name. */
public interface SourceStore {

    /** Returns the source with this home page (or name), creating it when missing. */
    Source sourceFor(String name, @Nullable String homePage);

    Optional<Source> findSource(long id);

    List<Source> listSources();
}
