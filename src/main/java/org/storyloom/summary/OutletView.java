package org.storyloom.summary;

import java.util.List;
import org.storyloom.model.QuoteMention;

/**
 * How one outlet covers a story.
 *
 * @param source the outlet's name
 * @param articleIds its articles in the story
 * @param onlyHere claims no other outlet in the story reports, most central first
 * @param quotes the quotes it chose to carry
 */
public record OutletView(
        String source, List<String> articleIds, List<CitedSentence> onlyHere, List<QuoteMention> quotes) {

    public OutletView {
        articleIds = List.copyOf(articleIds);
        onlyHere = List.copyOf(onlyHere);
        quotes = List.copyOf(quotes);
    }
}
