package org.storyloom.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyloom.model.QuoteMention;
import org.storyloom.model.StoryArticle;
import org.storyloom.summary.Answer;
import org.storyloom.summary.CitedSentence;
import org.storyloom.summary.NumberDispute;
import org.storyloom.summary.OutletView;
import org.storyloom.summary.StoryDigest;
import org.storyloom.summary.TimelineEvent;
import org.storyloom.web.view.AnswerView;
import org.storyloom.web.view.CitedRow;
import org.storyloom.web.view.DigestView;
import org.storyloom.web.view.NumberRow;
import org.storyloom.web.view.OutletRow;
import org.storyloom.web.view.SourceLink;
import org.storyloom.web.view.TimelineRow;

/** Turns a stored story digest into the page's blocks, each sentence linked to the articles that report it. */
final class Digests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final Map<String, String> outletOf = new HashMap<>();

    /** For the articles of one story (their ids name the citations). */
    Digests(List<StoryArticle> articles) {
        for (StoryArticle a : articles) {
            outletOf.put(String.valueOf(a.article().id()), a.article().sourceName());
        }
    }

    DigestView view(StoryDigest digest) {
        return new DigestView(
                rows(digest.rewordedBrief().isEmpty() ? digest.brief() : digest.rewordedBrief()),
                !digest.rewordedBrief().isEmpty(),
                rows(digest.latest()),
                digest.timeline().stream().map(this::event).toList(),
                digest.perspectives().numbers().stream().map(this::numbers).toList(),
                digest.perspectives().outlets().stream().map(this::outlet).toList(),
                digest.questions());
    }

    AnswerView answer(Answer answer) {
        return new AnswerView(answer.question(), answer instanceof Answer.Answered a ? rows(a.support()) : List.of());
    }

    List<CitedRow> rows(List<CitedSentence> sentences) {
        return sentences.stream()
                .map(s -> new CitedRow(s.text(), links(s.sources())))
                .toList();
    }

    private TimelineRow event(TimelineEvent event) {
        LocalDate date = event.date();
        String shown = switch (event.precision()) {
            case DAY -> DAY.format(date);
            case WEEK -> "Week of " + DAY.format(date);
            case MONTH -> MONTH.format(date);
            case YEAR -> String.valueOf(date.getYear());
        };
        CitedSentence sentence = event.event();
        return new TimelineRow(shown, date.toString(), new CitedRow(sentence.text(), links(sentence.sources())));
    }

    private NumberRow numbers(NumberDispute dispute) {
        return new NumberRow(
                dispute.quantity(),
                dispute.claims().stream()
                        .map(c -> new CitedRow(c.written(), links(List.of(c.articleId()))))
                        .toList());
    }

    private OutletRow outlet(OutletView view) {
        Set<String> speakers = new LinkedHashSet<>();
        view.quotes().stream().map(QuoteMention::speaker).forEach(speakers::add);
        return new OutletRow(view.source(), rows(view.onlyHere()), List.copyOf(speakers));
    }

    private List<SourceLink> links(List<String> articleIds) {
        List<SourceLink> out = new ArrayList<>(articleIds.size());
        for (String id : articleIds) {
            String outlet = outletOf.get(id);
            if (outlet != null) {
                out.add(new SourceLink(outlet, "/articles/" + id));
            }
        }
        return out;
    }
}
