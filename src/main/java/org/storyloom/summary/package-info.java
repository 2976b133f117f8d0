/**
 * Key points of an article, cited story briefs, answers to questions, timelines and perspectives: extractive,
 * offline, every output sentence traceable to the article sentence it came from. Pure: records in, records out.
 */
@NullMarked
package org.storyloom.summary;

import org.jspecify.annotations.NullMarked;
