package org.storyloom.summary;

import java.util.List;
import java.util.Map;

/**
 * Everything the summary stage says about one version of a story; computed once, stored, shown many times.
 *
 * @param brief the cited multi-source brief
 * @param rewordedBrief the brief as an optional language model reworded it from the same cited sentences, keeping
 *     their citations (empty when no model is configured or it gave nothing cited)
 * @param latest what the newest articles add to what was known before them (empty when nothing new)
 * @param keyPoints each article's key points, by article id
 * @param timeline the story's dated events, oldest first
 * @param perspectives how the outlets' coverage differs
 * @param questions questions a reader may ask that the sources answer
 */
public record StoryDigest(
        List<CitedSentence> brief,
        List<CitedSentence> rewordedBrief,
        List<CitedSentence> latest,
        Map<String, List<CitedSentence>> keyPoints,
        List<TimelineEvent> timeline,
        Perspectives perspectives,
        List<String> questions) {

    public StoryDigest {
        brief = List.copyOf(brief);
        rewordedBrief = List.copyOf(rewordedBrief);
        latest = List.copyOf(latest);
        keyPoints = Map.copyOf(keyPoints);
        timeline = List.copyOf(timeline);
        questions = List.copyOf(questions);
    }

    /** This digest with the brief a language model reworded from it. */
    public StoryDigest withRewordedBrief(List<CitedSentence> reworded) {
        return new StoryDigest(brief, reworded, latest, keyPoints, timeline, perspectives, questions);
    }
}
