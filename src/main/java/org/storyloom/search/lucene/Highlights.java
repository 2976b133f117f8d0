package org.storyloom.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.jspecify.annotations.Nullable;
import org.storyloom.search.Highlighted;

/**
 * Marks matched words with the unified highlighter: the whole title, and the best two sentences of the text. The
 * formatter writes private-use marker characters (removed from indexed text, so they cannot be forged), which are
 * then split into {@link Highlighted} parts.
 */
final class Highlights {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final String GAP = " … ";
    private static final int PASSAGES = 2;
    private static final int PLAIN_SNIPPET = 240;

    private final Analyzer analyzer;

    Highlights(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Text safe to index: without the marker characters. */
    static String clean(String text) {
        return text.indexOf(OPEN) < 0 && text.indexOf(CLOSE) < 0
                ? text
                : text.replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
    }

    /** Titles and snippets for the given documents, in order; the query may be null (no text query). */
    List<Highlighted[]> of(IndexSearcher searcher, @Nullable Query query, int[] docIds) throws IOException {
        String[] titles = new String[docIds.length];
        String[] snippets = new String[docIds.length];
        if (query != null && docIds.length > 0) {
            titles = highlighter(searcher, true).highlight(Documents.TITLE, query, docs(docIds), 1);
            snippets = highlighter(searcher, false).highlight(Documents.TEXT, query, docs(docIds), PASSAGES);
        }
        List<Highlighted[]> out = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            var stored = searcher.storedFields().document(docIds[i]);
            String title = titles[i] != null ? titles[i] : nonNull(stored.get(Documents.TITLE));
            String snippet = snippets[i] != null ? snippets[i] : start(nonNull(stored.get(Documents.TEXT)));
            out.add(new Highlighted[] {parse(title), parse(snippet)});
        }
        return out;
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher, boolean whole) {
        UnifiedHighlighter.Builder b =
                UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new Marking());
        if (whole) {
            b.withBreakIterator(WholeBreakIterator::new);
        }
        return b.build();
    }

    /** The highlighter takes documents as TopDocs; only the ids matter. */
    private static org.apache.lucene.search.TopDocs docs(int[] ids) {
        org.apache.lucene.search.ScoreDoc[] sd = new org.apache.lucene.search.ScoreDoc[ids.length];
        for (int i = 0; i < ids.length; i++) {
            sd[i] = new org.apache.lucene.search.ScoreDoc(ids[i], 0);
        }
        return new org.apache.lucene.search.TopDocs(
                new org.apache.lucene.search.TotalHits(
                        ids.length, org.apache.lucene.search.TotalHits.Relation.EQUAL_TO),
                sd);
    }

    private static String start(String text) {
        if (text.length() <= PLAIN_SNIPPET) {
            return text;
        }
        int cut = text.lastIndexOf(' ', PLAIN_SNIPPET);
        return text.substring(0, cut > PLAIN_SNIPPET / 2 ? cut : PLAIN_SNIPPET) + " …";
    }

    private static String nonNull(@Nullable String s) {
        return s == null ? "" : s;
    }

    static Highlighted parse(String marked) {
        List<Highlighted.Part> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean inMatch = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == OPEN || c == CLOSE) {
                if (!run.isEmpty()) {
                    parts.add(new Highlighted.Part(run.toString(), inMatch));
                    run.setLength(0);
                }
                inMatch = c == OPEN;
            } else {
                run.append(c);
            }
        }
        if (!run.isEmpty()) {
            parts.add(new Highlighted.Part(run.toString(), inMatch));
        }
        return new Highlighted(parts);
    }

    /** Writes passages with matches between the marker characters, joined by an ellipsis. */
    private static final class Marking extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder out = new StringBuilder();
            for (Passage p : passages) {
                if (!out.isEmpty()) {
                    out.append(GAP);
                }
                int pos = p.getStartOffset();
                for (int m = 0; m < p.getNumMatches(); m++) {
                    int start = Math.max(pos, p.getMatchStarts()[m]);
                    int end = Math.min(p.getEndOffset(), p.getMatchEnds()[m]);
                    if (end <= start) {
                        continue;
                    }
                    out.append(content, pos, start)
                            .append(OPEN)
                            .append(content, start, end)
                            .append(CLOSE);
                    pos = end;
                }
                out.append(content, pos, p.getEndOffset());
            }
            return out.toString().strip();
        }
    }
}
