package org.storyloom.nlp;

/**
 * One sentence of an analysed text.
 *
 * @param text the sentence, trimmed of surrounding white space
 * @param start offset of its first character in the analysed text
 * @param end offset just past its last character in the analysed text
 */
public record Sentence(String text, int start, int end) {}
