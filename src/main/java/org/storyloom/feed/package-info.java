@NullMarked
package org.storyloom.feed;

import org.jspecify.annotations.NullMarked;
