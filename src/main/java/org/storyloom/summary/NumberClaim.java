package org.storyloom.summary;

/**
 * A number an article states about some quantity.
 *
 * @param written the number as written ("about 4,000", "six", "12 million")
 * @param amount its value (the lower bound of a range)
 * @param quantity what it counts, as the words that follow it ("tonnes of wheat", "homes")
 * @param articleId the article that states it
 * @param source the outlet of that article
 * @param sentence the sentence it was found in
 */
public record NumberClaim(
        String written, double amount, String quantity, String articleId, String source, String sentence) {}
