package org.storyloom.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyloom.search.IndexedArticle;
import org.storyloom.search.SearchException;
import org.storyloom.search.SearchQuery;

/** Two instances on one folder, as serve and the command line have them: one writer, readers beside it. */
class LuceneIndexSharingTest {

    @TempDir
    Path dir;

    private static IndexedArticle article(long id, String title) {
        return new IndexedArticle(
                id, title, title + " today.", 1, "Herald", Instant.parse("2026-10-01T08:00:00Z"), "en", null);
    }

    @Test
    void aReaderOpensWhileTheWriterHoldsTheFolderAndSeesItsLaterCommits() {
        Path folder = dir.resolve("search.lucene");
        try (LuceneIndex writer = LuceneIndex.open(folder)) {
            writer.upsert(List.of(article(1, "Harbour fire destroys warehouse")));
            assertThatThrownBy(() -> LuceneIndex.open(folder))
                    .isInstanceOf(SearchException.class)
                    .hasMessageContaining("cannot open the index");
            try (LuceneIndex reader = LuceneIndex.openReadOnly(folder)) {
                assertThat(reader.writable()).isFalse();
                assertThat(reader.search(SearchQuery.of("fire")).total()).isEqualTo(1);
                writer.upsert(List.of(article(2, "Second fire at the docks")));
                assertThat(reader.search(SearchQuery.of("fire")).total()).isEqualTo(2);
                assertThat(reader.count()).isEqualTo(2);
                assertThatThrownBy(() -> reader.upsert(List.of(article(3, "Nope"))))
                        .isInstanceOf(SearchException.class)
                        .hasMessage("search: upsert refused: the index is open read-only");
                assertThatThrownBy(reader::clear).hasMessageContaining("read-only");
            }
            writer.upsert(List.of(article(3, "Third fire")));
            assertThat(writer.search(SearchQuery.of("fire")).total()).isEqualTo(3);
        }
        try (LuceneIndex reader = LuceneIndex.openReadOnly(folder)) {
            assertThat(reader.count()).isEqualTo(3);
        }
    }

    @Test
    void aReaderOfAMissingIndexSaysHowToMakeOne() {
        assertThatThrownBy(() -> LuceneIndex.openReadOnly(dir.resolve("none")))
                .isInstanceOf(SearchException.class)
                .hasMessageContaining("there is no index")
                .hasMessageContaining("storyloom reindex");
        Path empty = dir.resolve("empty");
        assertThat(empty.toFile().mkdirs()).isTrue();
        assertThatThrownBy(() -> LuceneIndex.openReadOnly(empty)).hasMessageContaining("there is no index");
    }
}
