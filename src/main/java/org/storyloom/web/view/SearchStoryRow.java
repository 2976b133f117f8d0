package org.storyloom.web.view;

/**
 * A story that matching articles belong to: links to {@code /stories/{id}}.
 *
 * @param matching how many of the best matching articles are in it
 * @param newest when the story last got an article
 */
public record SearchStoryRow(
        long id, String headline, int sourceCount, int articleCount, int matching, TimeView newest) {}
