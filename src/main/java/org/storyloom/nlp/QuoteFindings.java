package org.storyloom.nlp;

import java.util.List;

/** What {@link QuoteExtractor} found in one text: direct quotes and attributions of reporting, in text order. */
public record QuoteFindings(List<Quote> quotes, List<Attribution> attributions) {

    public QuoteFindings {
        quotes = List.copyOf(quotes);
        attributions = List.copyOf(attributions);
    }
}
