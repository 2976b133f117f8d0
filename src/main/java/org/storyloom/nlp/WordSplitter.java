package org.storyloom.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * The OpenNLP tokenizer with a memory. The maxent tokenizer cuts a text at white space and then decides, within
 * each white-space word alone, where to split it ("Korea's," into "Korea's" and ","); the decision depends on that
 * word only, so it is made once per distinct word and remembered. Output is the tokenizer's own. Not thread-safe:
 * one per thread; the memory may be shared by the threads.
 */
final class WordSplitter {

    /** Distinct words remembered before the memory starts afresh (news vocabulary fits many articles). */
    private static final int CAPACITY = 200_000;

    private static final int[] WHOLE = new int[0];

    private final TokenizerME tokenizer;
    /** Split points inside a word (offsets from its start), empty when the word is one token. */
    private final Map<String, int[]> cuts;

    /** A splitter over a tokenizer of its own and a memory it may share (a thread-safe map when shared). */
    WordSplitter(TokenizerME tokenizer, Map<String, int[]> cuts) {
        this.tokenizer = tokenizer;
        this.cuts = cuts;
    }

    /** Token spans of the text, as {@link TokenizerME#tokenizePos(String)} gives them. */
    Span[] tokenizePos(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && StringUtil.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !StringUtil.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                addWord(out, text.substring(start, i), start);
            }
        }
        return out.toArray(new Span[0]);
    }

    private void addWord(List<Span> out, String word, int start) {
        int[] at = word.length() < 2 ? WHOLE : cuts.get(word);
        if (at == null) {
            at = learn(word);
        }
        int from = 0;
        for (int cut : at) {
            out.add(new Span(start + from, start + cut));
            from = cut;
        }
        out.add(new Span(start + from, start + word.length()));
    }

    private int[] learn(String word) {
        Span[] spans = tokenizer.tokenizePos(word);
        int[] at = WHOLE;
        if (spans.length > 1) {
            at = new int[spans.length - 1];
            for (int k = 1; k < spans.length; k++) {
                at[k - 1] = spans[k].getStart();
            }
        }
        if (cuts.size() >= CAPACITY) {
            cuts.clear();
        }
        cuts.put(word, at);
        return at;
    }
}
