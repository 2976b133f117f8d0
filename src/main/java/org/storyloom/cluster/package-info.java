/**
 * Stories: sentence embeddings, online story clustering over a bounded window of active stories, periodic
 * merge and split, and related articles with the reason they are related. Pure: records in, records out.
 */
@NullMarked
package org.storyloom.cluster;

import org.jspecify.annotations.NullMarked;
