package org.storyloom.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * People, organisations and places in an article, without a statistical NER model: proper-noun chunks from the
 * part-of-speech tags, typed by curated gazetteers and cues (titles, roles, appositions, verbs of saying,
 * "in"/"region", organisation words), and merged within the article (surname to full name, acronym to long
 * name). Tuned for precision. Thread-safe.
 */
public final class Entities {

    private final Nlp nlp;
    private final MentionFinder finder;

    public Entities(Nlp nlp) {
        this.nlp = nlp;
        this.finder = new MentionFinder(Gazetteer.load());
    }

    /** Entities of an article's text; the title only raises the salience of the entities it names. */
    public List<Entity> find(String title, String text) {
        return find(title, nlp.analyse(text));
    }

    /** Entities of an already analysed text (English: other languages give none). */
    public List<Entity> find(String title, Analysis analysis) {
        if (!"en".equals(analysis.language()) && !"und".equals(analysis.language())) {
            return List.of();
        }
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < analysis.sentences().size(); i++) {
            mentions.addAll(finder.find(analysis.text(), analysis.tokens().get(i), i));
        }
        return EntityResolver.resolve(mentions, title);
    }
}
