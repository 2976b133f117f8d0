/**
 * Article extraction: page HTML in, clean article text and metadata out. A pure stage: no I/O, no storage.
 *
 * <p>Entry point {@link org.storyloom.extract.Extractor}; per-source boilerplate learning in {@link
 * org.storyloom.extract.BoilerplateLearner}; the feed-versus-page decision in {@link
 * org.storyloom.extract.FullTextPolicy}.
 */
@NullMarked
package org.storyloom.extract;

import org.jspecify.annotations.NullMarked;
