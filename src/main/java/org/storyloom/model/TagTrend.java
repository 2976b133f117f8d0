package org.storyloom.model;

/**
 * A hashtag's rise: articles carrying it in the last 24 hours against its daily average over the week before,
 * and the score trending tags are ranked by.
 */
public record TagTrend(String tag, int lastDay, double dailyBaseline, double score) {}
