package org.storyloom.search.lucene;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.storyloom.search.SearchFilter;

/** Turns a query's words and filter into Lucene queries. */
final class Queries {

    static final float TITLE_BOOST = 2.0f;

    private final Analyzer analyzer;

    Queries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The words as a query over title (boosted) and text; every word must match in one of them. Null when the text
     * holds no searchable word (blank, or only stop words or operators).
     */
    @Nullable
    Query text(String text) {
        if (text.isBlank()) {
            return null;
        }
        SimpleQueryParser parser =
                new SimpleQueryParser(analyzer, Map.of(Documents.TITLE, TITLE_BOOST, Documents.TEXT, 1.0f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(text);
    }

    /** The filter as a non-scoring query; null when it admits everything. */
    static @Nullable Query filter(SearchFilter f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        if (!f.sourceIds().isEmpty()) {
            long[] ids = f.sourceIds().stream().mapToLong(Long::longValue).toArray();
            b.add(org.apache.lucene.document.LongField.newSetQuery(Documents.SOURCE, ids), BooleanClause.Occur.FILTER);
            clauses++;
        }
        if (f.from() != null || f.to() != null) {
            long lo = f.from() == null ? Long.MIN_VALUE : f.from().toEpochMilli();
            long hi = f.to() == null ? Long.MAX_VALUE : f.to().toEpochMilli() - 1;
            b.add(
                    org.apache.lucene.document.LongField.newRangeQuery(Documents.PUBLISHED, lo, hi),
                    BooleanClause.Occur.FILTER);
            clauses++;
        }
        if (f.language() != null && !f.language().isBlank()) {
            b.add(
                    new TermQuery(new Term(Documents.LANGUAGE, Documents.normalise(f.language()))),
                    BooleanClause.Occur.FILTER);
            clauses++;
        }
        for (Map.Entry<String, List<String>> facet : f.facets().entrySet()) {
            List<BytesRef> values = facet.getValue().stream()
                    .map(v -> new BytesRef(Documents.normalise(v)))
                    .toList();
            b.add(new TermInSetQuery(Documents.FACET_PREFIX + facet.getKey(), values), BooleanClause.Occur.FILTER);
            clauses++;
        }
        return clauses == 0 ? null : b.build();
    }

    /** The scoring query restricted by the filter. */
    static Query restrict(@Nullable Query scoring, @Nullable Query filter) {
        if (filter == null) {
            return scoring == null ? new MatchAllDocsQuery() : scoring;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(scoring == null ? new MatchAllDocsQuery() : scoring, BooleanClause.Occur.MUST);
        b.add(filter, BooleanClause.Occur.FILTER);
        return b.build();
    }
}
