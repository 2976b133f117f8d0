package org.storyloom.search.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.LongPredicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.storyloom.search.Highlighted;
import org.storyloom.search.IndexedArticle;
import org.storyloom.search.RankFusion;
import org.storyloom.search.SearchException;
import org.storyloom.search.SearchFilter;
import org.storyloom.search.SearchHit;
import org.storyloom.search.SearchIndex;
import org.storyloom.search.SearchQuery;
import org.storyloom.search.SearchResults;

/**
 * The embedded index: BM25 over title (boosted) and text with English analysis, highlighted snippets, filters, HNSW
 * kNN over cosine vectors and RRF hybrid ranking. Every write is committed and made visible before it returns
 * (near-real-time through a {@link SearcherManager}); the class is safe for concurrent use.
 */
public final class LuceneIndex implements SearchIndex {

    /** all-MiniLM-L6-v2's embedding size. */
    public static final int DIMENSIONS = 384;

    /** How many candidates each list contributes to hybrid fusion, at least. */
    private static final int FUSION_DEPTH = 100;

    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final @Nullable IndexWriter writer;
    private final SearcherManager searchers;
    private final Documents documents;
    private final Queries queries = new Queries(analyzer);
    private final Highlights highlights = new Highlights(analyzer);
    private final int dimensions;

