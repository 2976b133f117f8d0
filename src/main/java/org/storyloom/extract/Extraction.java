package org.storyloom.extract;

/** The outcome of extracting one page: an article, or the reason there is none. */
public sealed interface Extraction permits ExtractedArticle, NoArticle {}
