/**
 * Duplicate detection: exact copies by canonical URL and content hash, near copies by MinHash with LSH banding
 * over word shingles of the body, folded into copy groups. Pure and incremental; no storage.
 */
@NullMarked
package org.storyloom.dedup;

import org.jspecify.annotations.NullMarked;
