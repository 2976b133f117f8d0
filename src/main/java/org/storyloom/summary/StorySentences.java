package org.storyloom.summary;

import java.util.ArrayList;
import java.util.List;
import org.storyloom.nlp.Nlp;
import org.storyloom.nlp.Sentence;
import org.storyloom.text.Stems;
import org.storyloom.text.StopWords;
import org.storyloom.text.Tokens;

/** Splits articles into sentences with their content terms: the common input of every summary feature. */
public final class StorySentences {

    private final Nlp nlp;

    public StorySentences(Nlp nlp) {
        this.nlp = nlp;
    }

    /** The sentences of each article, in input order; an article with no text has none. */
    public List<List<StorySentence>> of(List<SourceArticle> articles) {
        List<List<StorySentence>> out = new ArrayList<>(articles.size());
        for (int a = 0; a < articles.size(); a++) {
            out.add(of(articles.get(a), a));
        }
        return out;
    }

    /** The sentences of one article, which sits at position {@code article} of its list. */
    public List<StorySentence> of(SourceArticle source, int article) {
        List<StorySentence> out = new ArrayList<>();
        for (Sentence sentence : nlp.sentences(source.text())) {
            String text = sentence.text();
            if (!out.isEmpty() && continues(text)) {
                StorySentence previous = out.removeLast();
                text = previous.text() + " " + text;
            }
            out.add(new StorySentence(source.id(), article, out.size(), text, terms(text)));
        }
        return out;
    }

    /** A piece that cannot open a sentence (lower case, stray punctuation) continues the one before: a bad split. */
    private static boolean continues(String text) {
        int first = text.codePointAt(0);
        return Character.isLowerCase(first) || "*,;:)]}\u2013\u2014".indexOf(first) >= 0;
    }

    /** Content words of a text: lower-cased, stop words dropped, plurals folded, in order. */
    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        for (Tokens.Token token : Tokens.of(text)) {
            String lower = token.lower();
            if (!StopWords.contains(lower)) {
                out.add(Stems.stem(lower));
            }
        }
        return out;
    }
}
