package org.storyloom.summary;

import java.util.List;
import java.util.Map;

/**
 * Everything the summary stage says about one version of a story; computed once, stored, shown many times.
 *
 * @param brief the cited multi-source brief
 * @param latest what the newest articles add to what was known before them (empty when nothing new)
 * @param keyPoints each article's key points, by article id
 * @param timeline the story's dated events, oldest first
 * @param perspectives how the outlets' coverage differs
 * @param questions questions a reader may ask that the sources answer
 */
public record StoryDigest(
        List<CitedSentence> brief,
        List<CitedSentence> latest,
        Map<String, List<CitedSentence>> keyPoints,
        List<TimelineEvent> timeline,
        Perspectives perspectives,
        List<String> questions) {

    public StoryDigest {
        brief = List.copyOf(brief);
        latest = List.copyOf(latest);
        keyPoints = Map.copyOf(keyPoints);
        timeline = List.copyOf(timeline);
        questions = List.copyOf(questions);
    }
}