    private LuceneIndex(Directory directory, int dimensions, boolean writable) throws IOException {
        this.directory = directory;
        this.dimensions = dimensions;
        this.documents = new Documents(dimensions);
        if (writable) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer);
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            IndexWriter w = new IndexWriter(directory, config);
            this.writer = w;
            this.searchers = new SearcherManager(w, null);
        } else {
            // a reader of the last commit: takes no write lock, so it works while another process writes
            this.writer = null;
            this.searchers = new SearcherManager(directory, null);
        }
    }

    /** The index in this folder (created when missing), for 384-dimension vectors; takes the write lock. */
    public static LuceneIndex open(Path folder) {
        Directory dir = null;
        try {
            dir = FSDirectory.open(folder);
            return new LuceneIndex(dir, DIMENSIONS, true);
        } catch (IOException e) {
            closeQuietly(dir);
            throw new SearchException("search: cannot open the index at " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * The index in this folder for searching only: reads the last commit without the write lock, so it opens while
     * another process (e.g. {@code storyloom serve}) holds the index, and sees that process's later commits (each
     * search first checks for a newer commit). Every write fails with a {@link SearchException}.
     */
    public static LuceneIndex openReadOnly(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new SearchException("search: there is no index at " + folder + " yet (run storyloom reindex)");
        }
        Directory dir = null;
        try {
            dir = FSDirectory.open(folder);
            return new LuceneIndex(dir, DIMENSIONS, false);
        } catch (IndexNotFoundException e) {
            closeQuietly(dir);
            throw new SearchException("search: there is no index at " + folder + " yet (run storyloom reindex)", e);
        } catch (IOException e) {
            closeQuietly(dir);
            throw new SearchException("search: cannot read the index at " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(@Nullable Directory dir) {
        if (dir == null) {
            return;
        }
        try {
            dir.close();
        } catch (IOException e) {
            // already failing: the first error is the one reported
        }
    }

    /** True when this instance can write (it holds the index's write lock). */
    public boolean writable() {
        return writer != null;
    }

    /** An index in memory (tests, tools), for vectors of the given size. */
    public static LuceneIndex inMemory(int dimensions) {
        try {
            return new LuceneIndex(new ByteBuffersDirectory(), dimensions, true);
        } catch (IOException e) {
            throw new SearchException("search: cannot open an index in memory: " + e.getMessage(), e);
        }
    }

    public static LuceneIndex inMemory() {
        return inMemory(DIMENSIONS);
    }

    @Override
    public void upsert(List<IndexedArticle> articles) {
        if (articles.isEmpty()) {
            return;
        }
        List<org.apache.lucene.document.Document> docs =
                articles.stream().map(documents::toDocument).toList();
        write("upsert", w -> {
            for (int i = 0; i < docs.size(); i++) {
                w.updateDocument(Documents.idTerm(articles.get(i).id()), docs.get(i));
            }
        });
    }

    @Override
    public void delete(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        Term[] terms = articleIds.stream().map(Documents::idTerm).toArray(Term[]::new);
        write("delete", w -> w.deleteDocuments(terms));
    }

    @Override
    public void clear() {
        write("clear", IndexWriter::deleteAll);
    }

    @Override
    public void deleteExcept(LongPredicate keep) {
        write("delete", w -> {
            List<Term> gone = new ArrayList<>();
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    Terms terms = leaf.reader().terms(Documents.ID);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum it = terms.iterator();
                    for (BytesRef t = it.next(); t != null; t = it.next()) {
                        String id = t.utf8ToString();
                        if (!keep.test(Long.parseLong(id))) {
                            gone.add(new Term(Documents.ID, id));
                        }
                    }
                }
            }
            w.deleteDocuments(gone.toArray(Term[]::new));
        });
    }

    @Override
    public SearchResults search(SearchQuery query) {
        Query text = queries.text(query.text());
        Query full = Queries.restrict(text, Queries.filter(query.filter()));
        return read("search", s -> {
            int n = query.offset() + query.limit();
            TopDocs top = text == null ? s.search(full, n, newestFirst()) : s.search(full, n);
            return new SearchResults(s.count(full), hits(s, text, page(top.scoreDocs, query)));
        });
    }

    @Override
    public SearchResults nearest(float[] vector, int k, SearchFilter filter) {
        checkVector(vector);
        if (k < 1) {
            throw new IllegalArgumentException("search: k must be at least 1");
        }
        return read("nearest", s -> {
            TopDocs top = s.search(knn(vector, k, filter), k);
            List<SearchHit> hits = hits(s, null, List.of(top.scoreDocs));
            return new SearchResults(hits.size(), hits);
        });
    }

    @Override
    public SearchResults hybrid(SearchQuery query, float[] vector) {
        return hybrid(query, vector, -1);
    }

    @Override
    public SearchResults hybrid(SearchQuery query, float[] vector, double minCosine) {
        checkVector(vector);
        // Lucene scores cosine as (1 + cos) / 2
        float minScore = (float) ((1 + minCosine) / 2);
        Query text = queries.text(query.text());
        Query filter = Queries.filter(query.filter());
        int depth = Math.max(FUSION_DEPTH, query.offset() + query.limit());
        return read("hybrid", s -> {
            List<List<Long>> rankings = new ArrayList<>();
            if (text != null) {
                rankings.add(docIds(s.search(Queries.restrict(text, filter), depth), Float.NEGATIVE_INFINITY));
            }
            rankings.add(docIds(s.search(knn(vector, depth, query.filter()), depth), minScore));
            List<RankFusion.Fused> fused = RankFusion.fuse(rankings);
            List<ScoreDoc> ranked = new ArrayList<>();
            for (RankFusion.Fused f : fused) {
                ranked.add(new ScoreDoc((int) f.id(), (float) f.score()));
            }
            List<ScoreDoc> page = page(ranked.toArray(ScoreDoc[]::new), query);
            // the fused list stops at the depth; every text match can still be paged to
            long textTotal = text == null ? 0 : s.count(Queries.restrict(text, filter));
            return new SearchResults(Math.max(fused.size(), textTotal), hits(s, text, page));
        });
    }

    @Override
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            throw new SearchException("search: refresh failed: " + e.getMessage(), e);
        }
    }

    @Override
    public long count() {
        return read("count", s -> (long) s.getIndexReader().numDocs());
    }

    @Override
    public synchronized void close() {
        try (Directory d = directory;
                @Nullable IndexWriter w = writer;
                SearcherManager m = searchers) {
            // closed in reverse: searchers, then the writer (which commits) when there is one, then the directory
            analyzer.close();
        } catch (IOException | RuntimeException e) {
            throw new SearchException("search: closing the index failed: " + e.getMessage(), e);
        }
    }

    private KnnFloatVectorQuery knn(float[] vector, int k, SearchFilter filter) {
        return new KnnFloatVectorQuery(Documents.VECTOR, vector, k, Queries.filter(filter));
    }

    private void checkVector(float[] vector) {
        if (vector.length != dimensions) {
            throw new IllegalArgumentException(
                    "search: a query vector of " + vector.length + " dimensions; the index takes " + dimensions);
        }
    }

    private List<SearchHit> hits(IndexSearcher s, @Nullable Query text, List<ScoreDoc> page) throws IOException {
        int[] ids = page.stream().mapToInt(d -> d.doc).toArray();
        List<Highlighted[]> marks = highlights.of(s, text, ids);
        List<SearchHit> out = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            float score = page.get(i).score;
            out.add(Documents.toHit(
                    s.storedFields().document(ids[i]),
                    Float.isNaN(score) ? 0 : score,
                    marks.get(i)[0],
                    marks.get(i)[1]));
        }
        return out;
    }

    private static List<ScoreDoc> page(ScoreDoc[] ranked, SearchQuery query) {
        if (query.offset() >= ranked.length) {
            return List.of();
        }
        int end = Math.min(ranked.length, query.offset() + query.limit());
        return List.of(ranked).subList(query.offset(), end);
    }

    private static List<Long> docIds(TopDocs top, float minScore) {
        List<Long> ids = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc d : top.scoreDocs) {
            if (d.score >= minScore) {
                ids.add((long) d.doc);
            }
        }
        return ids;
    }

    private static Sort newestFirst() {
        SortField byTime = LongField.newSortField(Documents.PUBLISHED, true, SortedNumericSelector.Type.MAX);
        byTime.setMissingValue(Long.MIN_VALUE);
        return new Sort(byTime, SortField.FIELD_DOC);
    }

    private void write(String what, IoAction action) {
        IndexWriter w = writer;
        if (w == null) {
            throw new SearchException("search: " + what + " refused: the index is open read-only");
        }
        try {
            action.run(w);
            w.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            throw new SearchException("search: " + what + " failed: " + e.getMessage(), e);
        }
    }

    private <T> T read(String what, IoRead<T> action) {
        IndexSearcher s;
        try {
            if (writer == null) {
                searchers.maybeRefresh();
            }
            s = searchers.acquire();
        } catch (IOException | RuntimeException e) {
            throw new SearchException("search: " + what + " failed: " + e.getMessage(), e);
        }
        try {
            return action.apply(s);
        } catch (IOException e) {
            throw new SearchException("search: " + what + " failed: " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    private void release(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw new SearchException("search: releasing a searcher failed: " + e.getMessage(), e);
        }
    }

    /** A write to the index. */
    private interface IoAction {
        void run(IndexWriter writer) throws IOException;
    }

    /** A read from one searcher. */
    private interface IoRead<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
