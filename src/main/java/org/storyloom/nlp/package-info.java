/**
 * Language, sentences, tokens with part-of-speech tags, reading time and named entities (people,
 * organisations, places), on OpenNLP's UD-EWT English models and its language detector, loaded from Maven
 * Central model jars and run offline. Pure: text in, records out.
 */
@NullMarked
package org.storyloom.nlp;

import org.jspecify.annotations.NullMarked;
