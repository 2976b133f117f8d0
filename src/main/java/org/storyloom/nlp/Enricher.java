package org.storyloom.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.storyloom.model.Enrichment;
import org.storyloom.model.EntityKind;
import org.storyloom.model.EntityMention;
import org.storyloom.model.QuoteMention;
import org.storyloom.model.ReportAttribution;

/**
 * The whole enrichment of one article: the text is analysed once (language, sentences, tagged tokens) and that
 * analysis feeds entities, quotes with their speakers, reporting attributions and hashtags. Pure and thread-safe.
 */
public final class Enricher {

    /** Raised when the stage's output changes, so stored enrichments are redone. */
    public static final int VERSION = 1;

    private final Nlp nlp;
    private final Entities entities;
    private final QuoteExtractor quotes;
    private final Hashtags hashtags = new Hashtags();

    public Enricher(Nlp nlp) {
        this.nlp = nlp;
        this.entities = new Entities(nlp);
        this.quotes = new QuoteExtractor(nlp);
    }

    /** Enriches an article; {@code closeness} ranks tag candidates by meaning and may be null. */
    public Enrichment enrich(long articleId, String title, String text, Hashtags.@Nullable Closeness closeness) {
        Analysis analysis = nlp.analyse(text);
        String language = analysis.language();
        List<Entity> found = entities.find(title, analysis);
        QuoteFindings findings =
                english(language) ? quotes.find(text, analysis.sentences()) : new QuoteFindings(List.of(), List.of());
        Sentence head = new Sentence(title, 0, title.length());
        List<Token> titleTokens = title.isBlank() ? List.of() : nlp.tokens(head, english(language) ? "en" : language);
        List<String> tags = hashtags.tags(
                titleTokens,
                analysis.tokens(),
                found.stream()
                        .map(e -> new Hashtags.Named(e.name(), e.aliases(), e.salience()))
                        .toList(),
                closeness);
        return new Enrichment(
                articleId,
                language,
                Nlp.readingMinutes(text),
                tags,
                found.stream().map(Enricher::mention).toList(),
                quoteMentions(findings.quotes(), found),
                findings.attributions().stream()
                        .map(a -> new ReportAttribution(a.reporter(), a.via(), a.sentence()))
                        .toList());
    }

    private static boolean english(String language) {
        return "en".equals(language) || "und".equals(language);
    }

    private static EntityMention mention(Entity e) {
        return new EntityMention(e.key(), e.name(), kind(e.type()), e.aliases(), e.salience());
    }

    private static EntityKind kind(EntityType type) {
        return switch (type) {
            case PERSON -> EntityKind.PERSON;
            case ORGANIZATION -> EntityKind.ORGANIZATION;
            case PLACE -> EntityKind.PLACE;
        };
    }

    /** Quotes with a named speaker, linked to the entity the speaker is when the article names one. */
    private static List<QuoteMention> quoteMentions(List<Quote> found, List<Entity> entities) {
        Map<String, Entity> byName = new HashMap<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PLACE) {
                byName.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
                e.aliases().forEach(a -> byName.putIfAbsent(a.toLowerCase(Locale.ROOT), e));
            }
        }
        List<QuoteMention> out = new ArrayList<>();
        for (Quote q : found) {
            String speaker = q.speaker();
            if (speaker == null || speaker.isBlank()) {
                continue;
            }
            Entity entity = byName.get(speaker.toLowerCase(Locale.ROOT));
            out.add(new QuoteMention(
                    entity != null ? entity.name() : speaker,
                    entity != null ? entity.key() : null,
                    q.text(),
                    q.cue() != null ? q.cue() : "",
                    q.sentence()));
        }
        return out;
    }
}
