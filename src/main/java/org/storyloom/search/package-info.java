/**
 * Full-text and vector search over articles, as narrow interfaces and records: {@link org.storyloom.search.SearchIndex}
 * and what it takes and returns. Implementations live below ({@code search.lucene} embedded; OpenSearch later) and
 * never let their library's types out.
 */
@NullMarked
package org.storyloom.search;

import org.jspecify.annotations.NullMarked;
