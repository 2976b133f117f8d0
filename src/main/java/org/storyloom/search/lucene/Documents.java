package org.storyloom.search.lucene;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.jspecify.annotations.Nullable;
import org.storyloom.search.Highlighted;
import org.storyloom.search.IndexedArticle;
import org.storyloom.search.SearchHit;

/** The index's fields, and the mapping between {@link IndexedArticle}, Lucene documents and hits. */
final class Documents {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String SOURCE = "source";
    static final String SOURCE_NAME = "source_name";
    static final String PUBLISHED = "published";
    static final String LANGUAGE = "lang";
    static final String VECTOR = "vector";
    static final String FACET_PREFIX = "facet.";

    /** Analysed, stored, with offsets in the postings so highlighting needs no re-analysis. */
    private static final FieldType TEXT_TYPE = textType();

    private final int dimensions;

    Documents(int dimensions) {
        this.dimensions = dimensions;
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    Document toDocument(IndexedArticle a) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(a.id()), Field.Store.YES));
        doc.add(new Field(TITLE, Highlights.clean(a.title()), TEXT_TYPE));
        doc.add(new Field(TEXT, Highlights.clean(a.text()), TEXT_TYPE));
        doc.add(new LongField(SOURCE, a.sourceId(), Field.Store.YES));
        doc.add(new StoredField(SOURCE_NAME, a.sourceName()));
        if (a.published() != null) {
            doc.add(new LongField(PUBLISHED, a.published().toEpochMilli(), Field.Store.YES));
        }
        if (a.language() != null && !a.language().isBlank()) {
            doc.add(new StringField(LANGUAGE, normalise(a.language()), Field.Store.NO));
        }
        float[] vector = a.vector();
        if (vector != null) {
            if (vector.length != dimensions) {
                throw new IllegalArgumentException("search: article " + a.id() + " has a vector of " + vector.length
                        + " dimensions; the index takes " + dimensions);
            }
            doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE));
        }
        for (Map.Entry<String, List<String>> facet : a.facets().entrySet()) {
            for (String value : facet.getValue()) {
                doc.add(new StringField(FACET_PREFIX + facet.getKey(), normalise(value), Field.Store.NO));
            }
        }
        return doc;
    }

    static SearchHit toHit(Document doc, double score, Highlighted title, Highlighted snippet) {
        IndexableNumber published = IndexableNumber.of(doc, PUBLISHED);
        return new SearchHit(
                Long.parseLong(doc.get(ID)),
                score,
                IndexableNumber.of(doc, SOURCE).orElse(0),
                doc.get(SOURCE_NAME) == null ? "" : doc.get(SOURCE_NAME),
                published.present() ? Instant.ofEpochMilli(published.value()) : null,
                title,
                snippet);
    }

    static String normalise(String keyword) {
        return keyword.strip().toLowerCase(Locale.ROOT);
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** A stored long that may be missing. */
    private record IndexableNumber(boolean present, long value) {
        static IndexableNumber of(Document doc, String field) {
            @Nullable
            Number n = doc.getField(field) == null ? null : doc.getField(field).numericValue();
            return n == null ? new IndexableNumber(false, 0) : new IndexableNumber(true, n.longValue());
        }

        long orElse(long fallback) {
            return present ? value : fallback;
        }
    }
}
