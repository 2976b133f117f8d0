/** The embedded Lucene index: the only package that imports Lucene; its types never leave it. */
@NullMarked
package org.storyloom.search.lucene;

import org.jspecify.annotations.NullMarked;
